package org.siarchive.sampling.iso2859;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SupplierInspectionTest {
  private static final long LOT =
      1000; // level II: J; AQL 1.0: normal 80 2/3, tightened 80 1/2, reduced 32 1/3

  private static SupplierInspection start(boolean reducedApproved) {
    return new SwitchingRules(
            SourceTables.bundled(), InspectionLevel.II, Aql.parse("1.0"), reducedApproved)
        .start();
  }

  @Test
  void record_firstLot_isNormalWithPlanAndScore() {
    LotDecision d = start(false).record(LOT, 0);
    assertThat(d.lotNumber()).isEqualTo(1);
    assertThat(d.state()).isEqualTo(InspectionState.NORMAL);
    assertThat(d.plan()).hasValueSatisfying(p -> assertThat(p.sampleSize()).isEqualTo(80));
    assertThat(d.accepted()).isTrue();
    assertThat(d.switchingScore()).isEqualTo(3); // Ac 2 and d = 0 <= Ac 1 of AQL 0.65
    assertThat(d.transition()).isEmpty();
  }

  @Test
  void lots_listsEveryDecisionInOrder_asACopy() {
    SupplierInspection s = start(false);
    s.record(LOT, 0);
    s.record(LOT, 3);
    s.record(LOT, 1);
    assertThat(s.lots()).extracting(LotDecision::lotNumber).containsExactly(1, 2, 3);
    assertThat(s.lots()).extracting(LotDecision::accepted).containsExactly(true, false, true);
    assertThatThrownBy(() -> s.lots().clear()).isInstanceOf(UnsupportedOperationException.class);
    s.record(LOT, 0);
    assertThat(s.lots()).hasSize(4);
  }

  @Test
  void record_twoOfFiveNotAccepted_switchesToTightened_withExplanation() {
    SupplierInspection s = start(false);
    s.record(LOT, 0);
    s.record(LOT, 3);
    s.record(LOT, 0);
    s.record(LOT, 1);
    LotDecision fifth = s.record(LOT, 4);
    assertThat(fifth.state()).isEqualTo(InspectionState.NORMAL);
    assertThat(fifth.accepted()).isFalse();
    assertThat(fifth.transition())
        .hasValueSatisfying(
            t -> {
              assertThat(t.from()).isEqualTo(InspectionState.NORMAL);
              assertThat(t.to()).isEqualTo(InspectionState.TIGHTENED);
              assertThat(t.reason()).isEqualTo(SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED);
              assertThat(t.explanation())
                  .isEqualTo(
                      "lots 2 and 5 not accepted within 5 consecutive lots on normal inspection");
            });
    LotDecision sixth = s.record(LOT, 1);
    assertThat(sixth.state()).isEqualTo(InspectionState.TIGHTENED);
    assertThat(sixth.plan().orElseThrow().acceptanceNumber()).isEqualTo(1);
    assertThat(sixth.switchingScore()).isZero();
  }

  @Test
  void record_notAcceptedLotsSixApart_stayNormal() {
    SupplierInspection s = start(false);
    s.record(LOT, 3);
    for (int i = 0; i < 5; i++) {
      s.record(LOT, 0);
    }
    LotDecision seventh = s.record(LOT, 3);
    assertThat(seventh.transition()).isEmpty();
    assertThat(s.state()).isEqualTo(InspectionState.NORMAL);
  }

  @Test
  void record_fiveConsecutiveAcceptedOnTightened_returnsToNormal() {
    SupplierInspection s = toTightened();
    s.record(LOT, 2); // not accepted on tightened (Ac 1)
    for (int i = 0; i < 4; i++) {
      assertThat(s.record(LOT, 1).transition()).isEmpty();
    }
    LotDecision fifth = s.record(LOT, 0);
    assertThat(fifth.transition())
        .hasValueSatisfying(
            t -> {
              assertThat(t.reason()).isEqualTo(SwitchReason.FIVE_CONSECUTIVE_ACCEPTED);
              assertThat(t.explanation())
                  .isEqualTo("lots 4 to 8 accepted consecutively on tightened inspection");
            });
    assertThat(s.state()).isEqualTo(InspectionState.NORMAL);
    assertThat(s.switchingScore()).isZero();
  }

  @Test
  void record_fiveNotAcceptedOnTightened_discontinues_andResumesOnlyAtTightened() {
    SupplierInspection s = toTightened();
    for (int i = 0; i < 4; i++) {
      s.record(LOT, 2);
      s.record(LOT, 0);
    }
    LotDecision fifthRejection = s.record(LOT, 5);
    assertThat(fifthRejection.transition())
        .hasValueSatisfying(
            t -> {
              assertThat(t.to()).isEqualTo(InspectionState.DISCONTINUED);
              assertThat(t.reason()).isEqualTo(SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED);
              assertThat(t.explanation())
                  .isEqualTo("lots 3, 5, 7, 9 and 11 not accepted on tightened inspection");
            });
    LotDecision while_ = s.record(LOT, 0);
    assertThat(while_.state()).isEqualTo(InspectionState.DISCONTINUED);
    assertThat(while_.plan()).isEmpty();
    assertThat(while_.accepted()).isFalse();
    assertThat(s.planFor(LOT)).isEmpty();
    Transition resumed = s.resume("supplier retrained its staff");
    assertThat(resumed.to()).isEqualTo(InspectionState.TIGHTENED);
    assertThat(resumed.afterLot()).isEqualTo(12);
    assertThat(s.record(LOT, 0).state()).isEqualTo(InspectionState.TIGHTENED);
    assertThat(s.transitions())
        .extracting(Transition::reason)
        .containsExactly(
            SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED,
            SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED,
            SwitchReason.RESUMED_AFTER_CORRECTIVE_ACTION);
  }

  @Test
  void record_scoreReaches30WithApproval_switchesToReduced_elseStaysNormal() {
    SupplierInspection approved = start(true);
    SupplierInspection notApproved = start(false);
    for (int i = 1; i <= 9; i++) {
      assertThat(approved.record(LOT, 1).switchingScore()).isEqualTo(3 * i);
      notApproved.record(LOT, 1);
    }
    LotDecision tenth = approved.record(LOT, 0);
    assertThat(tenth.switchingScore()).isEqualTo(30);
    assertThat(tenth.transition())
        .hasValueSatisfying(
            t -> {
              assertThat(t.to()).isEqualTo(InspectionState.REDUCED);
              assertThat(t.reason()).isEqualTo(SwitchReason.SWITCHING_SCORE_REACHED);
            });
    assertThat(notApproved.record(LOT, 0).transition()).isEmpty();
    assertThat(notApproved.switchingScore()).isEqualTo(30);
    LotDecision reduced = approved.record(LOT, 1);
    assertThat(reduced.state()).isEqualTo(InspectionState.REDUCED);
    assertThat(reduced.plan().orElseThrow().sampleSize()).isEqualTo(32);
    assertThat(reduced.plan().orElseThrow().tableId()).isEqualTo("ansi-z1.4-reduced");
    // Ac 1 < d = 2 < Re 3: accepted, but back to normal
    LotDecision gap = approved.record(LOT, 2);
    assertThat(gap.accepted()).isTrue();
    assertThat(gap.transition())
        .hasValueSatisfying(
            t -> {
              assertThat(t.reason()).isEqualTo(SwitchReason.ACCEPTED_BETWEEN_AC_AND_RE);
              assertThat(t.explanation())
                  .isEqualTo("lot 12 accepted with 2 nonconforming, between Ac 1 and Re 3");
            });
    assertThat(approved.state()).isEqualTo(InspectionState.NORMAL);
    assertThat(approved.switchingScore()).isZero();
  }

  @Test
  void record_notAcceptedOnReduced_returnsToNormal() {
    SupplierInspection s = start(true);
    for (int i = 0; i < 10; i++) {
      s.record(LOT, 0);
    }
    LotDecision rejected = s.record(LOT, 3);
    assertThat(rejected.accepted()).isFalse();
    assertThat(rejected.transition().orElseThrow().reason())
        .isEqualTo(SwitchReason.LOT_NOT_ACCEPTED_ON_REDUCED);
  }

  @Test
  void switchingScore_acceptedButNotAtTighterAql_resets() {
    SupplierInspection s = start(false);
    s.record(LOT, 0);
    LotDecision d = s.record(LOT, 2); // accepted at Ac 2, not at Ac 1 of AQL 0.65
    assertThat(d.accepted()).isTrue();
    assertThat(d.switchingScore()).isZero();
  }

  @Test
  void switchingScore_acceptanceNumberZeroOrOne_addsTwoPerAcceptedLot() {
    SupplierInspection s =
        new SwitchingRules(SourceTables.bundled(), InspectionLevel.II, Aql.parse("1.0"), true)
            .start(); // lot 100: F, arrow up to E 13 0/1
    for (int i = 1; i <= 14; i++) {
      assertThat(s.record(100, 0).switchingScore()).isEqualTo(2 * i);
    }
    assertThat(s.record(100, 0).transition().orElseThrow().to()).isEqualTo(InspectionState.REDUCED);
  }

  @Test
  void returnToNormal_fromReduced_recordsTheReason() {
    SupplierInspection s = start(true);
    for (int i = 0; i < 10; i++) {
      s.record(LOT, 0);
    }
    Transition t = s.returnToNormal(SwitchReason.AUTHORITY_DECISION, "audit finding 2024-17");
    assertThat(t.from()).isEqualTo(InspectionState.REDUCED);
    assertThat(t.afterLot()).isEqualTo(10);
    assertThatThrownBy(() -> s.returnToNormal(SwitchReason.AUTHORITY_DECISION, "again"))
        .hasMessage("Cannot return to normal: state is normal, not reduced");
    assertThatThrownBy(() -> s.resume("x"))
        .hasMessage("Cannot resume: state is normal, not discontinued");
  }

  @Test
  void returnToNormal_productionIrregular_isAReason_aLotRuleIsNot() {
    SupplierInspection s = start(true);
    for (int i = 0; i < 10; i++) {
      s.record(LOT, 0);
    }
    assertThat(s.state()).isEqualTo(InspectionState.REDUCED);
    assertThatThrownBy(
            () -> s.returnToNormal(SwitchReason.FIVE_CONSECUTIVE_ACCEPTED, "not a reason here"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for reason (valid values PRODUCTION_IRREGULAR, AUTHORITY_DECISION):"
                + " FIVE_CONSECUTIVE_ACCEPTED");
    assertThat(s.state()).as("a refused reason changes nothing").isEqualTo(InspectionState.REDUCED);
    Transition t = s.returnToNormal(SwitchReason.PRODUCTION_IRREGULAR, "line 3 stopped");
    assertThat(t.reason()).isEqualTo(SwitchReason.PRODUCTION_IRREGULAR);
    assertThat(t.to()).isEqualTo(InspectionState.NORMAL);
    assertThat(s.state()).isEqualTo(InspectionState.NORMAL);
  }

  @Test
  void transition_beforeAnyLot_isLotZero_negativeRefused() {
    Transition t =
        new Transition(
            0,
            InspectionState.NORMAL,
            InspectionState.TIGHTENED,
            SwitchReason.AUTHORITY_DECISION,
            "supplier's history");
    assertThat(t.afterLot()).isZero();
    assertThatThrownBy(
            () ->
                new Transition(
                    -1,
                    InspectionState.NORMAL,
                    InspectionState.TIGHTENED,
                    SwitchReason.AUTHORITY_DECISION,
                    "x"))
        .hasMessage("Invalid value for afterLot (valid values >= 0): -1");
  }

  @Test
  void record_badNonconformingCount_namesLotAndValue() {
    SupplierInspection s = start(false);
    s.record(LOT, 0);
    assertThatThrownBy(() -> s.record(LOT, 81))
        .hasMessage("lot 2: Invalid value for nonconforming (valid values 0 - 80): 81");
    assertThatThrownBy(() -> s.record(1, 0))
        .hasMessage("lot 2: Invalid value for lot size (valid values >= 2): 1");
  }

  private static SupplierInspection toTightened() {
    SupplierInspection s = start(false);
    s.record(LOT, 3);
    s.record(LOT, 3);
    assertThat(s.state()).isEqualTo(InspectionState.TIGHTENED);
    return s;
  }
}
