package org.siarchive.rules.storage.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Hall's condition for the unit transfer jobs of {@link LatestSchedule}, window by window: for
 * months {@code r..d}, the jobs released no earlier than {@code r} and due no later than {@code d}
 * must fit in {@code intake (d - r + 1)} transfers. Every schedule satisfies it, so it bounds the
 * optimal peak and the least intake from below; it costs {@code O(n h + h²)} per level vector, no
 * heap.
 *
 * <p>At levels {@code floor(θ c_i)}, store {@code i} has {@code max(0, K_i - floor(θ c_i))} jobs in
 * window {@code r..d}, with {@code K_i = max over s <= d of base(i, s) - aStar(i, r - 1)} ({@code
 * aStar(i, 0) = 0}): the number of its candidates {@code k / c_i}, {@code 1 <= k <= K_i}, above
 * {@code θ}. The window holds at {@code θ} iff at most {@code intake (d - r + 1)} of these
 * candidates lie above it, so the least {@code θ} it allows is a candidate found by rank ({@link
 * PeakSearch#select}), not by testing.
 *
 * <p>Levels passed in must be at least what each store holds even if all it may send has left
 * (every job's release at most its deadline). Not thread-safe.
 */
final class Windows {
  private final Problem p;
  private final long[][] jobs;
  private final long[] need;
  private final long[] column;

  Windows(Problem p) {
    this.p = p;
    int h = p.h;
    this.jobs = new long[h + 2][h + 1];
    this.need = new long[h + 1];
    this.column = new long[h + 1];
  }

  /** The largest {@code ceil(jobs / months)} over the windows: no smaller intake can serve. */
  long intakeBound(long[] level) {
    count(level);
    int h = p.h;
    long bound = 0;
    Arrays.fill(column, 0);
    for (int r = h; r >= 1; r--) {
      long within = 0;
      for (int d = 1; d <= h; d++) {
        column[d] += jobs[r][d];
        within += column[d];
        if (d >= r) {
          long months = (long) d - r + 1;
          bound = Math.max(bound, (within + months - 1) / months);
        }
      }
    }
    return bound;
  }

  /** The window {@code {r, d}} exceeding the intake by the most jobs, or null when none does. */
  int @Nullable [] mostViolated(long[] level, long intake) {
    count(level);
    int h = p.h;
    int @Nullable [] worst = null;
    long excess = 0;
    Arrays.fill(column, 0);
    for (int r = h; r >= 1; r--) {
      long within = 0;
      for (int d = 1; d <= h; d++) {
        column[d] += jobs[r][d];
        within += column[d];
        if (d >= r && within - intake * (d - r + 1) > excess) {
          excess = within - intake * (d - r + 1);
          worst = new int[] {r, d};
        }
      }
    }
    return worst;
  }

  /**
   * The least {@code θ} (a candidate {@code {k, c}}) at which window {@code r..d} holds, when it
   * does not hold at {@code theta}.
   */
  long[] least(int r, int d, long intake, long[] theta) {
    long[] from = new long[p.n];
    long[] to = new long[p.n];
    long above = 0;
    for (int i = 0; i < p.n; i++) {
      long peak = 0;
      for (int t = 1; t <= d; t++) {
        peak = Math.max(peak, p.base(i, t));
      }
      long k = peak - (r == 1 ? 0 : p.aStar[i][r - 1]);
      to[i] = Math.max(0, k);
      from[i] = Math.min(to[i], PeakSearch.mulDiv(theta[0], p.cap[i], theta[1], false));
      above += to[i] - from[i];
    }
    return PeakSearch.select(p.cap, from, to, above - intake * (d - r + 1));
  }

  /** {@code jobs[r][d]}: the jobs with release {@code r} and deadline {@code d} at these levels. */
  private void count(long[] level) {
    for (long[] row : jobs) {
      Arrays.fill(row, 0);
    }
    int h = p.h;
    for (int i = 0; i < p.n; i++) {
      long top = 0;
      for (int t = 1; t <= h; t++) {
        top = Math.max(top, p.base(i, t) - level[i]);
        need[t] = top;
      }
      long done = 0;
      int r = 1;
      int d = 1;
      long[] aStar = p.aStar[i];
      while (done < top) {
        while (aStar[r] <= done) {
          r++;
        }
        while (need[d] <= done) {
          d++;
        }
        long end = Math.min(aStar[r], need[d]);
        jobs[r][d] += end - done;
        done = end;
      }
    }
  }
}
