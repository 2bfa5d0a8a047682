package org.siarchive.rules.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.model.RetentionPeriod;

/**
 * What a new edition does to one volume's disposition; exactly one of {@link Unchanged}, {@link
 * Longer}, {@link Shorter} or {@link Undecided}. It compares the period recorded on the volume with
 * the period the edition gives it (the volume's {@link VolumeClassification}), and says which
 * disposition is in effect now. A longer period applies at once. A shorter one never makes a record
 * destroyable: the recorded disposition stays in effect, and the volume may be put to an appraisal
 * from {@link #reappraisalFrom()}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * switch (rules.impactOn(volume)) {
 *   case VolumeImpact.Longer l -> extendInCatalogue(l.volumeId(), l.inEffect());
 *   case VolumeImpact.Shorter s -> scheduleAppraisal(s.volumeId(), s.reappraisalFrom().orElseThrow());
 *   default -> { }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface VolumeImpact
    permits VolumeImpact.Unchanged,
        VolumeImpact.Longer,
        VolumeImpact.Shorter,
        VolumeImpact.Undecided {

  /** How a volume's disposition moves under a new edition. */
  enum Kind {
    /** The same period. */
    UNCHANGED,
    /** A longer period: applies at once. */
    LONGER,
    /** A shorter period: needs an appraisal before it applies. */
    SHORTER,
    /** The new period, or the recorded one, cannot be decided or compared. */
    UNDECIDED
  }

  /**
   * {@return the impact of a classification on a volume that records a period: {@link Undecided}
   * when the classification is undecided or the periods cannot be compared (a recorded period that
   * defers), else by the order D10 &lt; D30 &lt; D50 &lt; D100 &lt; Y}
   *
   * @param classification the edition's answer for the volume
   * @param recorded the period recorded on the volume
   */
  static VolumeImpact of(VolumeClassification classification, RetentionPeriod recorded) {
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(recorded, "recorded");
    if (!(classification instanceof VolumeClassification.Decided d)) {
      return new Undecided(classification, recorded);
    }
    OptionalInt order = Periods.compare(d.period(), recorded);
    if (order.isEmpty()) {
      return new Undecided(classification, recorded);
    }
    int cmp = order.getAsInt();
    return cmp > 0
        ? new Longer(d, recorded)
        : cmp < 0 ? new Shorter(d, recorded) : new Unchanged(d, recorded);
  }

  /** {@return the edition's answer for the volume} */
  VolumeClassification classification();

  /** {@return the period recorded on the volume} */
  RetentionPeriod recorded();

  /** {@return how the disposition moves} */
  Kind kind();

  /** {@return the impact in words, naming the rows and periods (or why it is undecided)} */
  String reason();

  /** {@return the volume} */
  default String volumeId() {
    return classification().volumeId();
  }

  /** {@return the year the volume was formed} */
  default int year() {
    return classification().year();
  }

  /**
   * {@return the rows of the new edition the volume falls under, in entry order, without repeats}
   */
  default List<String> rowIds() {
    return classification().rowIds();
  }

  /** {@return the period the new edition gives, when decided} */
  default Optional<RetentionPeriod> proposedPeriod() {
    return classification() instanceof VolumeClassification.Decided d
        ? Optional.of(d.period())
        : Optional.empty();
  }

  /** {@return the disposition under the recorded period} */
  default Disposition before() {
    return Disposition.ofYear(recorded(), year());
  }

  /** {@return the disposition under the new edition's period (undecided when that is)} */
  default Disposition after() {
    return classification().disposition();
  }

  /**
   * {@return the disposition that applies now: {@link #after()} when longer, else {@link
   * #before()}}
   */
  default Disposition inEffect() {
    return before();
  }

  /**
   * For a shorter period, the first day an appraisal may apply it.
   *
   * @return the first day, for a {@link Shorter} impact; empty for the others
   */
  default Optional<LocalDate> reappraisalFrom() {
    return Optional.empty();
  }

  /**
   * {@return true when a shorter period could be applied by an appraisal held on the date}
   *
   * @param date the day of the appraisal
   */
  default boolean isReappraisalDue(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return reappraisalFrom().map(from -> !date.isBefore(from)).orElse(false);
  }

  /**
   * The same period.
   *
   * @param classification the decided answer
   * @param recorded the period recorded, equal to the answer's
   */
  record Unchanged(VolumeClassification.Decided classification, RetentionPeriod recorded)
      implements VolumeImpact {
    /**
     * Checks that the periods are equal.
     *
     * @param classification the decided answer
     * @param recorded the period recorded, equal to the answer's
     */
    public Unchanged {
      requireOrder(classification, recorded, 0, "equal to");
    }

    @Override
    public Kind kind() {
      return Kind.UNCHANGED;
    }

    @Override
    public String reason() {
      return String.format(Locale.ROOT, "rows %s: %s unchanged", rowIds(), recorded.code());
    }
  }

  /**
   * A longer period: it applies at once.
   *
   * @param classification the decided answer
   * @param recorded the period recorded, shorter than the answer's
   */
  record Longer(VolumeClassification.Decided classification, RetentionPeriod recorded)
      implements VolumeImpact {
    /**
     * Checks that the new period is longer.
     *
     * @param classification the decided answer
     * @param recorded the period recorded, shorter than the answer's
     */
    public Longer {
      requireOrder(classification, recorded, 1, "shorter than");
    }

    @Override
    public Kind kind() {
      return Kind.LONGER;
    }

    @Override
    public Disposition inEffect() {
      return after();
    }

    @Override
    public String reason() {
      return String.format(
          Locale.ROOT,
          "rows %s: %s → %s, longer; applies at once",
          rowIds(),
          recorded.code(),
          classification.period().code());
    }
  }

  /**
   * A shorter period: the recorded dates stay until an appraisal, possible from the day the new
   * period would run out.
   *
   * @param classification the decided answer
   * @param recorded the period recorded, longer than the answer's
   */
  record Shorter(VolumeClassification.Decided classification, RetentionPeriod recorded)
      implements VolumeImpact {
    /**
     * Checks that the new period is shorter.
     *
     * @param classification the decided answer
     * @param recorded the period recorded, longer than the answer's
     */
    public Shorter {
      requireOrder(classification, recorded, -1, "longer than");
    }

    @Override
    public Kind kind() {
      return Kind.SHORTER;
    }

    @Override
    public Optional<LocalDate> reappraisalFrom() {
      return after().appraisalFrom();
    }

    @Override
    public String reason() {
      return String.format(
          Locale.ROOT,
          "rows %s: %s → %s, shorter; the recorded dates stay until an appraisal, possible from %s",
          rowIds(),
          recorded.code(),
          classification.period().code(),
          reappraisalFrom().orElseThrow());
    }
  }

  /**
   * The new period cannot be decided, or cannot be compared with the recorded one; the recorded
   * disposition stays in effect.
   *
   * @param classification the answer: undecided, or decided with a period that cannot be compared
   *     with the recorded one
   * @param recorded the period recorded
   */
  record Undecided(VolumeClassification classification, RetentionPeriod recorded)
      implements VolumeImpact {
    /**
     * Checks that the answer cannot be compared.
     *
     * @param classification the answer: undecided, or decided with a period that cannot be compared
     *     with the recorded one
     * @param recorded the period recorded
     */
    public Undecided {
      Objects.requireNonNull(classification, "classification");
      Objects.requireNonNull(recorded, "recorded");
      if (classification instanceof VolumeClassification.Decided d
          && Periods.compare(d.period(), recorded).isPresent()) {
        throw new InvalidValueException(
            "classification",
            "undecided, or not comparable with the recorded period",
            d.period().code());
      }
    }

    @Override
    public Kind kind() {
      return Kind.UNDECIDED;
    }

    @Override
    public String reason() {
      if (classification instanceof VolumeClassification.Undecided u) {
        return "cannot decide the new period: " + u.reason();
      }
      return String.format(
          Locale.ROOT,
          "the recorded period %s cannot be compared with %s of rows %s",
          recorded,
          ((VolumeClassification.Decided) classification).period().code(),
          rowIds());
    }
  }

  private static void requireOrder(
      VolumeClassification.Decided classification,
      RetentionPeriod recorded,
      int expected,
      String words) {
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(recorded, "recorded");
    OptionalInt order = Periods.compare(classification.period(), recorded);
    if (order.isEmpty() || Integer.signum(order.getAsInt()) != expected) {
      throw new InvalidValueException(
          "recorded", words + " the proposed " + classification.period().code(), recorded.code());
    }
  }
}
