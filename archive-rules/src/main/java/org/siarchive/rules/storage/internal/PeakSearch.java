package org.siarchive.rules.storage.internal;

import java.math.BigInteger;

/**
 * The smallest peak fill ratio any schedule can hold the stores to, and a schedule holding it.
 *
 * <p><b>Argument.</b> Keeping every store at or below a fill ratio {@code θ} means holding store
 * {@code i} at or below {@code floor(θ c_i)} volumes ({@code c_i} its capacity, occupancy whole),
 * so whether {@code θ} can be held depends on {@code θ} only through these floors; it changes only
 * at the candidates {@code k / c_i}, and it is monotone (a larger {@code θ} needs fewer, later
 * transfers). The optimum {@code θ*} is therefore the smallest candidate that can be held, and it
 * is the peak of the schedule {@link LatestSchedule} finds for it: that schedule's peak is a
 * candidate that can be held and at most {@code θ*}.
 *
 * <p><b>Search.</b> Two distinct candidates differ by at least {@code 1 / (c_i c_j) >= 1 / cmax²}.
 * Bisection over the integers {@code m} of {@code θ = m / D}, with {@code D} the least power of two
 * above {@code cmax²}, finds the least {@code m} that can be held, from {@code m = 0} (or the
 * zero-transfer peak, which can always be held, rounded up); the interval {@code ((m-1)/D, m/D]},
 * shorter than any gap between candidates, then holds exactly one candidate, {@code θ*}: for each
 * store the least {@code k} with {@code k / c_i > (m-1)/D} and the least such fraction that is at
 * most {@code m / D}. Every comparison is exact ({@link BigInteger} where a product may overflow).
 * About {@code 2 log2(cmax) + log2(peak)} feasibility tests.
 */
public final class PeakSearch {
  private PeakSearch() {}

  /** The optimum: {@code θ* = occupied / capacity} and a schedule holding it. */
  // Internal: the schedule is handed to the planner, which only reads it; no copy.
  @SuppressWarnings("ArrayRecordComponent")
  public record Optimum(long occupied, long capacity, long[][] schedule) {}

  /** The optimum for a monthly intake. */
  public static Optimum optimum(Problem p, long intake) {
    long cmax = 1;
    long[] zeroPeak = {0, 1};
    for (int i = 0; i < p.n; i++) {
      cmax = Math.max(cmax, p.cap[i]);
      for (int t = 1; t <= p.h; t++) {
        if (less(zeroPeak[0], zeroPeak[1], p.base(i, t), p.cap[i])) {
          zeroPeak = new long[] {p.base(i, t), p.cap[i]};
        }
      }
    }
    long[][] atZero = LatestSchedule.of(p, levels(p, BigInteger.ZERO, BigInteger.ONE), intake);
    if (atZero != null) {
      return new Optimum(0, 1, atZero);
    }
    BigInteger d = BigInteger.ONE.shiftLeft(BigInteger.valueOf(cmax).pow(2).bitLength());
    BigInteger lo = BigInteger.ZERO;  // cannot be held
    BigInteger hi = ceilDiv(BigInteger.valueOf(zeroPeak[0]).multiply(d), BigInteger.valueOf(zeroPeak[1]));
    while (hi.subtract(lo).compareTo(BigInteger.ONE) > 0) {
      BigInteger mid = lo.add(hi).shiftRight(1);
      if (LatestSchedule.of(p, levels(p, mid, d), intake) != null) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    long bestK = -1;
    long bestC = 1;
    for (int i = 0; i < p.n; i++) {
      BigInteger c = BigInteger.valueOf(p.cap[i]);
      BigInteger k = lo.multiply(c).divide(d).add(BigInteger.ONE);
      if (k.multiply(d).compareTo(hi.multiply(c)) <= 0
          && (bestK < 0 || less(k.longValueExact(), p.cap[i], bestK, bestC))) {
        bestK = k.longValueExact();
        bestC = p.cap[i];
      }
    }
    long[][] x = LatestSchedule.of(p, levels(p, BigInteger.valueOf(bestK), BigInteger.valueOf(bestC)), intake);
    if (x == null) {
      throw new IllegalStateException("no schedule at the optimum " + bestK + "/" + bestC);
    }
    return new Optimum(bestK, bestC, x);
  }

  /** Whether the stores can all be kept within their capacities (θ = 1) at this intake. */
  public static boolean holdsCapacity(Problem p, long intake) {
    return LatestSchedule.of(p, p.cap, intake) != null;
  }

  /**
   * The least monthly intake with which no store exceeds its capacity in any month, or -1 when no
   * intake suffices (transferable volumes or the centre's stacks run short).
   */
  public static long minimalIntake(Problem p) {
    long total = 0;
    for (int i = 0; i < p.n; i++) {
      long m = 0;
      for (int t = 1; t <= p.h; t++) {
        m = Math.max(m, p.base(i, t) - p.cap[i]);
      }
      total += m;
    }
    if (!holdsCapacity(p, total)) {
      return -1;
    }
    long lo = -1;  // cannot
    long hi = total;
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (holdsCapacity(p, mid)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /** {@code floor(num / den * c_i)} per store. */
  private static long[] levels(Problem p, BigInteger num, BigInteger den) {
    long[] level = new long[p.n];
    for (int i = 0; i < p.n; i++) {
      level[i] = num.multiply(BigInteger.valueOf(p.cap[i])).divide(den).longValueExact();
    }
    return level;
  }

  private static BigInteger ceilDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    return qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
  }

  /** {@code a/b < c/d}, exactly. */
  static boolean less(long a, long b, long c, long d) {
    return BigInteger.valueOf(a).multiply(BigInteger.valueOf(d))
        .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b))) < 0;
  }
}
