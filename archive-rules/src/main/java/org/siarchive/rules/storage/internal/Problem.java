package org.siarchive.rules.storage.internal;

import java.time.YearMonth;
import java.util.Locale;

/**
 * The planning problem as arrays, months {@code t = 1..h} after the as-of month {@code t = 0}.
 *
 * <p>For store {@code i} with eligibility lag {@code L}: {@code y[i][t]} is the volumes formed in
 * months {@code t-L+1..t}, not yet transferable; {@code a[i][t]} is the transferable volumes it
 * would hold at the end of month {@code t} without transfers (those held at the as-of month and
 * older than the lag, plus those turning transferable since, less disposals, which leave the
 * oldest, transferable volumes). Without transfers the store holds {@code base(i, t) = y + a}; with
 * {@code X(t)} volumes transferred by the end of month {@code t} it holds {@code base - X}, and the
 * plan must keep {@code X(t) <= a[i][s]} for every {@code s >= t} (what leaves by disposal must
 * still be there): {@code aStar[i][t] = min over s in t..h of a[i][s]}. The centre's stacks take at
 * most {@code u[t] = capacity - occupied + disposed by t} volumes in total by the end of month
 * {@code t}; {@code u} never decreases.
 */
public final class Problem {
  final int n;
  final int h;
  final String[] ids;
  final long[] cap;
  final long[][] y;
  final long[][] a;
  final long[][] aStar;
  final long[] u;
  final long stacksCap;
  final long stacksOcc0;

  /**
   * Builds the arrays.
   *
   * @param asOf the as-of month, for messages
   * @param ids the store ids
   * @param cap the capacities
   * @param occ0 the occupancy at the as-of month
   * @param recent per store, the volumes formed in the last {@code lag} months up to the as-of
   *     month, oldest first (so its length is the lag)
   * @param gen per store, the forecast volumes of months 1..h (index 0 is month 1)
   * @param disp per store, the disposals of months 1..h
   * @param stacksCap the stacks' capacity
   * @param stacksOcc0 the stacks' occupancy at the as-of month
   * @param stacksDisp the stacks' disposals of months 1..h
   * @throws org.siarchive.core.InvalidValueException when disposals exceed what a room holds
   */
  public Problem(
      YearMonth asOf,
      String[] ids,
      long[] cap,
      long[] occ0,
      long[][] recent,
      long[][] gen,
      long[][] disp,
      long stacksCap,
      long stacksOcc0,
      long[] stacksDisp,
      String stacksId) {
    this.n = ids.length;
    this.h = stacksDisp.length;
    this.ids = ids.clone();
    this.cap = cap.clone();
    this.y = new long[n][h + 1];
    this.a = new long[n][h + 1];
    this.aStar = new long[n][h + 1];
    for (int i = 0; i < n; i++) {
      int lag = recent[i].length;
      long yy = 0;
      for (long v : recent[i]) {
        yy += v;
      }
      y[i][0] = yy;
      a[i][0] = occ0[i] - yy;
      for (int t = 1; t <= h; t++) {
        long released =
            lag == 0 ? gen[i][t - 1] : (t - lag <= 0 ? recent[i][t - 1] : gen[i][t - lag - 1]);
        y[i][t] = y[i][t - 1] + gen[i][t - 1] - released;
        a[i][t] = a[i][t - 1] + released - disp[i][t - 1];
        if (a[i][t] < 0) {
          throw Args.invalid(
              "disposals[" + ids[i] + "][" + asOf.plusMonths(t) + "]",
              String.format(
                  Locale.ROOT,
                  "at most the %d transferable volumes the store holds then",
                  a[i][t] + disp[i][t - 1]),
              disp[i][t - 1]);
        }
      }
      long m = Long.MAX_VALUE;
      for (int t = h; t >= 1; t--) {
        m = Math.min(m, a[i][t]);
        aStar[i][t] = m;
      }
    }
    this.stacksCap = stacksCap;
    this.stacksOcc0 = stacksOcc0;
    this.u = new long[h + 1];
    long disposed = 0;
    u[0] = stacksCap - stacksOcc0;
    for (int t = 1; t <= h; t++) {
      disposed += stacksDisp[t - 1];
      if (disposed > stacksOcc0) {
        throw Args.invalid(
            "disposals[" + stacksId + "][" + asOf.plusMonths(t) + "]",
            String.format(
                Locale.ROOT,
                "in total at most the %d volumes the stacks held at %s",
                stacksOcc0,
                asOf),
            stacksDisp[t - 1]);
      }
      u[t] = stacksCap - stacksOcc0 + disposed;
    }
  }

  /** The months of the horizon. */
  public int months() {
    return h;
  }

  /** What store {@code i} holds at the end of month {@code t} without transfers. */
  public long base(int i, int t) {
    return y[i][t] + a[i][t];
  }

  /**
   * The stacks' occupancy at the end of month {@code t} after {@code received} volumes in total.
   */
  public long stacksOccupied(int t, long received) {
    return stacksCap - u[t] + received;
  }
}
