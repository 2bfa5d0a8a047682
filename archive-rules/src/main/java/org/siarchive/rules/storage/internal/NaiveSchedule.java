package org.siarchive.rules.storage.internal;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The naive plan a director would draw without planning: every month, take from the fullest store
 * first (fill before the month's transfers, compared exactly; ties by store order) all it may
 * transfer, then from the next fullest, until the month's intake or the centre's stacks are used
 * up. It respects the same limits as the optimal plan; only its choices differ.
 */
public final class NaiveSchedule {
  private NaiveSchedule() {}

  /** The naive schedule, {@code x[i][t]} as in {@link LatestSchedule#of}. */
  public static long[][] of(Problem p, long intake) {
    int n = p.n;
    long[][] x = new long[n][p.h + 1];
    long[] sentBy = new long[n];
    long sent = 0;
    Integer[] order = new Integer[n];
    long[] occ = new long[n];
    Comparator<Integer> fullestFirst =
        (q, r) -> {
          int c = BigInteger.valueOf(occ[r]).multiply(BigInteger.valueOf(p.cap[q]))
              .compareTo(BigInteger.valueOf(occ[q]).multiply(BigInteger.valueOf(p.cap[r])));
          return c != 0 ? c : Integer.compare(q, r);
        };
    for (int t = 1; t <= p.h; t++) {
      for (int i = 0; i < n; i++) {
        order[i] = i;
        occ[i] = p.base(i, t) - sentBy[i];
      }
      Arrays.sort(order, fullestFirst);
      long left = Math.min(intake, p.u[t] - sent);
      for (int k = 0; k < n && left > 0; k++) {
        int i = order[k];
        long take = Math.min(left, p.aStar[i][t] - sentBy[i]);
        if (take > 0) {
          x[i][t] = take;
          sentBy[i] += take;
          sent += take;
          left -= take;
        }
      }
    }
    return x;
  }
}
