package org.siarchive.rules.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Rates and shares as exact decimals: a fraction with {@value #SCALE} decimal places, rounded half
 * to even, and its percentage for display.
 */
final class Rates {
  static final int SCALE = 4;

  private Rates() {}

  /** {@code part / whole}, or 0 when the whole is 0. */
  static BigDecimal of(long part, long whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    return BigDecimal.valueOf(part)
        .divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_EVEN);
  }

  /** A fraction as a percentage with two decimals, e.g. {@code "12.35%"}. */
  static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /** A change of a fraction in percentage points with a sign, e.g. {@code "+1.20 pp"}. */
  static String points(BigDecimal delta) {
    BigDecimal p = delta.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN);
    return String.format(Locale.ROOT, "%s%s pp", p.signum() > 0 ? "+" : "", p.toPlainString());
  }

  /** A change of a count with a sign, e.g. {@code "+3"}. */
  static String signed(long delta) {
    return String.format(Locale.ROOT, "%+d", delta);
  }
}
