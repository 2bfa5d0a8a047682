package org.siarchive.sampling.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The quotas {@code q_h = clamp(lambda w_h, L_h, U_h)} summing to the total, and their rounding by
 * largest remainder, every decision exact.
 *
 * <p>Design: {@code g(lambda) = sum clamp(lambda w_h, L_h, U_h)} is continuous, non-decreasing and
 * linear between the breakpoints {@code L_h / w_h} (a stratum leaves its lower bound) and {@code
 * U_h / w_h} (it reaches its upper bound). The breakpoints are swept in increasing order (compared
 * exactly through their squares) until {@code g} reaches the total; on that segment the free strata
 * have {@code q_h = (T - F) w_h / W}, {@code F} the sum of the bounds held and {@code W} the sum of
 * the free weights. Each decision (has {@code g} reached {@code T}? is {@code q_h} below an integer
 * {@code k}? is one fractional part below another?) is the sign of a linear form in the weights
 * with whole coefficients, e.g. {@code (T - F) w_h - k W}. It is read from doubles when the value
 * clears a bound on their rounding error, and from {@link ExactSign} otherwise, so ties are exact
 * and the common case stays linear in the number of strata (plus the sort).
 *
 * <p>Invariants: the callers have checked {@code sum L_h <= T <= sum over w_h > 0 of U_h + sum over
 * w_h = 0 of L_h}; then {@code 0 <= T - sum floor(q_h) <} the number of strata with a fractional
 * part, so the units left go to strata whose quota is not whole, and every size is the floor or the
 * ceiling of its quota.
 */
final class QuotaSolver {
  private static final double EPS = 0x1p-52;
  private static final MathContext DIGITS_50 = new MathContext(50);

  private final long total;
  private final long[] lo;
  private final long[] hi;
  private final Surd[] w;
  private final int h;
  private final double[] quota;
  private final long[] sizes;
  private final boolean[] free;
  private int[] freeList = new int[0];
  private long rest; // T - F
  private @Nullable ExactSign freeSum; // W, exact, built on first need
  private @Nullable BigDecimal freeSum50; // W to 50 digits, built on first need

  QuotaSolver(long total, long[] lo, long[] hi, Surd[] w) {
    this.total = total;
    this.lo = lo;
    this.hi = hi;
    this.w = w;
    this.h = w.length;
    this.quota = new double[h];
    this.sizes = new long[h];
    this.free = new boolean[h];
    solve();
  }

  long[] sizes() {
    return sizes.clone();
  }

  double quotaApprox(int i) {
    return quota[i];
  }

  private void solve() {
    long fixed = 0;
    for (int i = 0; i < h; i++) {
      fixed += lo[i];
      sizes[i] = lo[i];
      quota[i] = lo[i];
    }
    if (total == fixed) {
      return;
    }
    boolean[] atHi = sweep(fixed);
    for (int i = 0; i < h; i++) {
      if (atHi[i]) {
        sizes[i] = hi[i];
        quota[i] = hi[i];
      }
    }
    roundFree();
  }

