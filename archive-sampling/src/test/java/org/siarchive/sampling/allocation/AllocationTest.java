package org.siarchive.sampling.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.sampling.InfeasibleRequestException;

class AllocationTest {

  @Test
  void allocate_proportional_exactShares() {
    Allocation a =
        Allocation.allocate(
            AllocationMethod.PROPORTIONAL,
            10,
            List.of(Stratum.of("C", 20), Stratum.of("A", 50), Stratum.of("B", 30)));
    assertThat(a.sizes()).containsExactly(entry("A", 5L), entry("B", 3L), entry("C", 2L));
  }

  @Test
  void allocate_equalRemainders_tieGoesToFirstIdInUtf8Order() {
    Allocation a =
        Allocation.allocate(
            AllocationMethod.PROPORTIONAL,
            10,
            List.of(Stratum.of("b", 100), Stratum.of("c", 100), Stratum.of("a", 100)));
    // quotas 3.33 each: the one unit left goes to "a"
    assertThat(a.sizes()).containsExactly(entry("a", 4L), entry("b", 3L), entry("c", 3L));
  }

  @Test
  void allocate_defectRate_proportionalToSizeTimesRate() {
    Allocation a =
        Allocation.allocate(
            AllocationMethod.DEFECT_RATE,
            20,
            List.of(
                Stratum.of("A", 100, new BigDecimal("0.02")),
                Stratum.of("B", 100, new BigDecimal("0.08"))));
    assertThat(a.sizes()).containsExactly(entry("A", 4L), entry("B", 16L));
  }

