package org.siarchive.rules.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;
import org.junit.jupiter.api.Test;
import org.siarchive.core.transfer.Role;
import org.siarchive.rules.quality.Stage;

/**
 * The simulation's properties: sampling escapes follow the hypergeometric law; the same seed gives
 * the same answer on 1 and 2 threads; more acceptance staff never lengthens the acceptance post's
 * waiting; with every ratio at 100% nothing a suite can find escapes.
 */
class SimulationPropertiesTest {

  /** A random city of two sub-centres; defective volumes found at the given stages. */
  private static CityPool city(long seed, double defectRate, EnumSet<Stage> foundAt) {
    SplittableRandom r = new SplittableRandom(seed);
    List<SimulatedVolume> vols = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String sc = i % 2 == 0 ? "SC01" : "SC02";
      boolean bad = r.nextDouble() < defectRate;
      vols.add(
          new SimulatedVolume(
              sc + "-" + i,
              sc,
              i % 3 == 0 ? "PENSION/REGISTRATION" : "MEDICAL/BENEFIT",
              1 + r.nextInt(12),
              bad,
              bad ? foundAt : EnumSet.noneOf(Stage.class)));
    }
    return CityPool.of(vols, 2_000);
  }

  @Test
  void preAcceptanceEscapesFollowTheHypergeometricLaw() {
    // One batch of N = 21 volumes, the first D = 5 defective and found only at pre-acceptance;
    // the sample is ceil(0.20 x 21) = 5: found ~ Hypergeometric(21, 5, 5).
    List<SimulatedVolume> vols = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      vols.add(
          new SimulatedVolume(
              "SC01-" + i,
              "SC01",
              "PENSION/REGISTRATION",
              4,
              i < 5,
              i < 5 ? EnumSet.of(Stage.PRE_ACCEPTANCE) : EnumSet.noneOf(Stage.class)));
    }
    int reps = 400;
    SimulationResult r =
        Simulation.builder(CityPool.of(vols, 250), TestCity.rooms(List.of("SC01")))
            .parameters(Parameters.defaults().withPoissonArrivals(false).withEfficiency(1))
            .horizonDays(21)
            .replications(reps)
            .seed(3)
            .build()
            .run(List.of(Scenario.of("phase-2")));
    HypergeometricDistribution h = HypergeometricDistribution.of(21, 5, 5);
    List<Double> shares = r.scenario("phase-2").values().get("escapedDefectShare");
    int[] counts = new int[6];
    double[] found = new double[reps];
    for (int i = 0; i < reps; i++) {
      int k = (int) Math.round(5 * (1 - shares.get(i)));
      counts[k]++;
      found[i] = k;
    }
    Interval mean = Interval.of(found);
    assertThat(mean.contains(h.getMean())).as("%s contains %s", mean, h.getMean()).isTrue();
    // Pearson's chi-square over 0, 1, 2+ found, 2 degrees of freedom: below the 0.999 quantile.
    double[] expected = {h.probability(0) * reps, h.probability(1) * reps, 0};
    expected[2] = reps - expected[0] - expected[1];
    double[] observed = {counts[0], counts[1], reps - counts[0] - counts[1]};
    double chi = 0;
    for (int i = 0; i < 3; i++) {
      chi += (observed[i] - expected[i]) * (observed[i] - expected[i]) / expected[i];
    }
    assertThat(chi).isLessThan(13.8);
  }

  @Test
  void theSameSeedGivesTheSameAnswerOnOneTwoAndThreeThreads() {
    CityPool pool =
        city(
            11, 0.2, EnumSet.of(Stage.SELF_CHECK, Stage.PRE_ACCEPTANCE, Stage.ALL, Stage.RE_CHECK));
    Simulation.Builder b =
        Simulation.builder(pool, TestCity.rooms(pool.subCenters()))
            .horizonDays(63)
            .replications(5)
            .seed(5);
    SimulationResult one = b.threads(1).build().run(Scenario.standard());
    SimulationResult two = b.threads(2).build().run(Scenario.standard());
    SimulationResult three = b.threads(3).build().run(Scenario.standard());
    assertThat(two).isEqualTo(one);
    assertThat(three).isEqualTo(one);
    assertThat(b.seed(6).threads(1).build().run(Scenario.standard())).isNotEqualTo(one);
    assertThat(one.scenario("phase-1").metric("daysToDetection").mean()).isGreaterThan(250);
  }

  @Test
  void moreAcceptanceStaffNeverLengthensTheWait() {
    // Over many seeds and both phases: with common random numbers the acceptance post's mean wait
    // with 2 people is at most that with 1, and with 4 at most that with 2, seed by seed (so in
    // distribution too); the wait with 1 person is positive, so the comparison is not 0 <= 0.
    qt().withExamples(12)
        .forAll(integers().between(1, 1_000_000), integers().between(1, 2))
        .checkAssert(
            (seed, phase) -> {
              CityPool pool = city(seed, 0.15, EnumSet.of(Stage.ALL, Stage.PRE_ACCEPTANCE));
              Scenario base = Scenario.of(phase == 1 ? Scenario.PHASE_1 : "phase-2");
              SimulationResult r =
                  Simulation.builder(pool, TestCity.rooms(pool.subCenters()))
                      .parameters(
                          Parameters.defaults()
                              .withPeople(Role.ACCEPTANCE_POST, 1)
                              .withRate(Parameters.Step.INSPECT, phase == 1 ? 60 : 12))
                      .horizonDays(42)
                      .replications(3)
                      .seed(seed)
                      .build()
                      .run(
                          List.of(
                              base.withName("one"),
                              base.withName("two").withStaff(Role.ACCEPTANCE_POST, 2),
                              base.withName("four").withStaff(Role.ACCEPTANCE_POST, 4)));
              double w1 = r.scenario("one").metric("waitingDays.ACCEPTANCE_POST").mean();
              double w2 = r.scenario("two").metric("waitingDays.ACCEPTANCE_POST").mean();
              double w4 = r.scenario("four").metric("waitingDays.ACCEPTANCE_POST").mean();
              String at = "seed " + seed + ", phase " + phase;
              assertThat(w1).as("%s: 1 person waits", at).isPositive();
              assertThat(w2).as("%s: 2 people against 1", at).isLessThanOrEqualTo(w1);
              assertThat(w4).as("%s: 4 people against 2", at).isLessThanOrEqualTo(w2);
            });
  }

  @Test
  void withEveryRatioAtOneHundredPercentNothingEscapes() {
    qt().withExamples(5)
        .forAll(integers().between(1, 1_000_000), integers().between(1, 60))
        .checkAssert(
            (seed, percent) -> {
              CityPool pool =
                  city(seed, percent / 100.0, EnumSet.of(Stage.PRE_ACCEPTANCE, Stage.SUPERVISION));
              Parameters p =
                  Parameters.defaults()
                      .withEfficiency(1)
                      .withRatios(
                          BigDecimal.ONE, new BigDecimal("0.30"), BigDecimal.ONE, BigDecimal.ONE);
              SimulationResult r =
                  Simulation.builder(pool, TestCity.rooms(pool.subCenters()))
                      .parameters(p)
                      .horizonDays(42)
                      .replications(2)
                      .seed(seed)
                      .build()
                      .run(List.of(Scenario.of("phase-2"), Scenario.of("phase-2+flexible-ratios")));
              for (ScenarioResult s : r.scenarios()) {
                assertThat(s.values().get("escapedDefectShare"))
                    .as("seed %d, %d%% defective, %s", seed, percent, s.name())
                    .containsOnly(0.0);
              }
            });
  }
}