  /** Sweeps the breakpoints; leaves the free set and {@code T - F}; returns the strata at U_h. */
  private boolean[] sweep(long fixedAtStart) {
    // strata with L_h = 0 leave their bound at lambda = 0, where g = sum L_h < T: free from the
    // start
    long fixed = fixedAtStart;
    double wFree = 0;
    int events = 0;
    for (int i = 0; i < h; i++) {
      if (!w[i].isZero() && lo[i] < hi[i]) {
        events += lo[i] == 0 ? 1 : 2;
        if (lo[i] == 0) {
          free[i] = true;
          wFree += w[i].approx;
        }
      }
    }
    Integer[] order = new Integer[events];
    int[] stratum = new int[events];
    long[] bound = new long[events];
    boolean[] exit = new boolean[events];
    double[] at = new double[events];
    int e = 0;
    for (int i = 0; i < h; i++) {
      if (!w[i].isZero() && lo[i] < hi[i]) {
        for (int x = lo[i] == 0 ? 1 : 0; x < 2; x++, e++) {
          stratum[e] = i;
          exit[e] = x == 1;
          bound[e] = x == 1 ? hi[i] : lo[i];
          at[e] = bound[e] / w[i].approx;
          order[e] = e;
        }
      }
    }
    BigInteger[][] key = new BigInteger[events][];
    Arrays.sort(
        order,
        (x, y) -> {
          double a = at[x];
          double b = at[y];
          if (Math.abs(a - b) > 1e-12 * Math.max(a, b)) {
            return Double.compare(a, b);
          }
          // near-equal: equal reduced keys are a tie at once, else compare t_x w_y with t_y w_x
          // exactly
          int c =
              Arrays.equals(
                      lambdaSquared(key, x, bound, stratum), lambdaSquared(key, y, bound, stratum))
                  ? 0
                  : w[stratum[y]].compareScaled(bound[x], bound[y], w[stratum[x]]);
          if (c != 0) {
            return c;
          }
          return exit[x] != exit[y] ? (exit[x] ? 1 : -1) : Integer.compare(stratum[x], stratum[y]);
        });
    boolean[] atHi = new boolean[h];
    double wErr = wFree * events * EPS;
    for (int k = 0; k < events; k++) {
      int ev = order[k];
      int j = stratum[ev];
      long t = bound[ev];
      // g at this breakpoint reaches T iff (F - T) w_j + t W >= 0
      double value = (double) (fixed - total) * w[j].approx + (double) t * wFree;
      double err =
          (Math.abs((double) (fixed - total)) * w[j].approx + t * wFree) * 1e-14 + t * wErr;
      int sign;
      if (value > err) {
        sign = 1;
      } else if (value < -err) {
        sign = -1;
      } else {
        ExactSign form = new ExactSign().add(fixed - total, w[j]);
        for (int i = 0; i < h; i++) {
          if (free[i]) {
            form.add(t, w[i]);
          }
        }
        sign = form.sign();
      }
      if (sign >= 0) {
        rest = total - fixed;
        return atHi;
      }
      if (exit[ev]) {
        free[j] = false;
        atHi[j] = true;
        fixed += hi[j];
        wFree -= w[j].approx;
      } else {
        free[j] = true;
        fixed -= lo[j];
        wFree += w[j].approx;
      }
      wErr += Math.abs(wFree) * EPS;
    }
    throw new IllegalStateException("allocation: the quotas cannot reach the total " + total);
  }

  /**
   * The breakpoint's square {@code t^2 / w^2} in lowest terms, computed once: equal keys are equal
   * breakpoints.
   */
  private BigInteger[] lambdaSquared(BigInteger[][] key, int e, long[] bound, int[] stratum) {
    if (key[e] == null) {
      Surd s = w[stratum[e]];
      BigInteger n = BigInteger.valueOf(bound[e]).pow(2).multiply(s.denSquare);
      BigInteger d = s.numSquare;
      BigInteger g = n.gcd(d);
      key[e] = new BigInteger[] {n.divide(g), d.divide(g)};
    }
    return key[e];
  }

  /** Floors, then one more unit to each of the largest fractional parts (ties in id order). */
  private void roundFree() {
    int count = 0;
    for (boolean f : free) {
      count += f ? 1 : 0;
    }
    freeList = new int[count];
    double wFree = 0;
    double compensation =
        0; // Neumaier: the sum is within 2 ulps plus count^2 EPS^2 of the exact sum
    for (int i = 0, k = 0; i < h; i++) {
      if (free[i]) {
        freeList[k++] = i;
        double x = w[i].approx;
        double t = wFree + x;
        compensation += Math.abs(wFree) >= Math.abs(x) ? (wFree - t) + x : (x - t) + wFree;
        wFree = t;
      }
    }
    wFree += compensation;
    // weights within 2^-50 each, the sum within 3 EPS, then a product and a quotient
    double relative = 16 * EPS + (double) count * count * EPS * EPS;
    double[] remainder = new double[h];
    double[] error = new double[h];
    boolean[] whole = new boolean[h];
    long sum = 0;
    for (int i = 0; i < h; i++) {
      if (!free[i]) {
        sum += sizes[i];
      }
    }
    for (int i : freeList) {
      double q = (double) rest * w[i].approx / wFree;
      double err = q * relative + Double.MIN_NORMAL;
      long k = (long) Math.floor(q);
      if (err < 0.25 && q - k > err && k + 1 - q > err) {
        sizes[i] = k;
        quota[i] = q;
        remainder[i] = q - k;
        error[i] = err;
      } else {
        exactFloor(i, remainder, error, whole);
      }
      sum += sizes[i];
    }
    long left = total - sum;
    if (left > 0) {
      List<Integer> candidates = new ArrayList<>();
      for (int i : freeList) {
        if (!whole[i]) {
          candidates.add(i);
        }
      }
      candidates.sort((a, b) -> -compareRemainders(a, b, remainder, error));
      if (candidates.size() < left) {
        throw new IllegalStateException(
            "allocation: " + left + " units left for " + candidates.size() + " strata");
      }
      for (int k = 0; k < left; k++) {
        sizes[candidates.get(k)]++;
      }
    } else if (left < 0) {
      throw new IllegalStateException("allocation: floors exceed the total by " + -left);
    }
  }

