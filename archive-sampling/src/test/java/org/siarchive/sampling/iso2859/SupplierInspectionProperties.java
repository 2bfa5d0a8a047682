package org.siarchive.sampling.iso2859;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every state change is explainable from the lot history: replaying the decisions, each transition
 * is justified by the lots before it, and no state changes without one.
 */
class SupplierInspectionProperties {
  private static final Set<List<InspectionState>> ALLOWED =
      Set.of(
          List.of(InspectionState.NORMAL, InspectionState.TIGHTENED),
          List.of(InspectionState.NORMAL, InspectionState.REDUCED),
          List.of(InspectionState.TIGHTENED, InspectionState.NORMAL),
          List.of(InspectionState.TIGHTENED, InspectionState.DISCONTINUED),
          List.of(InspectionState.REDUCED, InspectionState.NORMAL));

  @Test
  void everyLot_matchesTheIndependentOracle_stateAcceptanceScoreAndSwitch() {
    List<String> aqls = List.of("0.40", "0.65", "1.0", "1.5", "2.5", "4.0", "6.5");
    List<Long> sizes = List.of(200L, 1000L, 5000L);
    // mostly clean lots, so that scores reach 30 and reduced inspection is entered and left
    Gen<Integer> defects = integers().between(0, 1).mix(integers().between(0, 5), 20);
    qt().withFixedSeed(28591L)
        .withExamples(400)
        .forAll(
            lists().of(defects.zip(integers().between(0, 2), List::of)).ofSizeBetween(1, 90),
            integers().between(0, aqls.size() - 1),
            integers().between(0, 1))
        .checkAssert(
            (lots, aqlIndex, approved) -> {
              String aql = aqls.get(aqlIndex);
              List<Integer> d = new ArrayList<>();
              List<Long> n = new ArrayList<>();
              lots.forEach(
                  l -> {
                    d.add(l.get(0));
                    n.add(sizes.get(l.get(1)));
                  });
              List<SwitchingOracle.Lot> expected = SwitchingOracle.replay(aql, approved == 1, n, d);
              SupplierInspection s =
                  new SwitchingRules(
                          SourceTables.bundled(), InspectionLevel.II, Aql.parse(aql), approved == 1)
                      .start();
              for (int i = 0; i < d.size(); i++) {
                LotDecision got = s.record(n.get(i), d.get(i));
                SwitchingOracle.Lot want = expected.get(i);
                String at =
                    String.format(
                        "AQL %s, approved %s, lot %d of %s / %s", aql, approved, i + 1, d, n);
                assertThat(got.state().label()).as("state of " + at).isEqualTo(want.state());
                assertThat(got.accepted()).as("acceptance of " + at).isEqualTo(want.accepted());
                assertThat(got.switchingScore())
                    .as("switching score of " + at)
                    .isEqualTo(want.score());
                assertThat(s.state().label()).as("state after " + at).isEqualTo(want.next());
              }
            });
  }

  @Test
  void oracle_reachesReducedInspection_soTheScoreIsExercised() {
    // 15 clean lots of 1000 at AQL 1.0 (J 80 2/3, one step tighter 0.65: 1/2): +3 each, 30 after
    // lot 10
    List<SwitchingOracle.Lot> lots =
        SwitchingOracle.replay(
            "1.0",
            true,
            java.util.Collections.nCopies(12, 1000L),
            java.util.Collections.nCopies(12, 0));
    assertThat(lots.get(9).score()).isEqualTo(30);
    assertThat(lots.get(9).next()).isEqualTo("reduced");
    assertThat(lots.get(10).state()).isEqualTo("reduced");
    // at AQL 0.40 (J: 0/1) each accepted lot adds 2: 30 after lot 15
    List<SwitchingOracle.Lot> small =
        SwitchingOracle.replay(
            "0.40",
            true,
            java.util.Collections.nCopies(16, 1000L),
            java.util.Collections.nCopies(16, 0));
    assertThat(small.get(13).score()).isEqualTo(28);
    assertThat(small.get(14).next()).isEqualTo("reduced");
  }

  @Test
  void transitions_followFromTheLotHistory() {
    qt().withFixedSeed(2859L)
        .withExamples(150)
        .forAll(lists().of(integers().between(0, 4)).ofSizeBetween(1, 60), integers().between(0, 1))
        .checkAssert(
            (defects, approved) -> {
              SupplierInspection s =
                  new SwitchingRules(
                          SourceTables.bundled(),
                          InspectionLevel.II,
                          Aql.parse("1.0"),
                          approved == 1)
                      .start();
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
                assertThat(d.transition().isPresent())
                    .as("lot %d", d.lotNumber())
                    .isEqualTo(next != d.state());
                if (d.state() == InspectionState.NORMAL) {
                  normalOutcomes.add(d.accepted());
                  List<Boolean> last5 =
                      normalOutcomes.subList(
                          Math.max(0, normalOutcomes.size() - 5), normalOutcomes.size());
                  boolean twoOfFive = last5.stream().filter(a -> !a).count() >= 2;
                  assertThat(next == InspectionState.TIGHTENED).isEqualTo(twoOfFive);
                  assertThat(next == InspectionState.REDUCED)
                      .isEqualTo(!twoOfFive && approved == 1 && d.switchingScore() >= 30);
                }
                if (d.state() == InspectionState.TIGHTENED) {
                  tightenedRun = d.accepted() ? tightenedRun + 1 : 0;
                  tightenedRejected += d.accepted() ? 0 : 1;
                  assertThat(next == InspectionState.NORMAL).isEqualTo(tightenedRun == 5);
                  assertThat(next == InspectionState.DISCONTINUED)
                      .isEqualTo(tightenedRejected == 5);
                }
                if (d.state() == InspectionState.REDUCED) {
                  assertThat(approved).isEqualTo(1);
                  assertThat(next == InspectionState.NORMAL)
                      .isEqualTo(
                          !d.accepted()
                              || d.nonconforming() > d.plan().orElseThrow().acceptanceNumber());
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
