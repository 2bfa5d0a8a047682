package org.siarchive.rules.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;
import org.siarchive.rules.SamplingTables;
import org.siarchive.sampling.iso2859.Aql;
import org.siarchive.sampling.iso2859.InspectionLevel;
import org.siarchive.sampling.iso2859.InspectionSeverity;
import org.siarchive.sampling.iso2859.InspectionState;
import org.siarchive.sampling.iso2859.SamplingPlan;
import org.siarchive.sampling.iso2859.SwitchingRules;

class Iso2859PolicyTest {
  private static final StratumKey SC01 = StratumKey.ofSubCenter("SC01");
  private static final SwitchingRules RULES =
      new SwitchingRules(
          SamplingTables.iso2859(), InspectionLevel.parse("II"), Aql.parse("1.0"), false);
  private final Population lot = Population.of(Map.of(SC01, Draws.ids("SC01", 1000)));

  private static SamplingPlan table(InspectionSeverity severity) {
    return SamplingTables.iso2859()
        .plan(1000, InspectionLevel.parse("II"), Aql.parse("1.0"), severity);
  }

  @Test
  void firstLot_normalInspection_J80AcTwo() {
    InspectionPlan plan = Iso2859Policy.of(RULES).plan(lot, "S/pre-acceptance/B1");
    StratumPlan s = plan.stratum(SC01);
    assertThat(s.iso().orElseThrow().state()).isEqualTo(InspectionState.NORMAL);
    assertThat(s.iso().orElseThrow().lotNumber()).isEqualTo(1);
    assertThat(s.sampleSize()).isEqualTo(80);
    assertThat(s.acceptanceLimit()).isEqualTo(2);
    assertThat(s.isAccepted(2)).isTrue();
    assertThat(s.isAccepted(3)).isFalse();
    Draws.assertRederives(plan, lot);
  }

  @Test
  void twoLotsNotAccepted_tightenTheNextBatchOfThatSubCentreOnly() {
    Iso2859Policy p = Iso2859Policy.of(RULES).withLot(SC01, 1000, 3).withLot(SC01, 1000, 3);
    StratumKey sc02 = StratumKey.ofSubCenter("SC02");
    Population both =
        Population.of(Map.of(SC01, Draws.ids("SC01", 1000), sc02, Draws.ids("SC02", 1000)));
    InspectionPlan plan = p.plan(both, "S/pre-acceptance/B3");
    SamplingPlan tightened = table(InspectionSeverity.TIGHTENED);
    StratumPlan s = plan.stratum(SC01);
    assertThat(s.iso().orElseThrow().state()).isEqualTo(InspectionState.TIGHTENED);
    assertThat(s.iso().orElseThrow().lotNumber()).isEqualTo(3);
    assertThat(s.sampleSize()).isEqualTo(tightened.sampleSize());
    assertThat(s.acceptanceLimit()).isEqualTo(tightened.acceptanceNumber());
    assertThat(plan.stratum(sc02).iso().orElseThrow().state()).isEqualTo(InspectionState.NORMAL);
    assertThat(p.supplier(SC01).transitions()).hasSize(1);
    Draws.assertRederives(plan, both);
  }

  @Test
  void discontinued_inspectsEveryVolume_untilResumedAtTightened() {
    Iso2859Policy p = Iso2859Policy.of(RULES).withLot(SC01, 1000, 3).withLot(SC01, 1000, 3);
    for (int i = 0; i < 5; i++) {
      p = p.withLot(SC01, 1000, 5);
    }
    StratumPlan s = p.plan(lot, "s").stratum(SC01);
    assertThat(s.iso().orElseThrow().state()).isEqualTo(InspectionState.DISCONTINUED);
    assertThat(s.iso().orElseThrow().plan()).isEmpty();
    assertThat(s.isFullInspection()).isTrue();
    StratumPlan resumed =
        p.withResumption(SC01, "arrangers retrained").plan(lot, "s").stratum(SC01);
    assertThat(resumed.iso().orElseThrow().state()).isEqualTo(InspectionState.TIGHTENED);
  }

  @Test
  void lotBelowTheTables_isInspectedInFull() {
    Population one = Population.of(Map.of(SC01, Draws.ids("SC01", 1)));
    StratumPlan s = Iso2859Policy.of(RULES).plan(one, "s").stratum(SC01);
    assertThat(s.isFullInspection()).isTrue();
    assertThat(s.iso().orElseThrow().plan()).isEmpty();
  }

  @Test
  void withLot_moreProblemsThanInspected_isRefusedNamingTheLot() {
    assertThatThrownBy(() -> Iso2859Policy.of(RULES).withLot(SC01, 1000, 81))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith(
            "Invalid value for lots/SC01/1 (an event the switching rules accept): lot 1:")
        .hasMessageContaining("81");
  }

  @Test
  void reduced_acceptsUpToOneBelowTheRejectionNumber_asTheAnsiReducedTableDoes() {
    // Ten accepted lots reach the switching score of 30; reduced inspection of J at AQL 1.0 is
    // 32 volumes, Ac 1, Re 3: two problems still accept the lot (and return to normal).
    Iso2859Policy p =
        Iso2859Policy.of(
            new SwitchingRules(
                SamplingTables.iso2859(), InspectionLevel.parse("II"), Aql.parse("1.0"), true));
    for (int i = 0; i < 9; i++) {
      p = p.withLot(SC01, 1000, 1);
    }
    p = p.withLot(SC01, 1000, 0);
    StratumPlan s = p.plan(lot, "S/pre-acceptance/B11").stratum(SC01);
    assertThat(s.iso().orElseThrow().state()).isEqualTo(InspectionState.REDUCED);
    assertThat(s.iso().orElseThrow().lotNumber()).isEqualTo(11);
    assertThat(s.sampleSize()).isEqualTo(32);
    assertThat(s.iso().orElseThrow().plan().orElseThrow().rejectionNumber()).isEqualTo(3);
    assertThat(s.acceptanceLimit()).isEqualTo(2);
    assertThat(s.isAccepted(2)).isTrue();
    assertThat(s.isAccepted(3)).isFalse();
    Draws.assertRederives(p.plan(lot, "S/pre-acceptance/B11"), lot);
  }
}
