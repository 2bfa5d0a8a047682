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
 * An allocation of a total sample across strata: the integer sizes {@code n_h} and the quotas they
 * round. Immutable and thread-safe.
 *
 * <p>How {@link #allocate} works:
 *
 * <ol>
 *   <li>The strata are put in a canonical order, by the unsigned UTF-8 bytes of their ids, so the
 *       result does not depend on the input order.
 *   <li>Each stratum's bounds are {@code L_h = ceil(minRatio N_h)} and {@code U_h = floor(maxRatio
 *       N_h)} (exact decimal arithmetic). The request is refused with the numbers when {@code sum
 *       L_h > total} or {@code sum U_h < total}, and when the total exceeds what the quotas can
 *       reach: a stratum of weight 0 keeps its quota {@code L_h}, so the others must take the rest
 *       within their {@code U_h}.
 *   <li>The quotas are {@code q_h = clamp(lambda w_h, L_h, U_h)} with the method's weights {@code
 *       w_h} and {@code lambda} chosen so that {@code sum q_h = total}.
 *   <li>Integers by largest remainder: each stratum gets {@code floor(q_h)}, and the units left go
 *       one each to the strata with the largest fractional parts {@code q_h - floor(q_h)}; equal
 *       fractional parts go to the stratum whose id comes first in the canonical order. Each {@code
 *       n_h} is {@code floor(q_h)} or {@code ceil(q_h)} (the quota rule), within its bounds, and
 *       the sizes sum exactly to the total.
 * </ol>
 *
 * <p>Every decision (which strata sit at a bound, each floor, the order of the fractional parts) is
 * taken on the exact quotas: the rates are exact fractions ({@link Rate}), the weights exact
 * rationals or, for Neyman, rational multiples of square roots, and a comparison that the fast
 * double computation cannot settle beyond its error bound is decided exactly. Two quotas tie only
 * when they are equal as real numbers, never by rounding: {@code neyman} with {@code A:100:0.05}
 * and {@code B:100:0.95} gives both the quota 0.5, and a total of 1 goes to A.
 *
 * <pre>{@code
 * Allocation a = Allocation.allocate(AllocationMethod.DEFECT_RATE, 20, List.of(
 *     Stratum.of("A", 100, Rate.parse("0.02")), Stratum.of("B", 100, Rate.parse("0.08"))));
 * a.sizes();   // {A=4, B=16}
 * }</pre>
 *
 * @param method the method used
 * @param total the total sample size
 * @param sizes {@code n_h} by stratum id, in canonical id order
 * @param quotas the quotas {@code q_h} by stratum id, in the same order, to double precision for
 *     display (the sizes were decided on the exact quotas)
 * @since 0.1.0
 */
