package org.siarchive.rules.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;
import org.siarchive.sampling.size.FixedRatio;

class FixedRatioPolicyTest {

  @Test
  void supervision_ofBatchB_drawsCeilFivePercent_withSeedSSupervisionB() {
    List<String> ids = Draws.ids("SC01", 1250);
    Population batch = Population.of(Map.of(StratumKey.ofSubCenter("SC01"), ids));
    InspectionPlan plan =
        FixedRatioPolicy.supervision().plan(batch, StepSeed.of("20201026", "supervision", "B1"));
    assertThat(plan.seed()).isEqualTo("20201026/supervision/B1");
    assertThat(plan.total()).isEqualTo(63); // ceil(0.05 x 1250) = ceil(62.5)
    StratumPlan s = plan.strata().get(0);
    assertThat(s.sampleSize()).isEqualTo(63);
    assertThat(s.acceptanceLimit()).isZero();
    assertThat(s.problemRate()).isEmpty();
    Draws.assertRederives(plan, batch);
  }

  @Test
  void ratio_isExactDecimal_notDouble() {
    Population p = Population.of(Map.of(StratumKey.ofSubCenter("SC01"), Draws.ids("A", 100)));
    assertThat(FixedRatioPolicy.of(FixedRatio.parse("0.07")).plan(p, "s").total()).isEqualTo(7);
    Population three = Population.of(Map.of(StratumKey.ofSubCenter("SC01"), Draws.ids("A", 3)));
    assertThat(FixedRatioPolicy.supervision().plan(three, "s").total()).isEqualTo(1);
  }

  @Test
  void strata_eachGetCeilOfTheirOwnShare() {
    Population p =
        Population.of(
            Map.of(
                StratumKey.of("SC01", "PENSION/REGISTRATION"), Draws.ids("A", 30),
                StratumKey.of("SC01", "MEDICAL/CLAIM"), Draws.ids("B", 41)));
    InspectionPlan plan = FixedRatioPolicy.recheck(new BigDecimal("0.10")).plan(p, "S/re-check/B");
    assertThat(plan.strata())
        .extracting(s -> s.key().id(), StratumPlan::sampleSize)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SC01/MEDICAL/CLAIM", 5),
            org.assertj.core.groups.Tuple.tuple("SC01/PENSION/REGISTRATION", 3));
    assertThat(plan.total()).isEqualTo(8);
    Draws.assertRederives(plan, p);
  }

  @Test
  void recheck_outsideTheArticlesRange_isRefused() {
    assertThatThrownBy(() -> FixedRatioPolicy.recheck(new BigDecimal("0.35")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid value for ratio (the re-check post's share, valid values 0.10 - 0.30): 0.35");
  }

  @Test
  void verify_anotherPopulation_namesTheStratum() {
    Population p = Population.of(Map.of(StratumKey.ofSubCenter("SC01"), Draws.ids("A", 40)));
    InspectionPlan plan = FixedRatioPolicy.supervision().plan(p, "s");
    Population other = Population.of(Map.of(StratumKey.ofSubCenter("SC01"), Draws.ids("A", 41)));
    assertThat(plan.verify(other).isVerified()).isFalse();
    assertThat(
            ((org.siarchive.sampling.selection.Verification.Failed) plan.verify(other)).problems())
        .first()
        .asString()
        .startsWith("SC01: populationSize: record 40, population 41");
  }

  @Test
  void stepSeed_refusesAStepWithSlash() {
    assertThatThrownBy(() -> StepSeed.of("S", "pre/acceptance", "B"))
        .hasMessage("Invalid value for step (non-empty, without '/'): \"pre/acceptance\"");
  }
}
