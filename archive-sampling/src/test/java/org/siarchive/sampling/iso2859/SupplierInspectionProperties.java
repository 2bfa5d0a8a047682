package org.siarchive.sampling.iso2859;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every state change is explainable from the lot history: replaying the decisions, each transition
 * is justified by the lots before it, and no state changes without one.
 */
class SupplierInspectionProperties {
  private static final Set<List<InspectionState>> ALLOWED = Set.of(
      List.of(InspectionState.NORMAL, InspectionState.TIGHTENED),
      List.of(InspectionState.NORMAL, InspectionState.REDUCED),
      List.of(InspectionState.TIGHTENED, InspectionState.NORMAL),
      List.of(InspectionState.TIGHTENED, InspectionState.DISCONTINUED),
      List.of(InspectionState.REDUCED, InspectionState.NORMAL));

  @Test
  void transitions_followFromTheLotHistory() {
    qt().withFixedSeed(2859L).withExamples(150)
        .forAll(lists().of(integers().between(0, 4)).ofSizeBetween(1, 60), integers().between(0, 1))
        .checkAssert((defects, approved) -> {
          SupplierInspection s = new SwitchingRules(Iso2859Tables.bundled(), InspectionLevel.II, Aql.parse("1.0"),
              approved == 1).start();
          List<LotDecision> ds = new ArrayList<>();
          for (int d : defects) {
            ds.add(s.record(1000, d));
          }
          List<Boolean> normalOutcomes = new ArrayList<>();
          int tightenedRejected = 0;
          int tightenedRun = 0;
          for (int i = 0; i < ds.size(); i++) {
            LotDecision d = ds.get(i);
            InspectionState next = i + 1 < ds.size() ? ds.get(i + 1).state() : s.state();
            assertThat(d.transition().isPresent()).as("lot %d", d.lotNumber()).isEqualTo(next != d.state());
            if (d.state() == InspectionState.NORMAL) {
              normalOutcomes.add(d.accepted());
              List<Boolean> last5 = normalOutcomes.subList(Math.max(0, normalOutcomes.size() - 5), normalOutcomes.size());
              boolean twoOfFive = last5.stream().filter(a -> !a).count() >= 2;
              assertThat(next == InspectionState.TIGHTENED).isEqualTo(twoOfFive);
              assertThat(next == InspectionState.REDUCED).isEqualTo(!twoOfFive && approved == 1 && d.switchingScore() >= 30);
            }
            if (d.state() == InspectionState.TIGHTENED) {
              tightenedRun = d.accepted() ? tightenedRun + 1 : 0;
              tightenedRejected += d.accepted() ? 0 : 1;
              assertThat(next == InspectionState.NORMAL).isEqualTo(tightenedRun == 5);
              assertThat(next == InspectionState.DISCONTINUED).isEqualTo(tightenedRejected == 5);
            }
            if (d.state() == InspectionState.REDUCED) {
              assertThat(approved).isEqualTo(1);
              assertThat(next == InspectionState.NORMAL)
                  .isEqualTo(!d.accepted() || d.nonconforming() > d.plan().orElseThrow().acceptanceNumber());
            }
            if (d.state() == InspectionState.DISCONTINUED) {
              assertThat(next).isEqualTo(InspectionState.DISCONTINUED);
            }
            if (next != d.state()) {
              assertThat(ALLOWED).contains(List.of(d.state(), next));
              normalOutcomes.clear();
              tightenedRejected = 0;
              tightenedRun = 0;
            }
          }
        });
  }
}
