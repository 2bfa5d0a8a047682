package org.siarchive.rules.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;
import org.siarchive.rules.SamplingTables;
import org.siarchive.sampling.iso2859.Aql;
import org.siarchive.sampling.iso2859.InspectionLevel;
import org.siarchive.sampling.iso2859.SwitchingRules;

/**
 * The inspection value types and policies at the ends of their ranges: what is accepted, what is
 * refused (naming field and value), and the descriptions a plan records.
 */
class InspectionValuesTest {
  private static final StratumKey SC01 = StratumKey.ofSubCenter("SC01");

  @Test
  void stratumKey_subCentreWithoutSlash_andCategoryNonEmpty() {
    assertThatThrownBy(() -> StratumKey.ofSubCenter("/SC01"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for subCenter (non-empty, without '/'): \"/SC01\"");
    assertThatThrownBy(() -> StratumKey.ofSubCenter(""))
        .hasMessage("Invalid value for subCenter (non-empty, without '/'): \"\"");
    assertThatThrownBy(() -> StratumKey.of("SC01", ""))
        .hasMessage("Invalid value for category (non-empty when present): \"\"");
    assertThat(SC01.hasCategory()).isFalse();
    assertThat(SC01.toSubCenter()).isSameAs(SC01);
    StratumKey pension = StratumKey.of("SC01", "PENSION");
    assertThat(pension.hasCategory()).isTrue();
    assertThat(pension.toSubCenter()).isEqualTo(SC01);
    assertThat(pension).hasToString("SC01/PENSION");
    assertThat(SC01).hasToString("SC01");
  }

  @Test
  void stepSeed_batchNonEmpty_andShownAsBaseStepBatch() {
    assertThatThrownBy(() -> StepSeed.of("S", "supervision", ""))
        .hasMessage("Invalid value for batch (non-empty): \"\"");
    assertThatThrownBy(() -> StepSeed.of("S", "/supervision", "B"))
        .hasMessage("Invalid value for step (non-empty, without '/'): \"/supervision\"");
    assertThatThrownBy(() -> StepSeed.of("S", "", "B"))
        .hasMessage("Invalid value for step (non-empty, without '/'): \"\"");
    assertThat(StepSeed.of("20201026", "supervision", "B1")).hasToString("20201026/supervision/B1");
    assertThat(Strata.SUB_CENTER_AND_LINE.label()).isEqualTo("sub-center,line");
    assertThat(Strata.parse(Strata.SUB_CENTER_AND_LINE.label()))
        .isEqualTo(Strata.SUB_CENTER_AND_LINE);
  }

  @Test
  void population_idsMayNotBeEmptyOrHoldALineFeedAnywhere() {
    assertThatThrownBy(() -> Population.of(Map.of(SC01, List.of("\nA"))))
        .hasMessage("Invalid value for strata/SC01 (ids non-empty, without line feed): \"\nA\"");
    assertThatThrownBy(() -> Population.of(Map.of(SC01, List.of(""))))
        .hasMessage("Invalid value for strata/SC01 (ids non-empty, without line feed): \"\"");
    assertThatThrownBy(() -> Population.of(Map.of(SC01, List.of())))
        .hasMessage("Invalid value for strata/SC01 (at least one volume id): none");
    assertThatThrownBy(() -> Population.of(Map.of()))
        .hasMessage("Invalid value for strata (at least one stratum): none");
    Population p = Population.of(Map.of(SC01, List.of("A", "B")));
    assertThatThrownBy(() -> p.ids(StratumKey.ofSubCenter("SC02")))
        .hasMessage("Invalid value for key (a stratum of the population [SC01]): SC02");
  }

  @Test
  void populationBuilder_addAll_takesEveryVolumeIntoItsStratum() {
    var a = org.siarchive.rules.quality.CleanVolumes.of(0, 1);
    var b = org.siarchive.rules.quality.CleanVolumes.of(1, 2);
    Population p = Population.builder(Strata.SUB_CENTER).addAll(List.of(a, b)).build();
    assertThat(p.size()).isEqualTo(2);
    assertThat(p.keys())
        .containsExactlyInAnyOrder(
            StratumKey.ofSubCenter(a.subCenterId()), StratumKey.ofSubCenter(b.subCenterId()));
  }

  @Test
  void fixedRatio_recheckAcceptsTheArticlesBounds_andThePlanRecordsItsPolicy() {
    Population p = Population.of(Map.of(SC01, Draws.ids("A", 100)));
    assertThat(FixedRatioPolicy.recheck(new BigDecimal("0.10")).plan(p, "s").total()).isEqualTo(10);
    assertThat(FixedRatioPolicy.recheck(new BigDecimal("0.30")).plan(p, "s").total()).isEqualTo(30);
    assertThatThrownBy(() -> FixedRatioPolicy.recheck(new BigDecimal("0.09")))
        .hasMessage(
            "Invalid value for ratio (the re-check post's share, valid values 0.10 - 0.30): 0.09");
    InspectionPlan plan = FixedRatioPolicy.supervision().plan(p, "s");
    assertThat(plan.policy()).isEqualTo("fixed ratio 0.05 per stratum, ceil(f N_h)");
    assertThat(plan.volumes()).isEqualTo(100);
  }

  @Test
  void problemRate_ratiosAreZeroToOne_theTotalAboveZero_andTheDescriptionNamesThem() {
    History none = History.none();
    BigDecimal tenth = new BigDecimal("0.1");
    assertThatThrownBy(() -> ProblemRatePolicy.of(BigDecimal.ZERO, BigDecimal.ZERO, tenth, none))
        .hasMessage("Invalid value for totalRatio (valid values > 0 - 1): 0");
    assertThat(
            ProblemRatePolicy.of(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, none).totalFor(7))
        .isEqualTo(7);
    assertThatThrownBy(() -> ProblemRatePolicy.of(tenth, new BigDecimal("-0.01"), tenth, none))
        .hasMessage("Invalid value for minRatio (valid values 0 - 1): -0.01");
    assertThatThrownBy(() -> ProblemRatePolicy.of(tenth, tenth, new BigDecimal("1.5"), none))
        .hasMessage("Invalid value for maxRatio (valid values 0 - 1): 1.5");
    assertThat(
            ProblemRatePolicy.of(tenth, new BigDecimal("0.05"), new BigDecimal("0.3"), none)
                .description())
        .isEqualTo(
            "problem-rate allocation: total ceil(0.1 N), ratios 0.05 - 0.3, defect-rate weights"
                + " N_h p_h, p_h smoothed by Beta(1, 1)");
  }

  @Test
  void iso2859_descriptionNamesLevelAqlAndReducedApproval() {
    SwitchingRules normal =
        new SwitchingRules(
            SamplingTables.iso2859(), InspectionLevel.parse("II"), Aql.parse("2.5"), false);
    SwitchingRules reduced =
        new SwitchingRules(
            SamplingTables.iso2859(), InspectionLevel.parse("II"), Aql.parse("2.5"), true);
    assertThat(Iso2859Policy.of(normal).description())
        .isEqualTo("ISO 2859-1 single sampling, level II, AQL 2.5, switching per stratum");
    assertThat(Iso2859Policy.of(reduced).description())
        .isEqualTo(
            "ISO 2859-1 single sampling, level II, AQL 2.5, switching per stratum, reduced"
                + " approved");
  }

  @Test
  void stratumPlan_acceptsUpToItsLimit_andKnowsAFullInspection() {
    Population p = Population.of(Map.of(SC01, Draws.ids("A", 40)));
    StratumPlan part = FixedRatioPolicy.supervision().plan(p, "s").stratum(SC01);
    assertThat(part.sampleSize()).isEqualTo(2);
    assertThat(part.isFullInspection()).isFalse();
    assertThat(part.isAccepted(0)).isTrue();
    assertThat(part.isAccepted(1)).isFalse();
    assertThat(part.isAccepted(2)).isFalse();
    assertThatThrownBy(() -> part.isAccepted(3))
        .hasMessage("Invalid value for found (valid values 0 - 2): SC01: 3");
    assertThatThrownBy(() -> part.isAccepted(-1))
        .hasMessage("Invalid value for found (valid values 0 - 2): SC01: -1");
    Population three = Population.of(Map.of(SC01, Draws.ids("A", 3)));
    StratumPlan all =
        FixedRatioPolicy.of(org.siarchive.sampling.size.FixedRatio.of(BigDecimal.ONE))
            .plan(three, "s")
            .stratum(SC01);
    assertThat(all.isFullInspection()).isTrue();
    assertThat(all.isAccepted(0)).isTrue();
    assertThatThrownBy(
            () ->
                new StratumPlan(
                    SC01, 3, all.problemRate(), all.sample(), -1, java.util.Optional.empty()))
        .hasMessage("Invalid value for acceptanceLimit (valid values >= 0): SC01: -1");
  }
}
