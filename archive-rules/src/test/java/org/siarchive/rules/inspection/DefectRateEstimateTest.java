package org.siarchive.rules.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;
import org.siarchive.sampling.size.ClopperPearson;

class DefectRateEstimateTest {
  private static final StratumKey A = StratumKey.ofSubCenter("SC01");
  private static final StratumKey B = StratumKey.ofSubCenter("SC02");

  @Test
  void stratum_noProblemInTen_givesTheExactClopperPearsonLimits() {
    DefectRateEstimate e =
        DefectRateEstimate.of(List.of(new DefectRateEstimate.Observation(A, 100, 10, 0)), 0.95);
    DefectRateEstimate.Interval i = e.strata().get(0).interval();
    assertThat(i.rate()).isZero();
    assertThat(i.lower()).isZero();
    assertThat(i.upper()).isCloseTo(1 - Math.pow(0.025, 0.1), within(1e-9)); // 0.3085
    assertThat(e.overall()).isEqualTo(i);
    assertThat(e.method()).contains("Clopper-Pearson").contains("Korn-Graubard");
  }

  @Test
  void stratum_upperLimit_agreesWithTheSamplingModulesOneSidedLimit() {
    for (int x : new int[] {1, 4, 9}) {
      DefectRateEstimate.Interval i =
          DefectRateEstimate.of(List.of(new DefectRateEstimate.Observation(A, 1000, 93, x)), 0.95)
              .strata()
              .get(0)
              .interval();
      assertThat(i.upper()).isCloseTo(ClopperPearson.upperLimit(x, 93, 0.975), within(1e-12));
      assertThat(i.lower()).isLessThan((double) x / 93).isPositive();
    }
  }

  @Test
  void census_givesTheRateItself() {
    DefectRateEstimate e =
        DefectRateEstimate.of(
            List.of(
                new DefectRateEstimate.Observation(A, 20, 20, 2),
                new DefectRateEstimate.Observation(B, 30, 30, 0)),
            0.95);
    assertThat(e.overall().rate()).isCloseTo(0.04, within(1e-15));
    assertThat(e.overall().lower()).isEqualTo(e.overall().rate());
    assertThat(e.overall().upper()).isEqualTo(e.overall().rate());
  }

  @Test
  void stratified_weightsBySize_andTheIntervalHoldsTheEstimate() {
    DefectRateEstimate e =
        DefectRateEstimate.of(
            List.of(
                new DefectRateEstimate.Observation(A, 1000, 100, 4),
                new DefectRateEstimate.Observation(B, 500, 50, 0)),
            0.95);
    assertThat(e.overall().rate()).isCloseTo(1000.0 / 1500 * 0.04, within(1e-15));
    assertThat(e.overall().lower()).isPositive().isLessThan(e.overall().rate());
    assertThat(e.overall().upper()).isGreaterThan(e.overall().rate()).isLessThan(0.1);
    // The effective sample size is capped at what was inspected: never narrower than 150 volumes'.
    DefectRateEstimate pooled =
        DefectRateEstimate.of(List.of(new DefectRateEstimate.Observation(A, 1500, 150, 4)), 0.95);
    assertThat(e.overall().upper() - e.overall().lower())
        .isGreaterThanOrEqualTo(pooled.overall().upper() - pooled.overall().lower() - 1e-12);
  }

  @Test
  void planEstimate_countsTheSelectedFound_andRefusesAnIdNotSelected() {
    Population p = Population.of(Map.of(A, Draws.ids("SC01", 200), B, Draws.ids("SC02", 100)));
    InspectionPlan plan = FixedRatioPolicy.recheck(new java.math.BigDecimal("0.10")).plan(p, "s");
    Set<String> found = new HashSet<>(plan.stratum(A).selected().subList(0, 3));
    DefectRateEstimate e = plan.estimate(found, 0.95);
    assertThat(e.strata()).extracting(s -> s.observation().found()).containsExactly(3L, 0L);
    assertThat(e.strata().get(0).interval().rate()).isCloseTo(3.0 / 20, within(1e-15));
    String notSelected =
        p.ids(B).stream()
            .filter(id -> !plan.stratum(B).selected().contains(id))
            .findFirst()
            .orElseThrow();
    found.add(notSelected);
    assertThatThrownBy(() -> plan.estimate(found, 0.95))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid value for withProblems (ids of selected volumes only): " + notSelected);
  }

  @Test
  void confidenceOutsideTheOpenInterval_isRefused() {
    assertThatThrownBy(
            () ->
                DefectRateEstimate.of(
                    List.of(new DefectRateEstimate.Observation(A, 10, 1, 0)), 1.0))
        .hasMessage("Invalid value for confidence (valid values > 0 - 1 exclusive): 1.0");
  }

  /**
   * The overall interval written out from the method's own statement: {@code p = sum W_h p_h},
   * {@code v = sum W_h^2 (1 - n_h / N_h) p_h (1 - p_h) / (n_h - 1)} over strata of more than one
   * inspected volume, effective size {@code min(n, p (1 - p) / v)} (n when v is 0), and the
   * Clopper-Pearson limits of {@code p n*} successes in {@code n*} trials.
   */
  private static double[] kornGraubard(long[][] strata, double confidence) {
    double volumes = 0;
    double inspected = 0;
    for (long[] s : strata) {
      volumes += s[0];
      inspected += s[1];
    }
    double p = 0;
    double v = 0;
    for (long[] s : strata) {
      double w = s[0] / volumes;
      double ph = (double) s[2] / s[1];
      p += w * ph;
      if (s[1] > 1) {
        v += w * w * (1 - (double) s[1] / s[0]) * ph * (1 - ph) / (s[1] - 1);
      }
    }
    double n = v > 0 ? Math.min(inspected, p * (1 - p) / v) : inspected;
    double x = p * n;
    double alpha = 1 - confidence;
    double lower =
        x == 0
            ? 0
            : org.apache.commons.statistics.distribution.BetaDistribution.of(x, n - x + 1)
                .inverseCumulativeProbability(alpha / 2);
    double upper =
        x == n
            ? 1
            : org.apache.commons.statistics.distribution.BetaDistribution.of(x + 1, n - x)
                .inverseCumulativeProbability(1 - alpha / 2);
    return new double[] {p, lower, upper, n};
  }