  /** The floor of q_i decided exactly, with a 50-digit estimate of q_i and its fractional part. */
  private void exactFloor(int i, double[] remainder, double[] error, boolean[] whole) {
    BigDecimal q = estimate(i);
    long k = q.setScale(0, RoundingMode.FLOOR).longValueExact();
    BigDecimal err = estimateError(q);
    BigDecimal frac = q.subtract(BigDecimal.valueOf(k));
    if (frac.compareTo(err) > 0 && BigDecimal.ONE.subtract(frac).compareTo(err) > 0) {
      whole[i] = false;
    } else {
      while (signAgainst(i, k) < 0) {
        k--;
      }
      while (signAgainst(i, k + 1) >= 0) {
        k++;
      }
      whole[i] = signAgainst(i, k) == 0;
    }
    sizes[i] = k;
    quota[i] = q.doubleValue();
    remainder[i] = whole[i] ? 0 : Math.max(0, q.subtract(BigDecimal.valueOf(k)).doubleValue());
    error[i] = whole[i] ? 0 : Math.ulp(1.0) + q.abs().doubleValue() * 1e-45;
  }

  private BigDecimal estimate(int i) {
    if (freeSum50 == null) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int j : freeList) {
        sum = sum.add(decimal(w[j]), DIGITS_50);
      }
      freeSum50 = sum;
    }
    return BigDecimal.valueOf(rest).multiply(decimal(w[i]), DIGITS_50).divide(freeSum50, DIGITS_50);
  }

  /** A bound on the error of {@link #estimate}: 60-digit weights, a sum of 50-digit steps. */
  private static BigDecimal estimateError(BigDecimal q) {
    return q.abs().add(BigDecimal.ONE).movePointLeft(40);
  }

  private static BigDecimal decimal(Surd s) {
    MathContext mc = new MathContext(60);
    BigDecimal v = new BigDecimal(s.num).divide(new BigDecimal(s.den), mc);
    return s.rad.equals(BigInteger.ONE) ? v : v.multiply(new BigDecimal(s.rad).sqrt(mc), mc);
  }

  /** The sign of {@code q_i - k}, that is of {@code (T - F) w_i - k W}. */
  private int signAgainst(int i, long k) {
    return ExactSign.scaled(freeSum(), BigInteger.valueOf(k).negate()).add(rest, w[i]).sign();
  }

  private ExactSign freeSum() {
    if (freeSum == null) {
      freeSum = new ExactSign();
      for (int j : freeList) {
        freeSum.add(BigInteger.ONE, w[j]);
      }
    }
    return freeSum;
  }

  /** Compares the fractional parts of q_a and q_b. */
  private int compareRemainders(int a, int b, double[] remainder, double[] error) {
    double diff = remainder[a] - remainder[b];
    if (Math.abs(diff) > error[a] + error[b]) {
      return diff > 0 ? 1 : -1;
    }
    long dk = sizes[a] - sizes[b];
    if (dk == 0) {
      return w[a].compareScaled(1, 1, w[b]);
    }
    BigDecimal qa = estimate(a);
    BigDecimal qb = estimate(b);
    BigDecimal d = qa.subtract(qb).subtract(BigDecimal.valueOf(dk));
    if (d.abs().compareTo(estimateError(qa).add(estimateError(qb))) > 0) {
      return d.signum();
    }
    // frac(q_a) - frac(q_b) = q_a - q_b - (k_a - k_b) = ((T - F)(w_a - w_b) - dk W) / W
    return ExactSign.scaled(freeSum(), BigInteger.valueOf(dk).negate())
        .add(rest, w[a])
        .add(-rest, w[b])
        .sign();
  }
}
