package org.siarchive.sampling.size;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/** Parsing and range checks of the decimal arguments of this package; messages name the field. */
final class Decimals {
  private Decimals() {}

  static BigDecimal parse(String field, String text) {
    Objects.requireNonNull(text, field);
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "Invalid value for %s (a decimal number): %s", field, text),
          e);
    }
  }

  /** Checks {@code low < value <= high} (or {@code low <= value} when {@code lowInclusive}). */
  static BigDecimal check(
      String field,
      BigDecimal value,
      BigDecimal low,
      boolean lowInclusive,
      BigDecimal high,
      boolean highInclusive) {
    Objects.requireNonNull(value, field);
    int lo = value.compareTo(low);
    int hi = value.compareTo(high);
    if (lo < 0 || (lo == 0 && !lowInclusive) || hi > 0 || (hi == 0 && !highInclusive)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for %s (valid values %s%s - %s%s): %s",
              field,
              lowInclusive ? "" : "> ",
              low.toPlainString(),
              high.toPlainString(),
              highInclusive ? "" : " exclusive",
              value.toPlainString()));
    }
    return value;
  }
}
