package org.siarchive.rules.simulation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run fails loudly, naming the scenario or the table, the state and the actions, rather than
 * simulating wrongly: a post that cannot keep up, an action the model does not know, a state with
 * transitions it cannot read as one forward and one return, a lifecycle that never stores.
 */
class SimulationFailureTest {
  private static final Parameters FIXED =
      Parameters.defaults().withServiceVariability(0).withPoissonArrivals(false);

  private static Simulation.Builder city(int threads) {
    CityPool pool = CityPool.of(List.of(TestCity.sound("SC01", 0, 10)), 250);
    return Simulation.builder(pool, TestCity.rooms(pool.subCenters()))
        .parameters(FIXED)
        .horizonDays(21)
        .replications(2)
        .threads(threads);
  }

  private static void fails(Simulation.Builder b, String message) {
    assertThatThrownBy(() -> b.build().run(List.of(Scenario.of(Scenario.PHASE_1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(message);
  }

  @Test
  void aPostThatCannotKeepUpFailsTheRunNamingTheScenarioAndTheLimit() {
    // The limit: the horizon (21) + the keep (250) + 40 years of 250 working days.
    fails(
        city(1).parameters(FIXED.withRate(Parameters.Step.STORE, 1e-6)),
        "scenario phase-1 did not finish within 10271 working days: some post cannot keep up with"
            + " its work (add people or raise its rate)");
    fails(
        city(1).parameters(FIXED.withBatchDays(21, 0).withRate(Parameters.Step.STORE, 1e-6)),
        "scenario phase-1 did not finish within 10021 working days: some post cannot keep up with"
            + " its work (add people or raise its rate)");
  }

  @Test
  void anActionTheModelDoesNotKnowIsRefusedWithItsName() {
    // On two threads as on one: the cause itself, not a wrapper.
    for (int threads = 1; threads <= 2; threads++) {
      fails(
          city(threads).lifecycle(TestCity.lifecycle(TestCity.step("SHRED", "ARRANGED", "GONE"))),
          "test-lifecycle/2026.1: the simulation does not model action SHRED (from ARRANGED to"
              + " GONE)");
    }
  }

  @Test
  void anInspectionTheModelDoesNotKnowIsRefusedWithItsForwardAction() {
    fails(
        city(1)
            .lifecycle(
                TestCity.lifecycle(
                    TestCity.step("SEND_BACK", "ARRANGED", "BACK"),
                    TestCity.step("RESUBMIT", "BACK", "ARRANGED"),
                    TestCity.step("LOOK", "ARRANGED", "LOOKED"))),
        "test-lifecycle/2026.1: the simulation does not model action LOOK (from ARRANGED to"
            + " LOOKED)");
  }

  @Test
  void aStateWithoutOneForwardAndOneReturnIsRefused() {
    fails(
        city(1)
            .lifecycle(
                TestCity.lifecycle(
                    TestCity.step("STORE", "ARRANGED", "STORED"),
                    TestCity.step("DIGITISE", "ARRANGED", "DONE"))),
        "test-lifecycle/2026.1: state ARRANGED of phase 1 has transitions [STORE, DIGITISE]; the"
            + " simulation models one forward transition and one return");
    fails(
        city(1)
            .lifecycle(
                TestCity.lifecycle(
                    TestCity.step("SEND_BACK", "ARRANGED", "BACK"),
                    TestCity.step("RESUBMIT", "BACK", "ARRANGED"),
                    TestCity.step("STORE", "ARRANGED", "STORED"),
                    TestCity.step("DIGITISE", "ARRANGED", "DONE"))),
        "test-lifecycle/2026.1: state ARRANGED of phase 1 has transitions [SEND_BACK, STORE,"
            + " DIGITISE]; the simulation models one forward transition and one return");
  }

  @Test
  void aLifecycleThatNeverStoresFailsNamingTheFirstVolumeLeftOut() {
    fails(
        city(1)
            .lifecycle(TestCity.lifecycle(TestCity.step("HAND_OVER", "ARRANGED", "HANDED_OVER"))),
        "scenario phase-1: volume 0 never reached the stacks");
  }
}
