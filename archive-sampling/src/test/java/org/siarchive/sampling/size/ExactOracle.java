package org.siarchive.sampling.size;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A slow, independent oracle for sample sizes: scans n upward from 1 and compares each tail with
 * beta in exact integer arithmetic, with its own binomial coefficients (factorial ratios), no
 * search and no floating point.
 */
public final class ExactOracle {
  private ExactOracle() {}

  /** {@return C(n, k) as a ratio of falling factorials, 0 outside 0 to n} */
  public static BigInteger choose(int n, int k) {
    if (k < 0 || k > n) {
      return BigInteger.ZERO;
    }
    BigInteger num = BigInteger.ONE;
    BigInteger den = BigInteger.ONE;
    for (int i = 0; i < k; i++) {
      num = num.multiply(BigInteger.valueOf(n - i));
      den = den.multiply(BigInteger.valueOf(i + 1));
    }
    return num.divide(den);
  }

  /** Exact test of P(X <= c) <= beta for the binomial at rate p. */
  static boolean binomialMeets(int n, int c, BigDecimal p, BigDecimal beta) {
    BigDecimal tail = BigDecimal.ZERO;
    BigDecimal q = BigDecimal.ONE.subtract(p);
    for (int x = 0; x <= Math.min(c, n); x++) {
      tail = tail.add(new BigDecimal(choose(n, x)).multiply(p.pow(x)).multiply(q.pow(n - x)));
    }
    return tail.compareTo(beta) <= 0; // BigDecimal multiply and pow are exact
  }

  static boolean hypergeometricMeets(int bigN, int d, int n, int c, BigDecimal beta) {
    BigInteger favourable = BigInteger.ZERO;
    for (int x = 0; x <= c; x++) {
      favourable = favourable.add(choose(d, x).multiply(choose(bigN - d, n - x)));
    }
    return new BigDecimal(favourable).compareTo(beta.multiply(new BigDecimal(choose(bigN, n))))
        <= 0;
  }

  static int defectives(int bigN, BigDecimal pt) {
    return pt.multiply(BigDecimal.valueOf(bigN)).setScale(0, RoundingMode.CEILING).intValueExact();
  }

  /** Smallest n, or -1 when none up to the limit. A null expected rate means the fixed c. */
  static int sampleSize(
      BigDecimal pt, BigDecimal beta, Integer population, int fixedC, BigDecimal pe, int limit) {
    for (int n = 1; n <= limit; n++) {
      int c =
          pe == null
              ? fixedC
              : pe.multiply(BigDecimal.valueOf(n))
                  .setScale(0, RoundingMode.CEILING)
                  .intValueExact();
      boolean meets =
          population == null
              ? binomialMeets(n, c, pt, beta)
              : hypergeometricMeets(population, defectives(population, pt), n, c, beta);
      if (meets) {
        return n;
      }
    }
    return -1;
  }
}
