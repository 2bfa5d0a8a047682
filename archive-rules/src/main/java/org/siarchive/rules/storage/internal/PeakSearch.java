package org.siarchive.rules.storage.internal;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The smallest peak fill ratio any schedule can hold the stores to, a schedule holding it, and the
 * least intake that avoids every overflow.
 *
 * <p><b>Argument.</b> Keeping every store at or below a fill ratio {@code θ} means holding store
 * {@code i} at or below {@code floor(θ c_i)} volumes ({@code c_i} its capacity, occupancy whole),
 * so whether {@code θ} can be held depends on {@code θ} only through these floors; it changes only
 * at the candidates {@code k / c_i}, and it is monotone (a larger {@code θ} needs fewer, later
 * transfers). The optimum {@code θ*} is therefore the smallest candidate that can be held, and it
 * is the peak of the schedule {@link LatestSchedule} finds for it: that schedule's peak is a
 * candidate that can be held and at most {@code θ*}.
 *
 * <p><b>Bounds.</b> {@code θ*} lies in {@code [lo, hi]}, both candidates: {@code lo = max over i, t
 * of (base(i, t) - aStar(i, t)) / c_i}, what store {@code i} holds even if everything it may have
 * sent by month {@code t} has left (below it the test fails on transferable volumes alone, at any
 * intake); {@code hi} the peak of the naive plan, a schedule within the same limits, so {@code hi}
 * can be held.
 *
 * <p><b>Raising the lower bound.</b> Every schedule satisfies Hall's condition on each window of
 * months ({@link Windows}), and the least {@code θ} one window allows is a candidate found by rank
 * alone. So while some window fails at {@code lo}, {@code lo} moves to the least {@code θ} the
 * window failing by the most jobs allows (a bounded number of times), staying a lower bound.
 * Without the stacks' limit Hall's condition on the windows is also sufficient (unit jobs whose
 * windows are intervals), so when no window fails {@code lo} usually passes the test, and then it
 * is {@code θ*}: one feasibility test in all.
 *
 * <p><b>Search.</b> Otherwise {@code lo} cannot be held and {@code hi} can, and a binary search
 * runs over the candidates strictly between them, in their sorted order, without listing them:
 * store {@code i} has those {@code k / c_i} with {@code floor(lo c_i) < k < ceil(hi c_i)}, so their
 * number is a sum of differences, and the one of a given rank is found by repeatedly splitting at
 * the weighted median of the stores' middle candidates (each split discards at least a quarter).
 * Testing the middle candidate halves the candidates left; a candidate that can be held is replaced
 * by the peak of the schedule the test found (a candidate that can be held, no larger). When none
 * is left strictly between, {@code hi} is {@code θ*}. So about {@code log2} of the number of
 * candidates in {@code (lo, hi)} tests; every comparison is exact (long cross-multiplication,
 * {@link BigInteger} only when a product would overflow).
 *
 * <p><b>Least intake.</b> An intake {@code I} that avoids overflow must, for every window of months
 * {@code r..d}, place the unit jobs released no earlier than {@code r} and due no later than {@code
 * d} (see {@link LatestSchedule}) within {@code I (d - r + 1)} (Hall's condition): the largest
 * {@code ceil(jobs / months)} over the windows is a lower bound {@code L}, and the test passes at
 * {@code I} only if it passes at every larger intake (a larger intake only moves the latest
 * schedule later). With an unbounded intake every job is sent in the month it is due, so whether
 * any intake suffices is checked without the test. The search then tests {@code L}, then {@code L +
 * 1, L + 3, L + 7, ...} up to the number of jobs, and bisects the last step: a single test when the
 * stacks do not bind, which is the usual case.
 */
public final class PeakSearch {
  /** The most times the lower bound is raised by a window before the search takes over. */
  private static final int LIFTS = 32;

  private PeakSearch() {}

  /** The optimum: {@code θ* = occupied / capacity} and a schedule holding it. */
  // Internal: the schedule is handed to the planner, which only reads it; no copy.
  @SuppressWarnings("ArrayRecordComponent")
  public record Optimum(long occupied, long capacity, long[][] schedule) {}

  /**
   * The optimum for a monthly intake.
   *
   * @param within a schedule within the same limits (the naive plan): its peak bounds the search
   */
  public static Optimum optimum(Problem p, long intake, long[][] within) {
    LatestSchedule test = new LatestSchedule(p);
    long[] lo = {0, 1};
    for (int i = 0; i < p.n; i++) {
      for (int t = 1; t <= p.h; t++) {
        long stays = p.base(i, t) - p.aStar[i][t];
        if (less(lo[0], lo[1], stays, p.cap[i])) {
          lo = new long[] {stays, p.cap[i]};
        }
      }
    }
    Windows windows = new Windows(p);
    for (int round = 0; round < LIFTS; round++) {
      int[] w = windows.mostViolated(levels(p, lo), intake);
      if (w == null) {
        break;
      }
      lo = windows.least(w[0], w[1], intake, lo);
    }
    if (test.test(levels(p, lo), intake)) {
      return new Optimum(lo[0], lo[1], test.schedule());
    }
    long[] hi = peakOf(p, within);
    boolean lastIsHi = false; // the last test ran at hi's levels and passed
    while (true) {
      long[] from = new long[p.n];
      long[] to = new long[p.n];
      long between = 0;
      for (int i = 0; i < p.n; i++) {
        from[i] = mulDiv(lo[0], p.cap[i], lo[1], false);
        to[i] = Math.max(from[i], mulDiv(hi[0], p.cap[i], hi[1], true) - 1);
        between += to[i] - from[i];
      }
      if (between == 0) {
        break;
      }
      long[] mid = select(p.cap, from, to, (between + 1) / 2);
      if (test.test(levels(p, mid), intake)) {
        hi = test.peak();
        lastIsHi = compare(hi[0], hi[1], mid[0], mid[1]) == 0;
      } else {
        lo = mid;
        lastIsHi = false;
      }
    }
    if (!lastIsHi && !test.test(levels(p, hi), intake)) {
      throw new IllegalStateException("no schedule at the optimum " + hi[0] + "/" + hi[1]);
    }
    return new Optimum(hi[0], hi[1], test.schedule());
  }

  /** Whether the stores can all be kept within their capacities (θ = 1) at this intake. */
  public static boolean holdsCapacity(Problem p, long intake) {
    return new LatestSchedule(p).test(p.cap, intake);
  }

  /**
   * The least monthly intake with which no store exceeds its capacity in any month, or -1 when no
   * intake suffices (transferable volumes or the centre's stacks run short).
   */
  public static long minimalIntake(Problem p) {
    LatestSchedule test = new LatestSchedule(p);
    long total = 0;
    for (int i = 0; i < p.n; i++) {
      long m = 0;
      for (int t = 1; t <= p.h; t++) {
        m = Math.max(m, p.base(i, t) - p.cap[i]);
      }
      total += m;
    }
    if (!placesAtDeadlines(p)) {
      return -1;
    }
    long bound = new Windows(p).intakeBound(p.cap);
    if (test.test(p.cap, bound)) {
      return bound;
    }
    long lo = bound; // cannot
    long hi = total;
    for (long step = 1; lo + step < hi; step *= 2) {
      if (test.test(p.cap, lo + step)) {
        hi = lo + step;
        break;
      }
      lo += step;
    }
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (test.test(p.cap, mid)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /**
   * Whether the test passes at an unbounded intake (at least every job there is), where the latest
   * schedule sends each volume in the month it is due: every store can send what it must by then,
   * and the stacks hold it all.
   */
  private static boolean placesAtDeadlines(Problem p) {
    long[] due = new long[p.h + 1];
    for (int i = 0; i < p.n; i++) {
      long m = 0;
      for (int t = 1; t <= p.h; t++) {
        m = Math.max(m, p.base(i, t) - p.cap[i]);
        if (m > p.aStar[i][t]) {
          return false;
        }
        due[t] += m;
      }
    }
    for (int t = 1; t <= p.h; t++) {
      if (due[t] > p.u[t]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The candidate of rank {@code rank} (from 1) among the fractions {@code k / cap[i]} with {@code
   * from[i] < k <= to[i]}, in increasing order, as {@code {k, cap[i]}}.
   */
  static long[] select(long[] cap, long[] from, long[] to, long rank) {
    long[] lo = from.clone();
    long[] hi = to.clone();
    int n = cap.length;
    Integer[] order = new Integer[n];
    long[] mk = new long[n];
    long[] lt = new long[n];
    long[] le = new long[n];
    while (true) {
      int active = 0;
      long total = 0;
      for (int i = 0; i < n; i++) {
        if (hi[i] > lo[i]) {
          order[active++] = i;
          mk[i] = lo[i] + (hi[i] - lo[i] + 1) / 2;
          total += hi[i] - lo[i];
        }
      }
      Arrays.sort(order, 0, active, (q, r) -> compare(mk[q], cap[q], mk[r], cap[r]));
      long seen = 0;
      int pivot = order[active - 1];
      for (int j = 0; j < active; j++) {
        seen += hi[order[j]] - lo[order[j]];
        if (2 * seen >= total) {
          pivot = order[j];
          break;
        }
      }
      long vk = mk[pivot];
      long vc = cap[pivot];
      long below = 0;
      long upTo = 0;
      for (int i = 0; i < n; i++) {
        if (hi[i] > lo[i]) {
          lt[i] = Math.min(hi[i], Math.max(lo[i], mulDiv(vk, cap[i], vc, true) - 1));
          le[i] = Math.min(hi[i], Math.max(lo[i], mulDiv(vk, cap[i], vc, false)));
          below += lt[i] - lo[i];
          upTo += le[i] - lo[i];
        }
      }
      if (rank > below && rank <= upTo) {
        return new long[] {vk, vc};
      }
      for (int i = 0; i < n; i++) {
        if (hi[i] > lo[i]) {
          if (rank <= below) {
            hi[i] = lt[i];
          } else {
            lo[i] = le[i];
          }
        }
      }
      if (rank > below) {
        rank -= upTo;
      }
    }
  }

  /** The highest fill ratio under a schedule, {@code {occupied, capacity}}. */
  static long[] peakOf(Problem p, long[][] x) {
    long[] peak = {0, 1};
    for (int i = 0; i < p.n; i++) {
      long sent = 0;
      for (int t = 1; t <= p.h; t++) {
        sent += x[i][t];
        long occ = p.base(i, t) - sent;
        if (less(peak[0], peak[1], occ, p.cap[i])) {
          peak = new long[] {occ, p.cap[i]};
        }
      }
    }
    return peak;
  }

  /** {@code floor(num / den * c_i)} per store. */
  private static long[] levels(Problem p, long[] theta) {
    long[] level = new long[p.n];
    for (int i = 0; i < p.n; i++) {
      level[i] = mulDiv(theta[0], p.cap[i], theta[1], false);
    }
    return level;
  }

  /** {@code a * b / c} rounded down, or up when {@code up}; all non-negative, {@code c > 0}. */
  static long mulDiv(long a, long b, long c, boolean up) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    if (high == 0 && low >= 0) {
      long q = low / c;
      return up && q * c != low ? q + 1 : q;
    }
    BigInteger[] qr =
        BigInteger.valueOf(a)
            .multiply(BigInteger.valueOf(b))
            .divideAndRemainder(BigInteger.valueOf(c));
    return (up && qr[1].signum() != 0 ? qr[0].add(BigInteger.ONE) : qr[0]).longValueExact();
  }

  /** {@code a/b} against {@code c/d}, exactly; all non-negative, {@code b, d > 0}. */
  static int compare(long a, long b, long c, long d) {
    long h1 = Math.multiplyHigh(a, d);
    long h2 = Math.multiplyHigh(c, b);
    if (h1 == 0 && h2 == 0) {
      return Long.compareUnsigned(a * d, c * b);
    }
    return BigInteger.valueOf(a)
        .multiply(BigInteger.valueOf(d))
        .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));
  }

  /** {@code a/b < c/d}, exactly. */
  static boolean less(long a, long b, long c, long d) {
    return compare(a, b, c, d) < 0;
  }
}
