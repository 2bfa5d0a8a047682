package org.siarchive.rules.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Rates and shares, each rounded once from its exact counts: the report's fractions ({@value
 * #SCALE} decimal places) and every percentage shown ({@value #PERCENT_SCALE} decimals) are each
 * computed from {@code part / whole} directly, half to even, never from another rounded figure (a
 * rate of 165/1068 = 15.449…% shows as 15.45% wherever it appears, and its fraction is 0.1545).
 */
final class Rates {
  static final int SCALE = 4;
  static final int PERCENT_SCALE = 2;

  private Rates() {}

  /** {@code part / whole}, or 0 when the whole is 0. */
  static BigDecimal of(long part, long whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    return BigDecimal.valueOf(part)
        .divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_EVEN);
  }

  /** {@code part / whole} as a percentage, rounded once, e.g. {@code "15.45%"}; 0% when 0 / 0. */
  static String percent(long part, long whole) {
    return percentValue(part, whole).toPlainString() + "%";
  }

  /** {@code part / whole × 100} with {@value #PERCENT_SCALE} decimals, rounded once. */
  static BigDecimal percentValue(long part, long whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(PERCENT_SCALE);
    }
    return BigDecimal.valueOf(part)
        .movePointRight(2)
        .divide(BigDecimal.valueOf(whole), PERCENT_SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * A fraction that is exact as it stands (a threshold a policy sets, e.g. 0.95) as a percentage,
   * with as many decimals as it has: {@code "95%"}, {@code "97.5%"}.
   */
  static String percentOfExact(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * The change from {@code a/b} to {@code c/d} in percentage points, rounded once from the exact
   * difference, with a sign, e.g. {@code "+1.20 pp"}.
   */
  static String points(long a, long b, long c, long d) {
    // c/d - a/b = (c·b - a·d) / (b·d), one exact fraction (a 0 whole counts as the rate 0).
    BigInteger before = BigInteger.valueOf(b == 0 ? 0 : a);
    BigInteger beforeWhole = BigInteger.valueOf(b == 0 ? 1 : b);
    BigInteger now = BigInteger.valueOf(d == 0 ? 0 : c);
    BigInteger nowWhole = BigInteger.valueOf(d == 0 ? 1 : d);
    BigDecimal p =
        new BigDecimal(now.multiply(beforeWhole).subtract(before.multiply(nowWhole)))
            .movePointRight(2)
            .divide(
                new BigDecimal(beforeWhole.multiply(nowWhole)),
                PERCENT_SCALE,
                RoundingMode.HALF_EVEN);
    return String.format(Locale.ROOT, "%s%s pp", p.signum() > 0 ? "+" : "", p.toPlainString());
  }

  /**
   * A fraction of a report (4 decimals, itself rounded once from its counts) as a percentage: the
   * move of the point is exact, nothing is rounded again, e.g. {@code 0.1545 -> "15.45%"}.
   */
  static String percent(BigDecimal fraction) {
    return fraction
            .movePointRight(2)
            .setScale(PERCENT_SCALE, RoundingMode.HALF_EVEN)
            .toPlainString()
        + "%";
  }

  /**
   * The difference of two report fractions in percentage points (exact), e.g. {@code "+1.20 pp"}.
   */
  static String points(BigDecimal delta) {
    BigDecimal p = delta.movePointRight(2).setScale(PERCENT_SCALE, RoundingMode.HALF_EVEN);
    return String.format(Locale.ROOT, "%s%s pp", p.signum() > 0 ? "+" : "", p.toPlainString());
  }

  /** A change of a count with a sign, e.g. {@code "+3"}. */
  static String signed(long delta) {
    return String.format(Locale.ROOT, "%+d", delta);
  }
}