  @Test
  void allocate_neyman_usesSqrtOfPTimesOneMinusP() {
    // S_A = sqrt(0.1 x 0.9) = 0.3, S_B = sqrt(0.5 x 0.5) = 0.5: quotas 30 x 0.3/0.8 = 11.25 and
    // 18.75
    Allocation a =
        Allocation.allocate(
            AllocationMethod.NEYMAN,
            30,
            List.of(
                Stratum.of("A", 1000, new BigDecimal("0.1")),
                Stratum.of("B", 1000, new BigDecimal("0.5"))));
    assertThat(a.quotas().get("A")).isCloseTo(11.25, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(a.sizes()).containsExactly(entry("A", 11L), entry("B", 19L));
  }

  @Test
  void allocate_boundsBind_quotasRedistributed() {
    BigDecimal tenPercent = new BigDecimal("0.10");
    BigDecimal thirtyPercent = new BigDecimal("0.30");
    Allocation a =
        Allocation.allocate(
            AllocationMethod.DEFECT_RATE,
            60,
            List.of(
                Stratum.of("A", 100, new BigDecimal("0.01"))
                    .withRatioBounds(tenPercent, thirtyPercent),
                Stratum.of("B", 100, new BigDecimal("0.20"))
                    .withRatioBounds(tenPercent, thirtyPercent),
                Stratum.of("C", 100, new BigDecimal("0.05"))
                    .withRatioBounds(tenPercent, thirtyPercent)));
    // B is capped at 30, A held at its floor of 10, C takes the rest
    assertThat(a.sizes()).containsExactly(entry("A", 10L), entry("B", 30L), entry("C", 20L));
  }

  @Test
  void allocate_historyWithoutDefects_neverGetsZero() {
    Allocation a =
        Allocation.allocate(
            AllocationMethod.DEFECT_RATE,
            50,
            List.of(
                Stratum.ofHistory("new", 1000, 0, 0, RatePrior.LAPLACE),
                Stratum.ofHistory("clean", 1000, 500, 0, RatePrior.LAPLACE),
                Stratum.ofHistory("poor", 1000, 500, 50, RatePrior.LAPLACE)));
    // Laplace: the stratum without history gets the prior mean 0.5; "clean" 1/502, not 0
    assertThat(a.sizes().get("new")).isPositive();
    assertThat(a.quotas().values()).allSatisfy(q -> assertThat(q).isPositive());
    assertThat(a.sizes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(50);
    Allocation pooled =
        Allocation.allocate(
            AllocationMethod.DEFECT_RATE,
            50,
            List.of(
                Stratum.ofHistory(
                    "new",
                    1000,
                    0,
                    0,
                    RatePrior.ofMean(new BigDecimal("0.05"), BigDecimal.valueOf(20))),
                Stratum.ofHistory(
                    "poor",
                    1000,
                    500,
                    50,
                    RatePrior.ofMean(new BigDecimal("0.05"), BigDecimal.valueOf(20)))));
    assertThat(pooled.sizes().get("new")).isPositive();
  }

  @Test
  void allocate_boundsCannotMeetTotal_refusedWithTheNumbers() {
    BigDecimal max = new BigDecimal("0.20");
    assertThatThrownBy(
            () ->
                Allocation.allocate(
                    AllocationMethod.PROPORTIONAL,
                    50,
                    List.of(
                        Stratum.of("A", 100).withRatioBounds(BigDecimal.ZERO, max),
                        Stratum.of("B", 100).withRatioBounds(BigDecimal.ZERO, max))))
        .isInstanceOf(InfeasibleRequestException.class)
        .hasMessage(
            "Infeasible allocation: total 50 is above the 40 units the maximum ratios allow"
                + " (sum of floor(maxRatio x N_h))")
        .satisfies(
            e ->
                assertThat(((InfeasibleRequestException) e).figures())
                    .containsEntry("total", 50L)
                    .containsEntry("maximum", 40L));
    assertThatThrownBy(
            () ->
                Allocation.allocate(
                    AllocationMethod.PROPORTIONAL,
                    5,
                    List.of(
                        Stratum.of("A", 100)
                            .withRatioBounds(new BigDecimal("0.1"), BigDecimal.ONE))))
        .hasMessage(
            "Infeasible allocation: total 5 is below the 10 units the minimum ratios require"
                + " (sum of ceil(minRatio x N_h))");
    assertThatThrownBy(
            () ->
                Allocation.allocate(
                    AllocationMethod.PROPORTIONAL,
                    2,
                    List.of(
                        Stratum.of("A", 10)
                            .withRatioBounds(new BigDecimal("0.15"), new BigDecimal("0.15")))))
        .hasMessageContaining(
            "stratum A: ratio bounds [0.15, 0.15] admit no whole sample size of its 10 units");
    assertThatThrownBy(
            () ->
                Allocation.allocate(
                    AllocationMethod.DEFECT_RATE,
                    5,
                    List.of(
                        Stratum.of("A", 10, new BigDecimal("0.0")),
                        Stratum.of("B", 10, new BigDecimal("0.0")))))
        .hasMessageContaining("every stratum that could take more has weight 0");
  }

  @Test
  void allocate_boundsAtTheirLimits_areMet() {
    BigDecimal max = new BigDecimal("0.20");
    // the total at exactly what the maximum ratios allow
    Allocation full =
        Allocation.allocate(
            AllocationMethod.PROPORTIONAL,
            40,
            List.of(
                Stratum.of("A", 100).withRatioBounds(BigDecimal.ZERO, max),
                Stratum.of("B", 100).withRatioBounds(BigDecimal.ZERO, max)));
    assertThat(full.sizes()).containsExactly(entry("A", 20L), entry("B", 20L));
    // equal ratio bounds fix a stratum's size
    BigDecimal half = new BigDecimal("0.5");
    Allocation fixed =
        Allocation.allocate(
            AllocationMethod.PROPORTIONAL,
            12,
            List.of(Stratum.of("A", 10).withRatioBounds(half, half), Stratum.of("B", 90)));
    assertThat(fixed.sizes()).containsExactly(entry("A", 5L), entry("B", 7L));
    assertThat(fixed.quotas()).containsEntry("A", 5.0);
  }

  @Test
  void allocate_stratumCappedAtZero_takesNothing() {
    Allocation a =
        Allocation.allocate(
            AllocationMethod.PROPORTIONAL,
            10,
            List.of(
                Stratum.of("A", 100).withRatioBounds(BigDecimal.ZERO, BigDecimal.ZERO),
                Stratum.of("B", 100)));
    assertThat(a.sizes()).containsExactly(entry("A", 0L), entry("B", 10L));
    assertThat(a.quotas()).containsExactly(entry("A", 0.0), entry("B", 10.0));
  }

  @Test
  void allocate_weightZeroStrataThatCouldTakeMore_areNamed_tenAtMost() {
    BigDecimal half = new BigDecimal("0.5");
    // B has weight 0 but no room (5 to 5): only C is named
    assertThatThrownBy(
            () ->
                Allocation.allocate(
                    AllocationMethod.DEFECT_RATE,
                    25,
                    List.of(
                        Stratum.of("A", 10, half),
                        Stratum.of("B", 10, BigDecimal.ZERO).withRatioBounds(half, half),
                        Stratum.of("C", 10, BigDecimal.ZERO))))
        .hasMessageStartingWith(
            "Infeasible allocation: total 25 is above the 15 units the quotas can reach: the strata"
                + " of weight 0 (C) keep");
    List<Stratum> strata = new java.util.ArrayList<>();
    strata.add(Stratum.of("A", 10, half));
    for (int i = 0; i < 12; i++) {
      strata.add(Stratum.of(String.format("Z%02d", i), 10, BigDecimal.ZERO));
    }
    assertThatThrownBy(() -> Allocation.allocate(AllocationMethod.NEYMAN, 11, strata))
        .hasMessageContaining(
            "(Z00, Z01, Z02, Z03, Z04, Z05, Z06, Z07, Z08, Z09 and 2 more) keep their quota");
  }

  @Test
  void allocate_invalidArguments_nameThem() {
    assertThatThrownBy(
            () -> Allocation.allocate(AllocationMethod.NEYMAN, 5, List.of(Stratum.of("A", 10))))
        .hasMessage("Invalid value for stratum A: method neyman needs its rate");
    assertThatThrownBy(
            () ->
                Allocation.allocate(
                    AllocationMethod.PROPORTIONAL,
                    5,
                    List.of(Stratum.of("A", 10), Stratum.of("A", 20))))
        .hasMessage("Invalid value for strata (unique ids): duplicate id A");
    assertThatThrownBy(
            () ->
                Allocation.allocate(
                    AllocationMethod.PROPORTIONAL, -1, List.of(Stratum.of("A", 10))))
        .hasMessage("Invalid value for total (valid values >= 0): -1");
    assertThatThrownBy(() -> Stratum.of("A", 10, new BigDecimal("1.5")))
        .hasMessage("Invalid value for rate of stratum A (valid values 0 - 1): 1.5");
    assertThatThrownBy(
            () -> Stratum.of("A", 10).withRatioBounds(new BigDecimal("-0.1"), BigDecimal.ONE))
        .hasMessage("Invalid value for minRatio of stratum A (valid values 0 - 1): -0.1");
    assertThatThrownBy(
            () -> Stratum.of("A", 10).withRatioBounds(BigDecimal.ZERO, new BigDecimal("1.5")))
        .hasMessage("Invalid value for maxRatio of stratum A (valid values 0 - 1): 1.5");
    assertThat(Stratum.of("A", 10).withRatioBounds(BigDecimal.ZERO, BigDecimal.ONE).maxSampleSize())
        .isEqualTo(10);
    assertThatThrownBy(
            () -> Stratum.of("A", 10).withRatioBounds(new BigDecimal("0.5"), new BigDecimal("0.2")))
        .hasMessage("Invalid ratio bounds of stratum A (minRatio <= maxRatio): 0.5 > 0.2");
    assertThatThrownBy(() -> AllocationMethod.parse("random"))
        .hasMessage(
            "Invalid value for method (valid values proportional, neyman, defect-rate): random");
    assertThatThrownBy(() -> RatePrior.LAPLACE.smoothedRate(10, 11))
        .hasMessage("Invalid value for defective (valid values 0 - 10): 11");
  }

  @Test
  void allocate_strataPastLongRange_refusedNamingTheStratum_notAsAnOverflow() {
    for (AllocationMethod method : AllocationMethod.values()) {
      List<Stratum> strata =
          List.of(
              Stratum.of("A", Long.MAX_VALUE - 4, new BigDecimal("0.5")),
              Stratum.of("B", 5, new BigDecimal("0.5")));
      assertThatThrownBy(() -> Allocation.allocate(method, 10, strata))
          .as(method.label())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Invalid value for strata (sizes summing to at most 9223372036854775807 units):"
                  + " stratum B of 5 units takes the sum past it");
    }
    // Exactly the largest population is still allocated, exactly.
    Allocation edge =
        Allocation.allocate(
            AllocationMethod.PROPORTIONAL,
            10,
            List.of(Stratum.of("A", Long.MAX_VALUE - 5), Stratum.of("B", 5)));
    assertThat(edge.sizes()).containsEntry("A", 10L).containsEntry("B", 0L);
  }

  @Test
  void ratePrior_laplace_isPosteriorMean_exactly() {
    assertThat(RatePrior.LAPLACE.smoothedRate(0, 0))
        .isEqualTo(Rate.of(BigInteger.ONE, BigInteger.TWO));
    assertThat(RatePrior.LAPLACE.smoothedRate(200, 0))
        .isEqualTo(Rate.of(BigInteger.ONE, BigInteger.valueOf(202)));
    assertThat(RatePrior.of(1, 19).smoothedRate(0, 0)).isEqualTo(Rate.parse("0.05"));
    assertThat(RatePrior.ofMean(new BigDecimal("0.05"), BigDecimal.valueOf(20)))
        .isEqualTo(RatePrior.of(1, 19));
    // (3 + 0.5) / (10 + 0.5 + 1.5) = 3.5 / 12 = 7/24, not a double
    assertThat(RatePrior.of(new BigDecimal("0.5"), new BigDecimal("1.5")).smoothedRate(10, 3))
        .isEqualTo(Rate.of(BigInteger.valueOf(7), BigInteger.valueOf(24)));
    assertThatThrownBy(() -> RatePrior.ofMean(BigDecimal.ZERO, BigDecimal.TEN))
        .hasMessage("Invalid value for mean (valid values > 0 - 1 exclusive): 0");
    assertThatThrownBy(() -> RatePrior.of(0, 1))
        .hasMessage("Invalid value for alpha (valid values > 0): 0");
    assertThatThrownBy(() -> RatePrior.of(1, 0))
        .hasMessage("Invalid value for beta (valid values > 0): 0");
    assertThatThrownBy(() -> RatePrior.ofMean(BigDecimal.ONE, BigDecimal.TEN))
        .hasMessage("Invalid value for mean (valid values > 0 - 1 exclusive): 1");
    assertThatThrownBy(() -> RatePrior.ofMean(new BigDecimal("0.5"), BigDecimal.ZERO))
        .hasMessage("Invalid value for strength (valid values > 0): 0");
  }

  @Test
  void rate_parse_isExact_andNamesBadText() {
    assertThat(Rate.parse("0.05")).isEqualTo(Rate.of(BigInteger.ONE, BigInteger.valueOf(20)));
    assertThat(Rate.parse("5E-2")).isEqualTo(Rate.parse("0.050"));
    assertThat(Rate.parse("0.1").toString()).isEqualTo("1/10");
    assertThat(Rate.parse("1")).isEqualTo(Rate.ONE);
    assertThatThrownBy(() -> Rate.parse("0.5d"))
        .hasMessage("Invalid value for rate (a decimal 0 - 1): 0.5d");
    assertThatThrownBy(() -> Rate.parse("1.01"))
        .hasMessage("Invalid value for rate (valid values 0 - 1): 1.01");
    assertThatThrownBy(() -> Rate.of(BigInteger.TWO, BigInteger.ONE))
        .hasMessage("Invalid value for rate (valid values 0 - 1): 2/1");
    assertThatThrownBy(() -> Rate.of(BigInteger.ZERO, BigInteger.ZERO))
        .hasMessage("Invalid value for denominator of rate (valid values >= 1): 0");
    // the ends of the range are rates
    assertThat(Rate.parse("0")).isEqualTo(Rate.ZERO);
    assertThat(Rate.parse("0.000").isZero()).isTrue();
    assertThat(Rate.parse("0.001").isZero()).isFalse();
    assertThat(Rate.parse("0.05").doubleValue()).isEqualTo(0.05);
    assertThat(Rate.of(BigInteger.ONE, BigInteger.valueOf(3)).complement())
        .isEqualTo(Rate.of(BigInteger.TWO, BigInteger.valueOf(3)));
    // 1/3 < 0.34 < 7/20, compared exactly
    Rate third = Rate.of(BigInteger.ONE, BigInteger.valueOf(3));
    assertThat(third.compareTo(Rate.parse("0.34"))).isNegative();
    assertThat(Rate.parse("0.35").compareTo(Rate.parse("0.34"))).isPositive();
    assertThat(Rate.parse("0.35").compareTo(Rate.of(BigInteger.valueOf(7), BigInteger.valueOf(20))))
        .isZero();
  }

  @Test
  void allocate_neymanSymmetricRates_exactTie_goesToFirstId() {
    // p (1 - p) is 0.0475 for both: quotas 0.5 and 0.5 exactly; in double 0.05 x 0.95 != 0.95 x
    // 0.05
    Allocation a =
        Allocation.allocate(
            AllocationMethod.NEYMAN,
            1,
            List.of(
                Stratum.of("B", 100, new BigDecimal("0.95")),
                Stratum.of("A", 100, new BigDecimal("0.05"))));
    assertThat(a.sizes()).containsExactly(entry("A", 1L), entry("B", 0L));
    assertThat(a.quotas()).containsExactly(entry("A", 0.5), entry("B", 0.5));
  }

  @Test
  void allocate_tiedRemaindersWithDifferentFloors_goToFirstId() {
    // total 2 over 100 and 300 units: quotas 0.5 and 1.5, equal fractional parts: the first id wins
    Allocation a =
        Allocation.allocate(
            AllocationMethod.PROPORTIONAL, 2, List.of(Stratum.of("B", 300), Stratum.of("A", 100)));
    assertThat(a.sizes()).containsExactly(entry("A", 1L), entry("B", 1L));
    Allocation b =
        Allocation.allocate(
            AllocationMethod.PROPORTIONAL, 2, List.of(Stratum.of("A", 300), Stratum.of("B", 100)));
    assertThat(b.sizes()).containsExactly(entry("A", 2L), entry("B", 0L));
    // Neyman with rates whose weights are a rational ratio apart: sqrt(0.0475) x 100 and x 300
    Allocation c =
        Allocation.allocate(
            AllocationMethod.NEYMAN,
            2,
            List.of(
                Stratum.of("B", 300, new BigDecimal("0.05")),
                Stratum.of("A", 100, new BigDecimal("0.95"))));
    assertThat(c.sizes()).containsExactly(entry("A", 1L), entry("B", 1L));
  }

  @Test
  void allocate_quotasOfOneAndAHalfAndTwoAndAHalf_tieGoesToFirstId() {
    // total 4 over 300 and 500 units: quotas exactly 1.5 and 2.5, floors 1 and 2, one unit left for
    // two equal fractional parts 0.5: it goes to the first id, whichever floor is larger
    Allocation a =
        Allocation.allocate(
            AllocationMethod.PROPORTIONAL, 4, List.of(Stratum.of("B", 500), Stratum.of("A", 300)));
    assertThat(a.sizes()).containsExactly(entry("A", 2L), entry("B", 2L));
    assertThat(a.quotas()).containsExactly(entry("A", 1.5), entry("B", 2.5));
    Allocation b =
        Allocation.allocate(
            AllocationMethod.PROPORTIONAL, 4, List.of(Stratum.of("A", 500), Stratum.of("B", 300)));
    assertThat(b.sizes()).containsExactly(entry("A", 3L), entry("B", 1L));
  }

  @Test
  void allocate_fractionalPartsCloserThanDoubleError_sameFloor_largerPartWins() {
    // quotas (5 x 10^14 - 1) / 10^15 and (5 x 10^14 + 1) / 10^15: 2 x 10^-15 apart, inside the
    // doubles' error bound; the exact comparison gives the unit to B, not to the first id
    Allocation a =
        Allocation.allocate(
            AllocationMethod.PROPORTIONAL,
            1,
            List.of(
                Stratum.of("A", 500_000_000_000_000L - 1), Stratum.of("B", 500_000_000_000_001L)));
    assertThat(a.sizes()).containsExactly(entry("A", 0L), entry("B", 1L));
  }

  @Test
  void allocate_fractionalPartsCloserThanDoubleError_differentFloors_largerPartWins() {
    // total 2 over 2 x 10^15 units: quotas 1.5 - 10^-15 and 0.5 + 10^-15; B's fractional part is
    // the larger by 2 x 10^-15, so B gets the unit left although A comes first
    Allocation a =
        Allocation.allocate(
            AllocationMethod.PROPORTIONAL,
            2,
            List.of(
                Stratum.of("A", 1_500_000_000_000_000L - 1),
                Stratum.of("B", 500_000_000_000_001L)));
    assertThat(a.sizes()).containsExactly(entry("A", 1L), entry("B", 1L));
  }

  @Test
  void allocate_quotaAHairBelowAWholeNumber_getsTheFirstUnitLeft() {
    // total 2 over 2 x 10^15 units: quotas 0.5 + 10^-15 (A and B) and 1 - 2 x 10^-15 (C); floors
    // 0, 0, 0 leave 2 units: C's fractional part is the largest, then A before B
    Allocation a =
        Allocation.allocate(
            AllocationMethod.PROPORTIONAL,
            2,
            List.of(
                Stratum.of("A", 500_000_000_000_001L),
                Stratum.of("B", 500_000_000_000_001L),
                Stratum.of("C", 1_000_000_000_000_000L - 2)));
    assertThat(a.sizes()).containsExactly(entry("A", 1L), entry("B", 0L), entry("C", 1L));
  }

  @Test
  void allocate_totalJustPastWhereABoundBinds_keepsThatStratumAtItsBound() {
    // A can take at most 5 x 10^14 of its 10^15 units; g(lambda) reaches 10^15 when A reaches its
    // bound, 2 units short of the total, so A stays at its bound and B takes the 2 units
    long n = 1_000_000_000_000_000L;
    Allocation a =
        Allocation.allocate(
            AllocationMethod.PROPORTIONAL,
            n + 2,
            List.of(
                Stratum.of("A", n).withRatioBounds(BigDecimal.ZERO, new BigDecimal("0.5")),
                Stratum.of("B", n)));
    assertThat(a.sizes()).containsExactly(entry("A", n / 2), entry("B", n / 2 + 2));
  }

  @Test
  void allocate_boundsBindingAtBreakpointsEqualAsDoubles_takenInTheirExactOrder() {
    // B reaches its bound at lambda = 0.49999999999999999, A at 0.5: the same double, 10^-17
    // apart. The total lies between g at the two breakpoints, so B is held at its bound of
    // 5 x 10^17 - 10 and A and C share the rest: lambda = (5 x 10^17 - 4) / (10^18 + 2), quotas
    // 1 - 10 / (10^18 + 2) for A and 5 x 10^17 - 5 + 10 / (10^18 + 2) for C
    long e18 = 1_000_000_000_000_000_000L;
    List<Stratum> strata =
        List.of(
            Stratum.of("A", 2).withRatioBounds(BigDecimal.ZERO, new BigDecimal("0.5")),
            Stratum.of("B", e18)
                .withRatioBounds(BigDecimal.ZERO, new BigDecimal("0.49999999999999999")),
            Stratum.of("C", e18));
    Allocation a = Allocation.allocate(AllocationMethod.PROPORTIONAL, e18 - 14, strata);
    assertThat(a.sizes())
        .containsExactly(entry("A", 1L), entry("B", e18 / 2 - 10), entry("C", e18 / 2 - 5));
    assertThat(a.sizes())
        .isEqualTo(
            AllocationOracle.allocate(AllocationMethod.PROPORTIONAL, e18 - 14, strata)
                .orElseThrow()
                .sizes());
  }

  @Test
  void allocate_neymanFractionalPartsApartBy10ToTheMinus50_largerPartWins() {
    // p = 0.5 + e with e = 10^-25: sqrt(p (1 - p)) = 0.5 sqrt(1 - 4 e^2), so A's weight is
    // 150 (1 - 2 e^2 + ...) against B's 50; the quotas are 1.5 - 0.75 e^2 and 0.5 + 0.75 e^2,
    // fractional parts 1.5 x 10^-50 apart, past the 50-digit estimates: the exact comparison gives
    // B the unit left, not the first id
    List<Stratum> strata =
        List.of(
            Stratum.of("A", 300, new BigDecimal("0.5000000000000000000000001")),
            Stratum.of("B", 100, new BigDecimal("0.5")));
    Allocation a = Allocation.allocate(AllocationMethod.NEYMAN, 2, strata);
    assertThat(a.sizes()).containsExactly(entry("A", 1L), entry("B", 1L));
    assertThat(a.sizes())
        .isEqualTo(
            AllocationOracle.allocate(AllocationMethod.NEYMAN, 2, strata).orElseThrow().sizes());
  }

  @Test
  void allocate_quotasWithin10ToTheMinus50OfWholeNumbers_flooredExactly() {
    // weights 50, 50 (1 - 2 e^2 + ...) and 25 with e = 10^-25: quotas 2 + 1.6 e^2, 2 - 2.4 e^2 and
    // 1 + 0.8 e^2, all equal to whole numbers in their first 50 digits: floors 2, 1 and 1, and the
    // unit left goes to B, whose fractional part is nearly 1
    List<Stratum> strata =
        List.of(
            Stratum.of("A", 100, new BigDecimal("0.5")),
            Stratum.of("B", 100, new BigDecimal("0.5000000000000000000000001")),
            Stratum.of("C", 50, new BigDecimal("0.5")));
    Allocation a = Allocation.allocate(AllocationMethod.NEYMAN, 5, strata);
    assertThat(a.sizes()).containsExactly(entry("A", 2L), entry("B", 2L), entry("C", 1L));
    assertThat(a.sizes())
        .isEqualTo(
            AllocationOracle.allocate(AllocationMethod.NEYMAN, 5, strata).orElseThrow().sizes());
  }

  @Test
  void allocate_weightZeroStratumWouldBreakTheQuotaRule_refused() {
    // A can take at most 10; B's quota is 0, so B = 5 would not be the floor or ceiling of its
    // quota
    assertThatThrownBy(
            () ->
                Allocation.allocate(
                    AllocationMethod.DEFECT_RATE,
                    15,
                    List.of(
                        Stratum.of("A", 10, new BigDecimal("0.5")),
                        Stratum.of("B", 10, BigDecimal.ZERO))))
        .isInstanceOf(InfeasibleRequestException.class)
        .hasMessage(
            "Infeasible allocation: total 15 is above the 10 units the quotas can reach: the strata of"
                + " weight 0 (B) keep their quota ceil(minRatio x N_h), the others take at most floor(maxRatio x N_h),"
                + " and each n_h must be the floor or ceiling of its quota")
        .satisfies(
            e ->
                assertThat(((InfeasibleRequestException) e).figures())
                    .containsEntry("total", 15L)
                    .containsEntry("maximum", 10L));
    Allocation ten =
        Allocation.allocate(
            AllocationMethod.DEFECT_RATE,
            10,
            List.of(
                Stratum.of("A", 10, new BigDecimal("0.5")), Stratum.of("B", 10, BigDecimal.ZERO)));
    assertThat(ten.sizes()).containsExactly(entry("A", 10L), entry("B", 0L));
  }

  @Test
  void allocate_weightOfTheLeastNormalDouble_accepted_belowItRefusedNamingTheRate() {
    // one unit at rate 2^-1022: the weight is Double.MIN_NORMAL, the least the double filter takes
    BigInteger twoTo1022 = BigInteger.ONE.shiftLeft(1022);
    Stratum least = Stratum.of("A", 1, Rate.of(BigInteger.ONE, twoTo1022));
    Stratum half = Stratum.of("B", 1, Rate.parse("0.5"));
    Allocation a = Allocation.allocate(AllocationMethod.DEFECT_RATE, 1, List.of(least, half));
    assertThat(a.sizes()).containsExactly(entry("A", 0L), entry("B", 1L));
    // half that weight is subnormal: refused, naming the stratum, the bound and the rate
    BigInteger twoTo1023 = twoTo1022.shiftLeft(1);
    Stratum below = Stratum.of("A", 1, Rate.of(BigInteger.ONE, twoTo1023));
    assertThatThrownBy(
            () -> Allocation.allocate(AllocationMethod.DEFECT_RATE, 1, List.of(below, half)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for rate of stratum A (a weight of at least 2^-1022): 1/" + twoTo1023);
  }

  @Test
  void allocate_twentyIdenticalBoundedStrata_shareEqually_unitsLeftInIdOrder() {
    // 20 strata of 100 units with ratio bounds [0.1, 0.5]: 20 breakpoints tie at lambda = 0.1
    // (each leaves L = 10) and 20 at 0.5 (each reaches U = 50), 40 events: enough for the sort
    // to merge runs, where an inconsistent tie order is detected; the quotas are total / 20 each
    BigDecimal min = new BigDecimal("0.1");
    BigDecimal max = new BigDecimal("0.5");
    List<Stratum> strata = new java.util.ArrayList<>();
    for (int i = 19; i >= 0; i--) {
      strata.add(Stratum.of(String.format("S%02d", i), 100).withRatioBounds(min, max));
    }
    Allocation even = Allocation.allocate(AllocationMethod.PROPORTIONAL, 600, strata);
    assertThat(even.sizes().values()).hasSize(20).containsOnly(30L);
    assertThat(even.quotas().values()).containsOnly(30.0);
    // 603 = 20 x 30 + 3: quotas 30.15 each, the three units left go to the first three ids
    Allocation odd = Allocation.allocate(AllocationMethod.PROPORTIONAL, 603, strata);
    for (int i = 0; i < 20; i++) {
      assertThat(odd.sizes().get(String.format("S%02d", i)))
          .as("S%02d", i)
          .isEqualTo(i < 3 ? 31L : 30L);
    }
  }

  @Test
  void allocate_hundredThousandStrata_sumsExactly_withinBounds() {
    List<Stratum> strata = new java.util.ArrayList<>();
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    for (int i = 0; i < 100_000; i++) {
      strata.add(
          Stratum.of(
              "s" + i,
              1 + random.nextInt(10_000),
              BigDecimal.valueOf(1 + random.nextInt(200_000), 6)));
    }
    Allocation a = Allocation.allocate(AllocationMethod.NEYMAN, 1_000_000, strata);
    assertThat(a.sizes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1_000_000);
    for (Stratum s : strata) {
      long n = a.sizes().get(s.id());
      double q = a.quotas().get(s.id());
      assertThat(n)
          .as("%s quota %s", s.id(), q)
          .isBetween((long) Math.floor(q) - 1, (long) Math.ceil(q) + 1)
          .isBetween(0L, s.size());
    }
  }
}
