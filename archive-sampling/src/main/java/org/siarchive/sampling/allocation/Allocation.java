package org.siarchive.sampling.allocation;

import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.siarchive.sampling.InfeasibleRequestException;

/**
 * An allocation of a total sample across strata: the integer sizes {@code n_h} and the real quotas
 * they round. Immutable and thread-safe.
 *
 * <p>How {@link #allocate} works:
 *
 * <ol>
 *   <li>The strata are put in a canonical order, by the unsigned UTF-8 bytes of their ids, so the
 *       result does not depend on the input order.
 *   <li>Each stratum's bounds are {@code L_h = ceil(minRatio N_h)} and {@code U_h = floor(maxRatio
 *       N_h)} (exact decimal arithmetic). The request is refused with the numbers when {@code sum
 *       L_h > total} or {@code sum U_h < total}.
 *   <li>The quotas are {@code q_h = clamp(lambda w_h, L_h, U_h)} with the method's weights {@code
 *       w_h} and {@code lambda} chosen so that {@code sum q_h = total} (bisection on {@code lambda},
 *       then an exact re-solve for the strata not at a bound).
 *   <li>Integers by largest remainder: each stratum gets {@code floor(q_h)}, and the units left go
 *       one each to the strata with the largest fractional parts {@code q_h - floor(q_h)}; ties go
 *       to the stratum whose id comes first in the canonical order. No stratum passes its bounds, so
 *       each {@code n_h} is {@code floor(q_h)} or {@code ceil(q_h)} (the quota rule) and the sizes sum
 *       exactly to the total.
 * </ol>
 *
 * <pre>{@code
 * Allocation a = Allocation.allocate(AllocationMethod.DEFECT_RATE, 20, List.of(
 *     Stratum.of("A", 100, 0.02), Stratum.of("B", 100, 0.08)));
 * a.sizes();   // {A=4, B=16}
 * }</pre>
 *
 * @param method the method used
 * @param total the total sample size
 * @param sizes {@code n_h} by stratum id, in canonical id order
 * @param quotas the real quotas {@code q_h} by stratum id, in the same order
 */
public record Allocation(AllocationMethod method, long total, Map<String, Long> sizes, Map<String, Double> quotas) {

  private static final Comparator<byte[]> UTF8_ORDER = Arrays::compareUnsigned;

