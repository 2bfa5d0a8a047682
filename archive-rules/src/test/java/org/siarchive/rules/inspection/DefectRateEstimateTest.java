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
}
