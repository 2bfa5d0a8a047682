package org.siarchive.sampling.internal.tail;

import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * The hypergeometric lower tail {@code P(X <= c)} in double precision, in {@code O(min(n, D) + c)}
 * multiplications.
 *
 * <p>Design: Commons Statistics builds a distribution object per (N, D, n) and evaluates the CDF in
 * about a millisecond at {@code N = 10^7}, too slow for a binary search that must finish well under
 * a millisecond. Here {@code P(X = 0) = prod_{i<n} (N - D - i) / (N - i)} is formed as a product of
 * ratios close to 1 (relative error about {@code n} ulps, no cancellation), kept away from
 * underflow by rescaling with powers of two, and the next terms follow by the ratio {@code
 * P(x+1)/P(x) = (D-x)(n-x) / ((x+1)(N-D-n+x+1))}. When {@code n > N - D} the support does not start
 * at 0 and the rare case is left to Commons Statistics. The distribution is symmetric in the sample
 * and the marked units ({@code C(D,x) C(N-D,n-x) / C(N,n) = C(n,x) C(N-n,D-x) / C(N,D)}), so the
 * smaller of the two is taken as the sample: a lot of {@code N = 2 * 10^9} holding 200
 * nonconforming units costs 200 factors, not the {@code 3 * 10^7} of the sample that finds one.
 * Callers decide near-boundary cases exactly with {@link ExactTail}.
 */
public final class HypergeometricTail {
  private static final double SCALE_UP = 0x1p500;
  private static final double TINY = 0x1p-500;

  private HypergeometricTail() {}

  /**
   * Returns {@code P(X <= c)} for a population of {@code N} with {@code D} marked units, sample
   * {@code n}.
   */
  public static double lowerTail(int populationSize, int defectives, int n, int c) {
    if (defectives < n) {
      return lowerTail(populationSize, n, defectives, c);
    }
    int conforming = populationSize - defectives;
    if (c >= Math.min(n, defectives)) {
      return 1.0;
    }
    if (n > conforming) {
      return HypergeometricDistribution.of(populationSize, defectives, n).cumulativeProbability(c);
    }
    double term = 1.0;
    int exponent = 0; // true value = term * 2^(-500 * exponent)
    for (int i = 0; i < n; i++) {
      term *= (double) (conforming - i) / (double) (populationSize - i);
      if (term < TINY) {
        term *= SCALE_UP;
        exponent++;
      }
    }
    double sum = term;
    for (int x = 0; x < c; x++) {
      term *=
          ((double) (defectives - x) * (double) (n - x))
              / ((double) (x + 1) * (double) ((long) conforming - n + x + 1));
      sum += term;
      while (sum > SCALE_UP && exponent > 0) {
        sum *= TINY;
        term *= TINY;
        exponent--;
      }
    }
    double result = sum;
    for (int k = 0; k < exponent && result > 0; k++) {
      result *= TINY;
    }
    return Math.min(1.0, result);
  }
}
