package org.siarchive.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.OptionalInt;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.internal.Checks;

/**
 * A retention period (保管期限): permanent (永久, code {@code Y}), a fixed minimum of 10, 30, 50 or 100
 * years (定期, codes {@code D10}, {@code D30}, {@code D50}, {@code D100}, DA/T 22-2015), or a period
 * that defers to another regulation (for example 《会计档案管理办法》 for accounting records).
 *
 * <p>Immutable and thread-safe. The text form is the code: {@code Y}, {@code D30}, or {@code
 * defers-to:会计档案管理办法}; {@link #parse} reads what {@link #code} writes.
 *
 * <pre>{@code
 * RetentionPeriod p = RetentionPeriod.parse("D30");
 * p.fixedYears();   // OptionalInt[30]
 * RetentionPeriod.PERMANENT.code();   // "Y"
 * RetentionPeriod.defersTo("会计档案管理办法").isDeferred();  // true
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface RetentionPeriod
    permits RetentionPeriod.Permanent, RetentionPeriod.Fixed, RetentionPeriod.DefersTo {

  /** Permanent retention, code {@code Y}. */
  // Deadlock needs one thread to initialize Permanent first (new Permanent(), which hosts have no
  // reason to call) while another initializes RetentionPeriod; accepted to keep the constant here.
  @SuppressWarnings("ClassInitializationDeadlock")
  Permanent PERMANENT = new Permanent();

  /** The prefix of the text form of a deferring period. */
  String DEFERS_TO_PREFIX = "defers-to:";

  /**
   * {@return a fixed period}
   *
   * @param years 10, 30, 50 or 100
   * @throws InvalidValueException for any other number of years
   */
  static Fixed ofYears(int years) {
    return new Fixed(years);
  }

  /**
   * {@return a period deferring to the named regulation}
   *
   * @param regulation the regulation's name, 1 to 100 characters
   */
  static DefersTo defersTo(String regulation) {
    return new DefersTo(regulation);
  }

  /**
   * Parses a period code: {@code Y}, {@code D10}, {@code D30}, {@code D50}, {@code D100}, or {@code
   * defers-to:NAME}.
   *
   * @param text the code
   * @return the period: {@link #PERMANENT}, a {@link Fixed} or a {@link DefersTo}
   * @throws InvalidValueException naming the field {@code retention} and the text when it is none
   *     of these
   */
  @JsonCreator
  static RetentionPeriod parse(CharSequence text) {
    Checks.required(text, "retention");
    String s = text.toString();
    if (s.equals("Y")) {
      return PERMANENT;
    }
    if (s.startsWith(DEFERS_TO_PREFIX)) {
      return new DefersTo(s.substring(DEFERS_TO_PREFIX.length()));
    }
    if (s.length() >= 3 && s.length() <= 4 && s.charAt(0) == 'D') {
      switch (s) {
        case "D10":
          return new Fixed(10);
        case "D30":
          return new Fixed(30);
        case "D50":
          return new Fixed(50);
        case "D100":
          return new Fixed(100);
        default:
          break;
      }
    }
    throw new InvalidValueException(
        "retention", "one of Y, D10, D30, D50, D100, defers-to:NAME", Checks.shown(s));
  }

  /** {@return the code: {@code Y}, {@code D10} … {@code D100}, or {@code defers-to:NAME}} */
  @JsonValue
  String code();

  /** {@return the number of years of a fixed period; empty for permanent and deferring periods} */
  default OptionalInt fixedYears() {
    return this instanceof Fixed f ? OptionalInt.of(f.years()) : OptionalInt.empty();
  }

  /** {@return true for {@link #PERMANENT}} */
  default boolean isPermanent() {
    return this instanceof Permanent;
  }

  /** {@return true when the period is decided by another regulation} */
  default boolean isDeferred() {
    return this instanceof DefersTo;
  }

  /** Permanent retention (永久). Use {@link RetentionPeriod#PERMANENT}. */
  record Permanent() implements RetentionPeriod {
    @Override
    public String code() {
      return "Y";
    }

    @Override
    public String toString() {
      return code();
    }
  }

  /**
   * A fixed minimum period (定期) of 10, 30, 50 or 100 years.
   *
   * @param years 10, 30, 50 or 100
   */
  record Fixed(int years) implements RetentionPeriod {
    /**
     * Checks the number of years.
     *
     * @param years 10, 30, 50 or 100
     */
    public Fixed {
      if (years != 10 && years != 30 && years != 50 && years != 100) {
        throw new InvalidValueException("years", "one of 10, 30, 50, 100", Integer.toString(years));
      }
    }

    @Override
    public String code() {
      return "D" + years;
    }

    @Override
    public String toString() {
      return code();
    }
  }

  /**
   * A period decided by another regulation, named here (e.g. 《会计档案管理办法》).
   *
   * @param regulation the regulation's name, 1 to 100 characters
   */
  record DefersTo(String regulation) implements RetentionPeriod {
    /**
     * Checks the name.
     *
     * @param regulation the regulation's name, 1 to 100 characters
     */
    public DefersTo {
      Checks.text(regulation, 100, "regulation");
    }

    @Override
    public String code() {
      return DEFERS_TO_PREFIX + regulation;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "defers to %s", regulation);
    }
  }
}