  /** Validates and copies the components. */
  public Allocation {
    Objects.requireNonNull(method, "method");
    sizes = ImmutableMap.copyOf(sizes); // keeps the order; no copy when already immutable
    quotas = ImmutableMap.copyOf(quotas);
    long sum = sizes.values().stream().mapToLong(Long::longValue).sum();
    if (sum != total) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "Invalid allocation: sizes sum to %d, not the total %d", sum, total));
    }
  }

  /**
   * Allocates a total across strata.
   *
   * @param method proportional, Neyman or defect-rate
   * @param total the total sample size, at least 0
   * @param strata the strata, non-empty, with unique ids; with rates unless the method is
   *     proportional
   * @return the allocation
   * @throws IllegalArgumentException when an argument is invalid (names it)
   * @throws InfeasibleRequestException when the bounds cannot meet the total, or every stratum
   *     that could take more has weight 0; the figures carry the numbers
   */
  public static Allocation allocate(AllocationMethod method, long total, Collection<Stratum> strata) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(strata, "strata");
    if (total < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "Invalid value for total (valid values >= 0): %d", total));
    }
    if (strata.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for strata (at least one stratum): none");
    }
    int h = strata.size();
    Stratum[] s = strata.toArray(new Stratum[0]);
    byte[][] keys = new byte[h][];
    Integer[] order = new Integer[h];
    for (int i = 0; i < h; i++) {
      Objects.requireNonNull(s[i], "strata element");
      if (method.needsRates() && s[i].rate().isEmpty()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "Invalid value for stratum %s: method %s needs its rate", s[i].id(), method.label()));
      }
      keys[i] = s[i].id().getBytes(StandardCharsets.UTF_8);
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> UTF8_ORDER.compare(keys[a], keys[b]));
    Stratum[] sorted = new Stratum[h];
    for (int i = 0; i < h; i++) {
      sorted[i] = s[order[i]];
      if (i > 0 && Arrays.equals(keys[order[i]], keys[order[i - 1]])) {
        throw new IllegalArgumentException("Invalid value for strata (unique ids): duplicate id " + sorted[i].id());
      }
    }
    long[] lo = new long[h];
    long[] hi = new long[h];
    double[] w = new double[h];
    long sumLo = 0;
    long sumHi = 0;
    for (int i = 0; i < h; i++) {
      lo[i] = sorted[i].minSampleSize();
      hi[i] = sorted[i].maxSampleSize();
      if (lo[i] > hi[i]) {
        throw infeasible(String.format(Locale.ROOT,
            "stratum %s: ratio bounds [%s, %s] admit no whole sample size of its %d units (ceil %d > floor %d)",
            sorted[i].id(), sorted[i].minRatio().toPlainString(), sorted[i].maxRatio().toPlainString(),
            sorted[i].size(), lo[i], hi[i]), total, lo[i], hi[i]);
      }
      w[i] = method.weight(sorted[i]);
      sumLo = Math.addExact(sumLo, lo[i]);
      sumHi = Math.addExact(sumHi, hi[i]);
    }
    if (total < sumLo) {
      throw infeasible(String.format(Locale.ROOT,
          "total %d is below the %d units the minimum ratios require (sum of ceil(minRatio x N_h))",
          total, sumLo), total, sumLo, sumHi);
    }
    if (total > sumHi) {
      throw infeasible(String.format(Locale.ROOT,
          "total %d is above the %d units the maximum ratios allow (sum of floor(maxRatio x N_h))",
          total, sumHi), total, sumLo, sumHi);
    }
    double[] q = quotas(total, lo, hi, w, sumLo);
    long[] n = largestRemainder(total, q, lo, hi);
    ImmutableMap.Builder<String, Long> sizes = ImmutableMap.builderWithExpectedSize(h);
    ImmutableMap.Builder<String, Double> quotas = ImmutableMap.builderWithExpectedSize(h);
    for (int i = 0; i < h; i++) {
      sizes.put(sorted[i].id(), n[i]);
      quotas.put(sorted[i].id(), q[i]);
    }
    return new Allocation(method, total, sizes.buildOrThrow(), quotas.buildOrThrow());
  }

  private static InfeasibleRequestException infeasible(String message, long total, long minimum, long maximum) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("total", total);
    figures.put("minimum", minimum);
    figures.put("maximum", maximum);
    return new InfeasibleRequestException("Infeasible allocation: " + message, figures);
  }

  /** The real quotas clamp(lambda w, lo, hi) summing to total. */
  private static double[] quotas(long total, long[] lo, long[] hi, double[] w, long sumLo) {
    int h = w.length;
    double[] q = new double[h];
    if (total == sumLo) {
      for (int i = 0; i < h; i++) {
        q[i] = lo[i];
      }
      return q;
    }
    double lambdaMax = 0;
    for (int i = 0; i < h; i++) {
      if (w[i] > 0 && hi[i] > lo[i]) {
        lambdaMax = Math.max(lambdaMax, hi[i] / w[i]);
      }
    }
    if (lambdaMax == 0) {
      throw infeasible(String.format(Locale.ROOT,
          "total %d exceeds the %d units the minimum ratios require, and every stratum that could take more"
              + " has weight 0", total, sumLo), total, sumLo, sumLo);
    }
    double a = 0;
    double b = lambdaMax;
    // Bisection to about 50 bits; the exact re-solve below removes the remaining error.
    for (int iter = 0; iter < 64 && b - a > 1e-15 * b; iter++) {
      double mid = a + (b - a) / 2;
      if (sumClamped(mid, lo, hi, w) < total) {
        a = mid;
      } else {
        b = mid;
      }
    }
    // Re-solve exactly for the strata strictly between their bounds at lambda = b.
    double fixed = 0;
    double freeWeight = 0;
    boolean[] free = new boolean[h];
    for (int i = 0; i < h; i++) {
      double x = b * w[i];
      if (x <= lo[i]) {
        fixed += lo[i];
      } else if (x >= hi[i]) {
        fixed += hi[i];
      } else {
        free[i] = true;
        freeWeight += w[i];
      }
    }
    double lambda = freeWeight > 0 ? (total - fixed) / freeWeight : b;
    for (int i = 0; i < h; i++) {
      double x = free[i] ? lambda * w[i] : b * w[i];
      q[i] = Math.min((double) hi[i], Math.max((double) lo[i], x));
    }
    return q;
  }

  private static double sumClamped(double lambda, long[] lo, long[] hi, double[] w) {
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      sum += Math.min((double) hi[i], Math.max((double) lo[i], lambda * w[i]));
    }
    return sum;
  }

  private static long[] largestRemainder(long total, double[] q, long[] lo, long[] hi) {
    int h = q.length;
    long[] n = new long[h];
    double[] rem = new double[h];
    long sum = 0;
    for (int i = 0; i < h; i++) {
      n[i] = Math.min(hi[i], Math.max(lo[i], (long) Math.floor(q[i])));
      rem[i] = q[i] - n[i];
      sum += n[i];
    }
    long left = total - sum;
    if (left == 0) {
      return n;
    }
    // Indices are in canonical id order, and the sort is stable: equal remainders keep id order.
    List<Integer> byRemainder = new ArrayList<>(h);
    for (int i = 0; i < h; i++) {
      byRemainder.add(i);
    }
    if (left > 0) {
      byRemainder.sort((x, y) -> Double.compare(rem[y], rem[x]));
      while (left > 0) {
        for (int i : byRemainder) {
          if (left > 0 && n[i] < hi[i]) {
            n[i]++;
            left--;
          }
        }
      }
    } else {
      byRemainder.sort((x, y) -> Double.compare(rem[x], rem[y]));
      while (left < 0) {
        for (int i : byRemainder) {
          if (left < 0 && n[i] > lo[i]) {
            n[i]--;
            left++;
          }
        }
      }
    }
    return n;
  }
}
