package org.siarchive.rules.inspection;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The exact hypergeometric OC, AOQ, ATI and AOQL of a plan in BigInteger and BigDecimal, written
 * from the definitions and independent of Commons Statistics: {@code P(x) = C(D, x) C(N - D, n - x)
 * / C(N, n)}.
 */
final class CharacteristicsOracle {
  private static final MathContext MC = new MathContext(40);

  private CharacteristicsOracle() {}

  static BigInteger choose(long n, long k) {
    if (k < 0 || k > n) {
      return BigInteger.ZERO;
    }
    BigInteger r = BigInteger.ONE;
    for (long i = 1; i <= Math.min(k, n - k); i++) {
      r = r.multiply(BigInteger.valueOf(n - Math.min(k, n - k) + i)).divide(BigInteger.valueOf(i));
    }
    return r;
  }

  /** {@code sum_{x <= c} C(D, x) C(N - D, n - x) w(x)} over {@code C(N, n)}, as a decimal. */
  private static BigDecimal sum(long lot, long sample, int c, long d, boolean weighted) {
    BigInteger num = BigInteger.ZERO;
    for (long x = 0; x <= Math.min(c, sample); x++) {
      BigInteger ways = choose(d, x).multiply(choose(lot - d, sample - x));
      num = num.add(weighted ? ways.multiply(BigInteger.valueOf(d - x)) : ways);
    }
    return new BigDecimal(num).divide(new BigDecimal(choose(lot, sample)), MC);
  }

  static BigDecimal acceptance(long lot, long sample, int c, long d) {
    return sum(lot, sample, c, d, false);
  }

  static BigDecimal aoq(long lot, long sample, int c, long d) {
    return sum(lot, sample, c, d, true).divide(BigDecimal.valueOf(lot), MC);
  }

  static BigDecimal ati(long lot, long sample, int c, long d) {
    return BigDecimal.valueOf(sample)
        .add(
            BigDecimal.valueOf(lot - sample)
                .multiply(BigDecimal.ONE.subtract(acceptance(lot, sample, c, d))));
  }

  static BigDecimal aoql(long lot, long sample, int c) {
    BigDecimal max = BigDecimal.ZERO;
    for (long d = 0; d <= lot; d++) {
      max = max.max(aoq(lot, sample, c, d));
    }
    return max;
  }
}
