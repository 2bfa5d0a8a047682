package org.siarchive.sampling.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.sampling.InfeasibleRequestException;

class AllocationTest {

  @Test
  void allocate_proportional_exactShares() {
    Allocation a = Allocation.allocate(AllocationMethod.PROPORTIONAL, 10,
        List.of(Stratum.of("C", 20), Stratum.of("A", 50), Stratum.of("B", 30)));
    assertThat(a.sizes()).containsExactly(entry("A", 5L), entry("B", 3L), entry("C", 2L));
  }

  @Test
  void allocate_equalRemainders_tieGoesToFirstIdInUtf8Order() {
    Allocation a = Allocation.allocate(AllocationMethod.PROPORTIONAL, 10,
        List.of(Stratum.of("b", 100), Stratum.of("c", 100), Stratum.of("a", 100)));
    // quotas 3.33 each: the one unit left goes to "a"
    assertThat(a.sizes()).containsExactly(entry("a", 4L), entry("b", 3L), entry("c", 3L));
  }

  @Test
  void allocate_defectRate_proportionalToSizeTimesRate() {
    Allocation a = Allocation.allocate(AllocationMethod.DEFECT_RATE, 20,
        List.of(Stratum.of("A", 100, 0.02), Stratum.of("B", 100, 0.08)));
    assertThat(a.sizes()).containsExactly(entry("A", 4L), entry("B", 16L));
  }

