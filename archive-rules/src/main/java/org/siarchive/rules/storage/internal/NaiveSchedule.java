package org.siarchive.rules.storage.internal;

/**
 * The naive plan a director would draw without planning: every month, take from the fullest store
 * first (fill before the month's transfers, compared exactly; ties by store order) all it may
 * transfer, then from the next fullest, until the month's intake or the centre's stacks are used
 * up. It respects the same limits as the optimal plan; only its choices differ.
 */
public final class NaiveSchedule {
  private NaiveSchedule() {}

  /** The naive schedule, {@code x[i][t]} as in {@link LatestSchedule#schedule}. */
  public static long[][] of(Problem p, long intake) {
    int n = p.n;
    long[][] x = new long[n][p.h + 1];
    long[] sentBy = new long[n];
    long sent = 0;
    long[] occ = new long[n];
    int[] heap = new int[n];
    // Only stores with something to send can take part; they are drawn fullest first from a heap
    // (the order is total, ties by store order, so the draws are the sorted order's prefix).
    for (int t = 1; t <= p.h; t++) {
      long left = Math.min(intake, p.u[t] - sent);
      if (left <= 0) {
        continue;
      }
      int size = 0;
      for (int i = 0; i < n; i++) {
        if (p.aStar[i][t] - sentBy[i] > 0) {
          occ[i] = p.base(i, t) - sentBy[i];
          heap[size++] = i;
        }
      }
      for (int k = size / 2 - 1; k >= 0; k--) {
        siftDown(heap, k, size, occ, p.cap);
      }
      while (left > 0 && size > 0) {
        int i = heap[0];
        heap[0] = heap[--size];
        siftDown(heap, 0, size, occ, p.cap);
        long take = Math.min(left, p.aStar[i][t] - sentBy[i]);
        x[i][t] = take;
        sentBy[i] += take;
        sent += take;
        left -= take;
      }
    }
    return x;
  }

  /** Whether store {@code q} comes before store {@code r}: fuller, or as full and listed first. */
  private static boolean before(int q, int r, long[] occ, long[] cap) {
    int c = PeakSearch.compare(occ[q], cap[q], occ[r], cap[r]);
    return c > 0 || (c == 0 && q < r);
  }

  private static void siftDown(int[] heap, int k, int size, long[] occ, long[] cap) {
    int e = heap[k];
    while (2 * k + 1 < size) {
      int child = 2 * k + 1;
      if (child + 1 < size && before(heap[child + 1], heap[child], occ, cap)) {
        child++;
      }
      if (!before(heap[child], e, occ, cap)) {
        break;
      }
      heap[k] = heap[child];
      k = child;
    }
    heap[k] = e;
  }
}
