package org.siarchive.rules.storage.internal;

import java.util.Arrays;

/**
 * The feasibility test of the planner: can every store be kept at or below its level (a whole
 * number of volumes) in every month, within the monthly intake and the centre's stacks? When it
 * can, the answer is the schedule that transfers each volume as late as possible.
 *
 * <p><b>Reduction to unit jobs.</b> Store {@code i} must have sent {@code need(t) = max over s <= t
 * of max(0, base(i, s) - level)} volumes by the end of month {@code t} (the transfers only grow)
 * and may have sent at most {@code aStar[i][t]}. Its {@code k}-th transfer is then a unit job with
 * release {@code r_k = min{t : aStar(t) >= k}} and deadline {@code d_k = min{t : need(t) >= k}};
 * both grow with {@code k}, so any schedule can be reordered within a store to send its volumes in
 * this order, and a schedule exists iff the unit jobs can be placed, at most {@code intake} per
 * month, in their windows, with at most {@code u[t]} placed by the end of month {@code t}. Volumes
 * beyond the needed ones never help (they only use intake and stacks), so only the {@code need(h)}
 * jobs per store are placed.
 *
 * <p><b>Why latest-first is exact.</b> Run time backwards: a job becomes available at its deadline
 * and expires before its release. Each month, place as many available jobs as the intake allows,
 * those expiring first (largest release) first: earliest-deadline-first in reversed time, which
 * places all jobs whenever any schedule does (exchange argument: a schedule that places a
 * later-expiring job where EDF placed one expiring earlier can swap the two). Being work-conserving
 * in reversed time, it also places, for every {@code t}, the most jobs any schedule can place in
 * months {@code t..h}: with {@code Z(t) = min(Z(t+1) + intake, jobs available by t)} increasing in
 * {@code Z(t+1)}, induction from {@code h} down gives {@code Z(t) >= Z'(t)} for every schedule. So
 * its cumulative transfers {@code X(t) = total - Z(t+1)} are the smallest of any schedule, month by
 * month, and the stacks' bound {@code X(t) <= u[t]} holds for some schedule iff it holds for this
 * one.
 *
 * <p>Cost: {@code O(n h log n)}: per month, each heap operation ends a month's intake, a store's
 * available jobs or a block of jobs with one release, of which a store has at most {@code h}. An
 * instance keeps its arrays between tests (the searches run dozens on one problem); the heap of
 * store indices is a plain binary heap ordered exactly as {@link java.util.PriorityQueue} would
 * order it, so ties between equal releases fall as they always did. Not thread-safe.
 */
public final class LatestSchedule {
  private final Problem p;
  private final long[][] need;
  private final long[] top;
  private final long[] release;
  private final boolean[] queued;
  private final int[] heap;
  private int size;
  private final long[][] x;

  /** A test for the problem, its arrays allocated once. */
  public LatestSchedule(Problem p) {
    this.p = p;
    this.need = new long[p.n][p.h + 1];
    this.top = new long[p.n];
    this.release = new long[p.n];
    this.queued = new boolean[p.n];
    this.heap = new int[Math.max(1, p.n)];
    this.x = new long[p.n][p.h + 1];
  }

  /**
   * Whether a schedule keeps store {@code i} at or below {@code level[i]} volumes; when it does,
   * {@link #schedule()} and {@link #peak()} describe the latest one until the next test.
   */
  public boolean test(long[] level, long intake) {
    int n = p.n;
    int h = p.h;
    for (int i = 0; i < n; i++) {
      long m = 0;
      long[] needI = need[i];
      long[] aStarI = p.aStar[i];
      long[] yI = p.y[i];
      long[] aI = p.a[i];
      long li = level[i];
      for (int t = 1; t <= h; t++) {
        m = Math.max(m, yI[t] + aI[t] - li);
        if (m > aStarI[t]) {
          return false;
        }
        needI[t] = m;
      }
      top[i] = m;
      queued[i] = false;
      Arrays.fill(x[i], 0);
    }
    size = 0;
    for (int t = h; t >= 1; t--) {
      for (int i = 0; i < n; i++) {
        if (!queued[i] && top[i] > need[i][t - 1]) {
          release[i] = releaseOf(p.aStar[i], top[i], h);
          add(i);
          queued[i] = true;
        }
      }
      long left = intake;
      while (left > 0 && size > 0) {
        int i = poll();
        long r = release[i];
        if (r > t) {
          return false;
        }
        long floor = Math.max(r == 1 ? 0 : p.aStar[i][(int) r - 1], need[i][t - 1]);
        long take = Math.min(left, top[i] - floor);
        top[i] -= take;
        x[i][t] += take;
        left -= take;
        if (top[i] > need[i][t - 1]) {
          release[i] = releaseOf(p.aStar[i], top[i], h);
          add(i);
        } else {
          queued[i] = false;
        }
      }
      if (size > 0 && release[heap[0]] > t - 1) {
        return false;
      }
    }
    long sent = 0;
    for (int t = 1; t <= h; t++) {
      for (int i = 0; i < n; i++) {
        sent += x[i][t];
      }
      if (sent > p.u[t]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A copy of the schedule of the last successful {@link #test}: {@code x[i][t]}, the volumes
   * transferred from store {@code i} in month {@code t} ({@code t = 1..h}; index 0 unused).
   */
  public long[][] schedule() {
    long[][] copy = new long[p.n][];
    for (int i = 0; i < p.n; i++) {
      copy[i] = x[i].clone();
    }
    return copy;
  }

  /**
   * The highest fill ratio any store reaches under the schedule of the last successful {@link
   * #test}, as {@code {occupied, capacity}}.
   */
  public long[] peak() {
    return PeakSearch.peakOf(p, x);
  }

  // The heap of java.util.PriorityQueue (siftUp / siftDown as in the JDK) over store indices,
  // with the comparator "larger release first": same sequence of operations, same order.
  private boolean before(int q, int r) {
    return release[q] > release[r];
  }

  private void add(int e) {
    int k = size++;
    while (k > 0) {
      int parent = (k - 1) >>> 1;
      int pe = heap[parent];
      if (!before(e, pe)) {
        break;
      }
      heap[k] = pe;
      k = parent;
    }
    heap[k] = e;
  }

  private int poll() {
    int result = heap[0];
    int n = --size;
    int e = heap[n];
    if (n > 0) {
      int k = 0;
      int half = n >>> 1;
      while (k < half) {
        int child = (k << 1) + 1;
        int c = heap[child];
        int right = child + 1;
        if (right < n && before(heap[right], c)) {
          child = right;
          c = heap[child];
        }
        if (!before(c, e)) {
          break;
        }
        heap[k] = c;
        k = child;
      }
      heap[k] = e;
    }
    return result;
  }

  /** The first month {@code t >= 1} with {@code aStar[t] >= k} ({@code aStar} never decreases). */
  private static long releaseOf(long[] aStar, long k, int h) {
    int lo = 1;
    int hi = h;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (aStar[mid] >= k) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