public record Allocation(
    AllocationMethod method, long total, Map<String, Long> sizes, Map<String, Double> quotas) {

  private static final Comparator<byte[]> UTF8_ORDER = Arrays::compareUnsigned;

  /**
   * Validates and copies the components.
   *
   * @param method the method used
   * @param total the total sample size
   * @param sizes {@code n_h} by stratum id, in canonical id order
   * @param quotas the quotas {@code q_h} by stratum id, in the same order, to double precision for
   *     display (the sizes were decided on the exact quotas)
   */
  public Allocation {
    Objects.requireNonNull(method, "method");
    sizes = ImmutableMap.copyOf(sizes); // keeps the order; no copy when already immutable
    quotas = ImmutableMap.copyOf(quotas);
    long sum = sizes.values().stream().mapToLong(Long::longValue).sum();
    if (sum != total) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid allocation: sizes sum to %d, not the total %d", sum, total));
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
   * @throws InfeasibleRequestException when the bounds cannot meet the total, or the strata of
   *     positive weight cannot take what the strata of weight 0 leave; the figures carry the
   *     numbers
   */
  public static Allocation allocate(
      AllocationMethod method, long total, Collection<Stratum> strata) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(strata, "strata");
    if (total < 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "Invalid value for total (valid values >= 0): %d", total));
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
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Invalid value for stratum %s: method %s needs its rate",
                s[i].id(),
                method.label()));
      }
      keys[i] = s[i].id().getBytes(StandardCharsets.UTF_8);
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> UTF8_ORDER.compare(keys[a], keys[b]));
    Stratum[] sorted = new Stratum[h];
    for (int i = 0; i < h; i++) {
      sorted[i] = s[order[i]];
      if (i > 0 && Arrays.equals(keys[order[i]], keys[order[i - 1]])) {
        throw new IllegalArgumentException(
            "Invalid value for strata (unique ids): duplicate id " + sorted[i].id());
      }
    }
    long population = 0;
    for (Stratum t : sorted) {
      if (t.size() > Long.MAX_VALUE - population) {
        // Every sum below (of bounds, of reach) is at most the population: checked once here.
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Invalid value for strata (sizes summing to at most %d units): stratum %s of %d"
                    + " units takes the sum past it",
                Long.MAX_VALUE,
                t.id(),
                t.size()));
      }
      population += t.size();
    }
    long[] lo = new long[h];
    long[] hi = new long[h];
    Surd[] w = new Surd[h];
    long sumLo = 0;
    long sumHi = 0;
    long reach = 0; // the most the quotas can sum to: U_h, or L_h for a stratum of weight 0
    List<String> stuck = new ArrayList<>();
    for (int i = 0; i < h; i++) {
      lo[i] = sorted[i].minSampleSize();
      hi[i] = sorted[i].maxSampleSize();
      if (lo[i] > hi[i]) {
        throw infeasible(
            String.format(
                Locale.ROOT,
                "stratum %s: ratio bounds [%s, %s] admit no whole sample size of its %d units (ceil %d > floor %d)",
                sorted[i].id(),
                sorted[i].minRatio().toPlainString(),
                sorted[i].maxRatio().toPlainString(),
                sorted[i].size(),
                lo[i],
                hi[i]),
            total,
            lo[i],
            hi[i]);
      }
      w[i] = method.weight(sorted[i]);
      if (!w[i].isZero() && !(w[i].approx >= Double.MIN_NORMAL)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Invalid value for rate of stratum %s (a weight of at least 2^-1022): %s",
                sorted[i].id(),
                sorted[i].rate().map(Rate::toString).orElse("none")));
      }
      sumLo += lo[i];
      sumHi += hi[i];
      reach += w[i].isZero() ? lo[i] : hi[i];
      if (w[i].isZero() && hi[i] > lo[i]) {
        stuck.add(sorted[i].id());
      }
    }
    if (total < sumLo) {
      throw infeasible(
          String.format(
              Locale.ROOT,
              "total %d is below the %d units the minimum ratios require (sum of ceil(minRatio x N_h))",
              total,
              sumLo),
          total,
          sumLo,
          sumHi);
    }
    if (total > sumHi) {
      throw infeasible(
          String.format(
              Locale.ROOT,
              "total %d is above the %d units the maximum ratios allow (sum of floor(maxRatio x N_h))",
              total,
              sumHi),
          total,
          sumLo,
          sumHi);
    }
    if (total > reach) {
      if (reach == sumLo) {
        throw infeasible(
            String.format(
                Locale.ROOT,
                "total %d exceeds the %d units the minimum ratios require, and every stratum that could take more"
                    + " has weight 0",
                total,
                sumLo),
            total,
            sumLo,
            reach);
      }
      throw infeasible(
          String.format(
              Locale.ROOT,
              "total %d is above the %d units the quotas can reach: the strata of weight 0 (%s) keep their quota"
                  + " ceil(minRatio x N_h), the others take at most floor(maxRatio x N_h), and each n_h must be"
                  + " the floor or ceiling of its quota",
              total,
              reach,
              names(stuck)),
          total,
          sumLo,
          reach);
    }
    QuotaSolver solved = new QuotaSolver(total, lo, hi, w);
    long[] n = solved.sizes();
    ImmutableMap.Builder<String, Long> sizes = ImmutableMap.builderWithExpectedSize(h);
    ImmutableMap.Builder<String, Double> quotas = ImmutableMap.builderWithExpectedSize(h);
    for (int i = 0; i < h; i++) {
      sizes.put(sorted[i].id(), n[i]);
      quotas.put(sorted[i].id(), solved.quotaApprox(i));
    }
    return new Allocation(method, total, sizes.buildOrThrow(), quotas.buildOrThrow());
  }

  private static String names(List<String> ids) {
    int shown = Math.min(ids.size(), 10);
    String head = String.join(", ", ids.subList(0, shown));
    return ids.size() > shown
        ? head + String.format(Locale.ROOT, " and %d more", ids.size() - shown)
        : head;
  }

  private static InfeasibleRequestException infeasible(
      String message, long total, long minimum, long maximum) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("total", total);
    figures.put("minimum", minimum);
    figures.put("maximum", maximum);
    return new InfeasibleRequestException("Infeasible allocation: " + message, figures);
  }
}
