package org.siarchive.sampling.iso2859;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * An acceptable quality limit in percent nonconforming, compared by numeric value ({@code 1.0}
 * equals {@code 1}). Which values a table offers is the table's business: {@link PlanTable#aqls()}.
 * Immutable and thread-safe.
 *
 * <p>Example: {@code Aql.parse("1.0").equals(Aql.parse("1"))} is true.
 *
 * @param percent the AQL in percent, positive
 * @since 0.1.0
 */
public record Aql(BigDecimal percent) {

  /**
   * Validates and normalises the value (trailing zeros stripped).
   *
   * @param percent the AQL in percent, positive
   */
  public Aql {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() <= 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for AQL (valid values > 0): %s",
              percent.toPlainString()));
    }
    percent = percent.stripTrailingZeros();
  }

  /**
   * Parses a decimal such as {@code "0.65"} or {@code "1.0"}.
   *
   * @param text the AQL in percent
   * @return the AQL
   * @throws IllegalArgumentException when the text is not a positive decimal
   */
  public static Aql parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    try {
      return new Aql(new BigDecimal(text.toString().trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for AQL (a decimal number of percent): %s", text),
          e);
    }
  }

  /** Returns the plain decimal, e.g. {@code "0.65"} or {@code "1"}. */
  @Override
  public String toString() {
    return percent.toPlainString();
  }
}
