package org.siarchive.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.internal.Checks;
import org.siarchive.core.internal.Forms;

/**
 * An archival code (档号) per DA/T 22-2015 归档文件整理规则: {@code 全宗号-门类代码·年度-保管期限代码-机构(问题)代码-件号}, with
 * {@code -} between levels and {@code ·} (U+00B7) inside one level. The fonds code (全宗号) has 4
 * characters, the category code (门类代码) 2 letters, the year 4 digits, the period code is {@code Y},
 * {@code D100}, {@code D50}, {@code D30} or {@code D10}, the organisation (or subject) code is
 * optional, and the item number (件号) has 4 digits, zero-padded.
 *
 * <p>Immutable and thread-safe. Its parts are exposed so that a code disagreeing with its item's
 * year or retention period can be found.
 *
 * <pre>{@code
 * ArchivalCode code = ArchivalCode.parse("J001-SB·2024-D30-YL-0012");
 * code.year();         // 2024
 * code.period();       // D30
 * code.itemNumber();   // 12
 * code.format();       // "J001-SB·2024-D30-YL-0012"
 * code.withYear(2025).format();  // "J001-SB·2025-D30-YL-0012"
 * }</pre>
 *
 * @param fonds the fonds code (全宗号): 4 characters, digits or upper-case letters
 * @param category the archive category code (门类代码): 2 upper-case letters
 * @param year the year (年度), 1000 to 9999
 * @param period the retention period; permanent or fixed, never deferring
 * @param organisation the organisation or subject code (机构(问题)代码), 1 to 10 digits or upper-case
 *     letters; null when the code has no such level
 * @param itemNumber the item number (件号), 1 to 9999
 * @since 0.1.0
 */
public record ArchivalCode(
    String fonds,
    String category,
    int year,
    RetentionPeriod period,
    @Nullable String organisation,
    int itemNumber) {

  private static final Pattern CODE =
      Pattern.compile(
          "([0-9A-Z]{4})-([A-Z]{2})\u00b7([0-9]{4})-(Y|D10|D30|D50|D100)(?:-([0-9A-Z]{1,10}))?-([0-9]{4})");

  /**
   * Checks the parts.
   *
   * @param fonds the fonds code (全宗号): 4 characters, digits or upper-case letters
   * @param category the archive category code (门类代码): 2 upper-case letters
   * @param year the year (年度), 1000 to 9999
   * @param period the retention period; permanent or fixed, never deferring
   * @param organisation the organisation or subject code (机构(问题)代码), 1 to 10 digits or upper-case
   *     letters; null when the code has no such level
   * @param itemNumber the item number (件号), 1 to 9999
   */
  public ArchivalCode {
    Checks.form(fonds, Forms.FONDS, "fonds");
    Checks.form(category, Forms.CATEGORY, "category");
    Checks.range(year, 1000, 9999, "year");
    Checks.required(period, "period");
    if (period.isDeferred()) {
      throw new InvalidValueException("period", "Y, D10, D30, D50 or D100", period.code());
    }
    if (organisation != null) {
      Checks.form(organisation, Forms.ORGANISATION, "organisation");
    }
    Checks.range(itemNumber, 1, 9999, "itemNumber");
  }

  /**
   * Parses a code in its canonical form, the form {@link #format()} writes.
   *
   * @param text the code, e.g. {@code J001-SB·2024-D30-YL-0012}
   * @return the code
   * @throws InvalidValueException naming the field {@code archivalCode} and the text when it does
   *     not have the DA/T 22-2015 form
   */
  @JsonCreator
  public static ArchivalCode parse(CharSequence text) {
    Checks.required(text, "archivalCode");
    Matcher m = CODE.matcher(text);
    if (!m.matches()) {
      throw new InvalidValueException(
          "archivalCode",
          "全宗号-门类代码·年度-保管期限代码[-机构代码]-件号, e.g. J001-SB·2024-D30-YL-0012",
          Checks.shown(text.toString()));
    }
    return of(m);
  }

  /** The code of a text that matched {@link #CODE}: matched once by each caller. */
  private static ArchivalCode of(Matcher m) {
    int item = Integer.parseInt(m.group(6));
    if (item == 0) {
      throw new InvalidValueException("itemNumber", "valid values 1 - 9999", "0");
    }
    return new ArchivalCode(
        m.group(1),
        m.group(2),
        Integer.parseInt(m.group(3)),
        RetentionPeriod.parse(m.group(4)),
        m.group(5),
        item);
  }

  /**
   * Parses a code, or empty when the text is not a well-formed code.
   *
   * @param text the text, or null
   * @return the code, or empty when the text is null, does not have the form or a part is out of
   *     range
   */
  public static Optional<ArchivalCode> tryParse(@Nullable CharSequence text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = CODE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(of(m));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /** {@return the canonical text form} */
  @JsonValue
  public String format() {
    // Built by hand rather than String.format: checks format every catalogue entry's code.
    StringBuilder b = new StringBuilder(32);
    b.append(fonds).append('-').append(category).append('\u00b7');
    padded(b, year).append('-').append(period.code()).append('-');
    if (organisation != null) {
      b.append(organisation).append('-');
    }
    return padded(b, itemNumber).toString();
  }

  /** Appends a non-negative number as {@code %04d} does: at least four digits, zeros first. */
  private static StringBuilder padded(StringBuilder b, int n) {
    String digits = Integer.toString(n);
    for (int i = digits.length(); i < 4; i++) {
      b.append('0');
    }
    return b.append(digits);
  }

  /**
   * {@return a copy with another item number}
   *
   * @param itemNumber the item number (件号), 1 to 9999
   */
  public ArchivalCode withItemNumber(int itemNumber) {
    return new ArchivalCode(fonds, category, year, period, organisation, itemNumber);
  }

  /**
   * {@return a copy with another year; checked as the constructor checks it}
   *
   * @param year the year (年度), 1000 to 9999
   */
  public ArchivalCode withYear(int year) {
    return new ArchivalCode(fonds, category, year, period, organisation, itemNumber);
  }

  /**
   * {@return a copy with another retention period; checked as the constructor checks it}
   *
   * @param period the retention period; permanent or fixed, never deferring
   */
  public ArchivalCode withPeriod(RetentionPeriod period) {
    return new ArchivalCode(fonds, category, year, period, organisation, itemNumber);
  }

  @Override
  public String toString() {
    return format();
  }
}
