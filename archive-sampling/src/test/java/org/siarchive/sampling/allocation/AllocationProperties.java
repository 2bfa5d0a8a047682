package org.siarchive.sampling.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siarchive.sampling.InfeasibleRequestException;

/**
 * Allocation against {@link AllocationOracle}: the same sizes (so the same tie order) or the same
 * refusal, the sum exact, the bounds and the quota rule held on the oracle's quotas, and no
 * dependence on the input order. The generators favour ties: sizes of 100, 200 or 300 units and
 * rates such as 0.05 and 0.95 whose Neyman weights are equal.
 */
class AllocationProperties {

  /** A stratum spec: size, rate in per mille, bound in percent, history (inspected, defective). */
  private static Gen<List<Integer>> spec() {
    Gen<Integer> size = integers().between(0, 500).mix(integers().between(1, 3).map(k -> 100 * k));
    Gen<Integer> rate =
        integers()
            .between(0, 1000)
            .mix(integers().between(0, 5).map(k -> new int[] {50, 950, 500, 100, 900, 0}[k]));
    return size.zip(
        rate,
        integers().between(0, 100),
        integers().between(0, 60),
        (n, p, bound, history) -> List.of(n, p, bound, history));
  }

  private static List<Stratum> strata(List<List<Integer>> specs, int variant) {
    List<Stratum> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      List<Integer> s = specs.get(i);
      Stratum st =
          variant == 2
              ? Stratum.ofHistory(
                  "s" + i, s.get(0), s.get(3), s.get(3) * s.get(1) / 1000, RatePrior.LAPLACE)
              : Stratum.of("s" + i, s.get(0), BigDecimal.valueOf(s.get(1), 3));
      if (variant == 1) {
        st =
            st.withRatioBounds(
                BigDecimal.valueOf(s.get(2) / 2, 2), BigDecimal.valueOf(50 + s.get(2) / 2, 2));
      }
      out.add(st);
    }
    return out;
  }

  @Test
  void allocation_matchesExactOracle_sumQuotaRuleBoundsAndOrder() {
    qt().withFixedSeed(123L)
        .withExamples(400)
        .forAll(
            lists().of(spec()).ofSizeBetween(1, 8),
            integers().between(0, 1500),
            integers().between(0, 2),
            integers().between(0, 2))
        .checkAssert(
            (specs, total, methodIndex, variant) -> {
              AllocationMethod method = AllocationMethod.values()[methodIndex];
              List<Stratum> strata = strata(specs, variant);
              check(method, total, strata);
            });
  }

  @Test
  void allocation_smallTotalsOverTiedStrata_matchOracle() {
    // every stratum one of three shapes: exact ties everywhere, totals around the number of strata
    qt().withFixedSeed(7L)
        .withExamples(300)
        .forAll(
            lists().of(integers().between(0, 2)).ofSizeBetween(2, 9),
            integers().between(0, 12),
            integers().between(0, 2))
        .checkAssert(
            (shapes, total, methodIndex) -> {
              List<Stratum> strata = new ArrayList<>();
              String[] rates = {"0.05", "0.95", "0.5"};
              for (int i = 0; i < shapes.size(); i++) {
                strata.add(
                    Stratum.of(
                        "t" + (char) ('a' + i),
                        100 * (1 + shapes.get(i) % 2),
                        new BigDecimal(rates[shapes.get(i)])));
              }
              check(AllocationMethod.values()[methodIndex], total, strata);
            });
  }

  @Test
  void neymanWeightsEqualButWrittenWithOtherRadicands_matchOracle() {
    // 53k units at 1/4 weigh 53k sqrt(3) / 4; 703k units at 3/2812 weigh 703k sqrt(3 x 53^2) /
    // 2812,
    // the same number with a radicand the solver keeps apart; 100k at 1/2 weigh 50k
    Rate quarter = Rate.of(java.math.BigInteger.ONE, java.math.BigInteger.valueOf(4));
    Rate odd = Rate.of(java.math.BigInteger.valueOf(3), java.math.BigInteger.valueOf(2812));
    Rate half = Rate.parse("0.5");
    assertThat(AllocationMethod.NEYMAN.weight(Stratum.of("a", 53, quarter)).rad)
        .isNotEqualTo(AllocationMethod.NEYMAN.weight(Stratum.of("b", 703, odd)).rad);
    qt().withFixedSeed(53L)
        .withExamples(60)
        .forAll(
            lists().of(integers().between(0, 8)).ofSizeBetween(2, 6),
            integers().between(0, 60),
            integers().between(0, 1))
        .checkAssert(
            (shapes, total, bounded) -> {
              List<Stratum> strata = new ArrayList<>();
              for (int i = 0; i < shapes.size(); i++) {
                int k = 1 + shapes.get(i) / 3;
                Stratum st =
                    switch (shapes.get(i) % 3) {
                      case 0 -> Stratum.of("r" + i, 53L * k, quarter);
                      case 1 -> Stratum.of("r" + i, 703L * k, odd);
                      default -> Stratum.of("r" + i, 100L * k, half);
                    };
                if (bounded == 1) {
                  st = st.withRatioBounds(new BigDecimal("0.01"), new BigDecimal("0.1"));
                }
                strata.add(st);
              }
              check(AllocationMethod.NEYMAN, total, strata);
            });
  }

  @Test
  void identicalStrata_neverGiveALaterIdMore() {
    qt().withFixedSeed(99L)
        .withExamples(200)
        .forAll(
            integers().between(1, 20),
            integers().between(1, 1000),
            integers().between(0, 1000),
            integers().between(0, 2))
        .checkAssert(
            (count, size, permille, methodIndex) -> {
              List<Stratum> strata = new ArrayList<>();
              for (int i = 0; i < count; i++) {
                strata.add(
                    Stratum.of(String.format("id-%02d", i), size, BigDecimal.valueOf(permille, 3)));
              }
              long total = (long) size * count / 3;
              AllocationMethod method = AllocationMethod.values()[methodIndex];
              if (method != AllocationMethod.PROPORTIONAL && permille % 1000 == 0 && total > 0) {
                return; // weight 0 everywhere: refused, checked elsewhere
              }
              List<Long> sizes =
                  new ArrayList<>(Allocation.allocate(method, total, strata).sizes().values());
              for (int i = 1; i < sizes.size(); i++) {
                assertThat(sizes.get(i))
                    .as("%s of %d x %d at %d per mille", method, count, size, permille)
                    .isLessThanOrEqualTo(sizes.get(i - 1))
                    .isGreaterThanOrEqualTo(sizes.get(i - 1) - 1);
              }
            });
  }

  private static void check(AllocationMethod method, long total, List<Stratum> strata) {
    Optional<AllocationOracle.Answer> expected = AllocationOracle.allocate(method, total, strata);
    Allocation a;
    try {
      a = Allocation.allocate(method, total, strata);
    } catch (InfeasibleRequestException e) {
      assertThat(expected)
          .as("%s %d %s refused: %s", method, total, strata, e.getMessage())
          .isEmpty();
      return;
    }
    assertThat(expected).as("%s %d %s: the oracle refuses", method, total, strata).isPresent();
    AllocationOracle.Answer o = expected.orElseThrow();
    assertThat(a.sizes()).as("%s total %d over %s", method, total, strata).isEqualTo(o.sizes());
    assertThat(a.sizes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
    for (Stratum s : strata) {
      long n = a.sizes().get(s.id());
      BigDecimal q = o.quotas().get(s.id());
      assertThat(n).as("bounds of %s", s).isBetween(s.minSampleSize(), s.maxSampleSize());
      long floor = q.setScale(0, RoundingMode.FLOOR).longValueExact();
      long ceil = q.setScale(0, RoundingMode.CEILING).longValueExact();
      // quotas within 1e-100 of a whole number are that number for the oracle
      BigDecimal nearest = q.setScale(0, RoundingMode.HALF_EVEN);
      if (q.subtract(nearest).abs().compareTo(new BigDecimal("1e-100")) < 0) {
        floor = nearest.longValueExact();
        ceil = floor;
      }
      assertThat(n)
          .as("quota rule for %s, quota %s", s.id(), q.round(MathContext.DECIMAL64))
          .isBetween(floor, ceil);
      assertThat(a.quotas().get(s.id()))
          .as("quota of %s", s.id())
          .isCloseTo(
              q.doubleValue(),
              org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, q.doubleValue())));
    }
    List<Stratum> shuffled = new ArrayList<>(strata);
    Collections.shuffle(shuffled, new Random(total));
    Map<String, Long> again = Allocation.allocate(method, total, shuffled).sizes();
    assertThat(again).isEqualTo(a.sizes());
  }
}
