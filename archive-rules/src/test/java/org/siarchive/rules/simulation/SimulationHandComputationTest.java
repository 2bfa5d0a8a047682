package org.siarchive.rules.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With no randomness (one volume a working day, fixed service times, no defects) the figures of
 * phase 2 equal a hand computation from the default rates and people.
 */
class SimulationHandComputationTest {

  @Test
  void phase2OfOneSubCentreEqualsTheHandComputation() {
    List<SimulatedVolume> vols = new ArrayList<>();
    vols.add(TestCity.sound("SC01", 0, 10));
    CityPool pool = CityPool.of(vols, 250); // one volume per working day
    Parameters p = Parameters.defaults().withServiceVariability(0).withPoissonArrivals(false);
    SimulationResult r =
        Simulation.builder(pool, TestCity.rooms(List.of("SC01")))
            .parameters(p)
            .horizonDays(21)
            .replications(2)
            .seed(1)
            .build()
            .run(List.of(Scenario.of("phase-2")));
    ScenarioResult s = r.scenario("phase-2");
    // 21 volumes of 10 pages, formed at t = 0..20; one batch opened at t = 21.
    // Scanning each day's volume: 10 pages / 400 per person-day / 3 case handlers.
    assertThat(s.metric("daysToDigitisation").mean()).isCloseTo(10.0 / 400 / 3, within(1e-12));
    // Self-check 210 pages; pre-acceptance ceil(0.20 x 21) = 5 volumes; supervision ceil(0.05 x 21)
    // = 2.
    assertThat(s.metric("pagesInspected").mean()).isEqualTo(210 + 50 + 20);
    assertThat(s.metric("volumesInspected").mean()).isEqualTo(21 + 5 + 2);
    double scan = 21 * 10.0 / 400;
    double arrange = 21 / 40.0;
    double selfCheck = 210 / 800.0;
    double request = 21 / 500.0;
    double preAccept = 50 / 600.0;
    double supervise = 20 / 600.0;
    double handOver = 21 / 500.0;
    double receive = 21 / 60.0 + 21 / 200.0;
    assertThat(s.metric("staffDays").mean())
        .isCloseTo(
            scan + arrange + selfCheck + request + preAccept + supervise + handOver + receive,
            within(1e-9));
    assertThat(s.metric("staffDays.SUPERVISING_LEADER").mean()).isCloseTo(supervise, within(1e-12));
    // The batch goes through archivists (2), acceptance (2), the leader (1), archivists, keepers
    // (2), one job after the other and no queue.
    double leaves =
        21
            + arrange / 2
            + selfCheck / 2
            + request / 2
            + preAccept / 2
            + supervise / 1
            + handOver / 2
            + receive / 2;
    assertThat(s.metric("volumeDaysAtSubCentres").mean())
        .isCloseTo(21 * leaves - (0 + 20) * 21 / 2.0, within(1e-9));
    assertThat(s.metric("peakStoreFill").mean()).isCloseTo(21 / 10_000.0, within(1e-12));
    assertThat(s.metric("escapedDefectShare").mean()).isZero();
    assertThat(s.metric("waitingDays").mean()).isZero();
    // No randomness: both replications agree, so the interval is the point.
    assertThat(s.metric("staffDays").low()).isEqualTo(s.metric("staffDays").high());
  }
}