  private static void assertOverall(double confidence, long[]... strata) {
    List<DefectRateEstimate.Observation> observed = new java.util.ArrayList<>();
    for (int i = 0; i < strata.length; i++) {
      observed.add(
          new DefectRateEstimate.Observation(
              StratumKey.ofSubCenter("SC0" + i), strata[i][0], strata[i][1], strata[i][2]));
    }
    DefectRateEstimate.Interval got = DefectRateEstimate.of(observed, confidence).overall();
    double[] want = kornGraubard(strata, confidence);
    String as = java.util.Arrays.deepToString(strata) + " n* " + want[3];
    assertThat(got.rate()).as(as).isCloseTo(want[0], within(1e-15));
    assertThat(got.lower()).as(as).isCloseTo(want[1], within(1e-12));
    assertThat(got.upper()).as(as).isCloseTo(want[2], within(1e-12));
  }

  @Test
  void stratified_overallInterval_isTheKornGraubardIntervalOfTheEffectiveSize() {
    // n* = 19.48 < 40: the design effect widens the interval beyond the 40 volumes inspected.
    assertOverall(0.95, new long[] {40, 20, 2}, new long[] {4000, 20, 2});
    // p (1 - p) / v = 39.26 > 31 inspected: capped at 31; the stratum of one volume adds no
    // variance.
    assertOverall(0.95, new long[] {100, 10, 2}, new long[] {300, 20, 1}, new long[] {50, 1, 0});
    assertOverall(0.90, new long[] {1000, 10, 0}, new long[] {1000, 10, 5});
    // n* = 19.75 < 41 with a stratum of one volume, which adds no variance (0 / 0 otherwise).
    assertOverall(0.95, new long[] {40, 20, 2}, new long[] {4000, 20, 2}, new long[] {50, 1, 0});
    // Nothing found anywhere: v = 0, the interval of 0 in the 20 inspected.
    assertOverall(0.95, new long[] {100, 10, 0}, new long[] {200, 10, 0});
    DefectRateEstimate none =
        DefectRateEstimate.of(
            List.of(
                new DefectRateEstimate.Observation(A, 100, 10, 0),
                new DefectRateEstimate.Observation(B, 200, 10, 0)),
            0.95);
    assertThat(none.overall().lower()).isZero();
    assertThat(none.overall().upper()).isCloseTo(1 - Math.pow(0.025, 1.0 / 20), within(1e-12));
  }

  @Test
  void stratum_everyInspectedVolumeWithProblems_hasUpperLimitOne() {
    DefectRateEstimate.Interval i =
        DefectRateEstimate.of(List.of(new DefectRateEstimate.Observation(A, 100, 10, 10)), 0.95)
            .strata()
            .get(0)
            .interval();
    assertThat(i.rate()).isEqualTo(1.0);
    assertThat(i.upper()).isEqualTo(1.0);
    assertThat(i.lower()).isCloseTo(Math.pow(0.025, 0.1), within(1e-12));
  }

  @Test
  void confidenceAndObservations_areCheckedAtBothEnds() {
    List<DefectRateEstimate.Observation> one =
        List.of(new DefectRateEstimate.Observation(A, 10, 1, 0));
    assertThatThrownBy(() -> DefectRateEstimate.of(one, 0.0))
        .hasMessage("Invalid value for confidence (valid values > 0 - 1 exclusive): 0.0");
    assertThatThrownBy(() -> DefectRateEstimate.of(one, Double.NaN))
        .hasMessage("Invalid value for confidence (valid values > 0 - 1 exclusive): NaN");
    assertThatThrownBy(() -> DefectRateEstimate.of(List.of(), 2.0))
        .as("the confidence is checked before the observations")
        .hasMessage("Invalid value for confidence (valid values > 0 - 1 exclusive): 2.0");
    DefectRateEstimate e = DefectRateEstimate.of(one, 0.95);
    assertThatThrownBy(() -> new DefectRateEstimate(e.method(), 1.0, e.strata(), e.overall()))
        .hasMessage("Invalid value for confidence (valid values > 0 - 1 exclusive): 1.0");
    // The ends of each range: one volume, all inspected, all found.
    assertThat(new DefectRateEstimate.Observation(A, 1, 1, 1).found()).isEqualTo(1);
    assertThatThrownBy(() -> new DefectRateEstimate.Observation(A, 5, 6, 0))
        .hasMessage(
            "Invalid value for observed/SC01 (volumes >= 1, inspected 1 - volumes, found 0 -"
                + " inspected): volumes 5, inspected 6, found 0");
    assertThatThrownBy(() -> new DefectRateEstimate.Observation(A, 5, 2, 3))
        .hasMessageEndingWith(": volumes 5, inspected 2, found 3");
    assertThatThrownBy(() -> new DefectRateEstimate.Observation(A, 0, 0, 0))
        .hasMessageEndingWith(": volumes 0, inspected 0, found 0");
  }
}