  @Test
  void allocate_neyman_usesSqrtOfPTimesOneMinusP() {
    // S_A = sqrt(0.1 x 0.9) = 0.3, S_B = sqrt(0.5 x 0.5) = 0.5: quotas 30 x 0.3/0.8 = 11.25 and 18.75
    Allocation a = Allocation.allocate(AllocationMethod.NEYMAN, 30,
        List.of(Stratum.of("A", 1000, 0.1), Stratum.of("B", 1000, 0.5)));
    assertThat(a.quotas().get("A")).isCloseTo(11.25, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(a.sizes()).containsExactly(entry("A", 11L), entry("B", 19L));
  }

  @Test
  void allocate_boundsBind_quotasRedistributed() {
    BigDecimal tenPercent = new BigDecimal("0.10");
    BigDecimal thirtyPercent = new BigDecimal("0.30");
    Allocation a = Allocation.allocate(AllocationMethod.DEFECT_RATE, 60, List.of(
        Stratum.of("A", 100, 0.01).withRatioBounds(tenPercent, thirtyPercent),
        Stratum.of("B", 100, 0.20).withRatioBounds(tenPercent, thirtyPercent),
        Stratum.of("C", 100, 0.05).withRatioBounds(tenPercent, thirtyPercent)));
    // B is capped at 30, A held at its floor of 10, C takes the rest
    assertThat(a.sizes()).containsExactly(entry("A", 10L), entry("B", 30L), entry("C", 20L));
  }

  @Test
  void allocate_historyWithoutDefects_neverGetsZero() {
    Allocation a = Allocation.allocate(AllocationMethod.DEFECT_RATE, 50, List.of(
        Stratum.ofHistory("new", 1000, 0, 0, RatePrior.LAPLACE),
        Stratum.ofHistory("clean", 1000, 500, 0, RatePrior.LAPLACE),
        Stratum.ofHistory("poor", 1000, 500, 50, RatePrior.LAPLACE)));
    // Laplace: the stratum without history gets the prior mean 0.5; "clean" 1/502, not 0
    assertThat(a.sizes().get("new")).isPositive();
    assertThat(a.quotas().values()).allSatisfy(q -> assertThat(q).isPositive());
    assertThat(a.sizes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(50);
    Allocation pooled = Allocation.allocate(AllocationMethod.DEFECT_RATE, 50, List.of(
        Stratum.ofHistory("new", 1000, 0, 0, RatePrior.ofMean(0.05, 20)),
        Stratum.ofHistory("poor", 1000, 500, 50, RatePrior.ofMean(0.05, 20))));
    assertThat(pooled.sizes().get("new")).isPositive();
  }

  @Test
  void allocate_boundsCannotMeetTotal_refusedWithTheNumbers() {
    BigDecimal max = new BigDecimal("0.20");
    assertThatThrownBy(() -> Allocation.allocate(AllocationMethod.PROPORTIONAL, 50,
            List.of(Stratum.of("A", 100).withRatioBounds(BigDecimal.ZERO, max),
                Stratum.of("B", 100).withRatioBounds(BigDecimal.ZERO, max))))
        .isInstanceOf(InfeasibleRequestException.class)
        .hasMessage("Infeasible allocation: total 50 is above the 40 units the maximum ratios allow"
            + " (sum of floor(maxRatio x N_h))")
        .satisfies(e -> assertThat(((InfeasibleRequestException) e).figures())
            .containsEntry("total", 50L).containsEntry("maximum", 40L));
    assertThatThrownBy(() -> Allocation.allocate(AllocationMethod.PROPORTIONAL, 5,
            List.of(Stratum.of("A", 100).withRatioBounds(new BigDecimal("0.1"), BigDecimal.ONE))))
        .hasMessage("Infeasible allocation: total 5 is below the 10 units the minimum ratios require"
            + " (sum of ceil(minRatio x N_h))");
    assertThatThrownBy(() -> Allocation.allocate(AllocationMethod.PROPORTIONAL, 2,
            List.of(Stratum.of("A", 10).withRatioBounds(new BigDecimal("0.15"), new BigDecimal("0.15")))))
        .hasMessageContaining("stratum A: ratio bounds [0.15, 0.15] admit no whole sample size of its 10 units");
    assertThatThrownBy(() -> Allocation.allocate(AllocationMethod.DEFECT_RATE, 5,
            List.of(Stratum.of("A", 10, 0.0), Stratum.of("B", 10, 0.0))))
        .hasMessageContaining("every stratum that could take more has weight 0");
  }

  @Test
  void allocate_invalidArguments_nameThem() {
    assertThatThrownBy(() -> Allocation.allocate(AllocationMethod.NEYMAN, 5, List.of(Stratum.of("A", 10))))
        .hasMessage("Invalid value for stratum A: method neyman needs its rate");
    assertThatThrownBy(() -> Allocation.allocate(AllocationMethod.PROPORTIONAL, 5,
            List.of(Stratum.of("A", 10), Stratum.of("A", 20))))
        .hasMessage("Invalid value for strata (unique ids): duplicate id A");
    assertThatThrownBy(() -> Allocation.allocate(AllocationMethod.PROPORTIONAL, -1, List.of(Stratum.of("A", 10))))
        .hasMessage("Invalid value for total (valid values >= 0): -1");
    assertThatThrownBy(() -> Stratum.of("A", 10, 1.5))
        .hasMessage("Invalid value for rate of stratum A (valid values 0 - 1): 1.5");
    assertThatThrownBy(() -> Stratum.of("A", 10).withRatioBounds(new BigDecimal("0.5"), new BigDecimal("0.2")))
        .hasMessage("Invalid ratio bounds of stratum A (minRatio <= maxRatio): 0.5 > 0.2");
    assertThatThrownBy(() -> AllocationMethod.parse("random"))
        .hasMessage("Invalid value for method (valid values proportional, neyman, defect-rate): random");
    assertThatThrownBy(() -> RatePrior.LAPLACE.smoothedRate(10, 11))
        .hasMessage("Invalid value for defective (valid values 0 - 10): 11");
  }

  @Test
  void ratePrior_laplace_isPosteriorMean() {
    assertThat(RatePrior.LAPLACE.smoothedRate(0, 0)).isEqualTo(0.5);
    assertThat(RatePrior.LAPLACE.smoothedRate(200, 0)).isEqualTo(1.0 / 202);
    assertThat(RatePrior.of(1, 19).smoothedRate(0, 0)).isEqualTo(0.05);
    assertThat(RatePrior.ofMean(0.05, 20)).isEqualTo(RatePrior.of(1, 19));
    assertThatThrownBy(() -> RatePrior.ofMean(0, 20)).hasMessage("Invalid value for mean (valid values > 0 - 1 exclusive): 0.0");
  }

  @Test
  void allocate_hundredThousandStrata_sumsExactly_inNearLinearTime() {
    List<Stratum> strata = new java.util.ArrayList<>();
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    for (int i = 0; i < 100_000; i++) {
      strata.add(Stratum.of("s" + i, 1 + random.nextInt(10_000), 0.001 + random.nextDouble() * 0.2));
    }
    Allocation.allocate(AllocationMethod.NEYMAN, 1_000_000, strata); // warm-up
    long start = System.nanoTime();
    Allocation a = Allocation.allocate(AllocationMethod.NEYMAN, 1_000_000, strata);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(a.sizes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1_000_000);
    // a loose bound that catches a quadratic regression on a loaded 2-core machine; JMH reports the figure
    assertThat(millis).as("ms for 10^5 strata").isLessThan(5_000);
  }
}
