package org.siarchive.rules.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.siarchive.core.transfer.Role;
import org.siarchive.rules.inspection.History;
import org.siarchive.rules.inspection.InspectionPlan;
import org.siarchive.rules.inspection.Population;
import org.siarchive.rules.inspection.ProblemRatePolicy;
import org.siarchive.rules.inspection.StratumKey;
import org.siarchive.rules.quality.Stage;

/**
 * Each phase's lifecycle followed by hand: with fixed arrivals, fixed service times, inspectors who
 * see every defect their suite finds and ratios that make every sample certain, each job's end is
 * the previous one's plus its units over the rate and the post's people (defaults: 3 case handlers,
 * 1 audit post, 2 archivists, 1 supervising leader at the sub-centre; 2 acceptance, 1 re-check, 2
 * digitisers, 2 storage keepers at the centre), and every figure follows.
 */
class SimulationLifecycleTest {
  private static final double EPS = 1e-9;

  /** Fixed arrivals and times, inspectors who see all. */
  private static final Parameters CERTAIN =
      Parameters.defaults().withServiceVariability(0).withPoissonArrivals(false).withEfficiency(1);

  private static Simulation.Builder city(
      List<SimulatedVolume> vols, long perYear, Parameters p, int horizon) {
    CityPool pool = CityPool.of(vols, perYear);
    return Simulation.builder(pool, TestCity.rooms(pool.subCenters()))
        .parameters(p)
        .horizonDays(horizon)
        .replications(2)
        .seed(1);
  }

  private static ScenarioResult run(
      List<SimulatedVolume> vols, long perYear, Parameters p, int horizon, Scenario s) {
    return city(vols, perYear, p, horizon).build().run(List.of(s)).scenario(s.name());
  }

  private static double mean(ScenarioResult r, String metric) {
    return r.metric(metric).mean();
  }

  @Test
  void phase1_acceptsAtTheCentreAfterTheHandOverThenRectifiesAndDigitises() {
    // Four volumes of 10 pages formed on day 0 (1000 a year, one of each pool volume a day): v0
    // sound, v1 found by acceptance (stage all), v2 found by the spot check (stage
    // pre-acceptance), v3 found by nothing. Spot check 100%, re-check 30% (ceil(1.2) = 2).
    List<SimulatedVolume> vols =
        List.of(
            TestCity.sound("SC01", 0, 10),
            TestCity.defective("SC01", 1, 10, Stage.ALL),
            TestCity.defective("SC01", 2, 10, Stage.PRE_ACCEPTANCE),
            TestCity.defective("SC01", 3, 10));
    Parameters p =
        CERTAIN.withRatios(
            BigDecimal.ONE, new BigDecimal("0.30"), new BigDecimal("0.20"), new BigDecimal("0.05"));
    for (int keep : new int[] {0, 3}) {
      ScenarioResult r =
          run(vols, 1000, p.withBatchDays(21, keep), 1, Scenario.of(Scenario.PHASE_1));
      double open = 4 / 40.0 / 2;
      double request = 4 / 500.0 / 2;
      double spot = 40 / 600.0 / 2;
      double collect = 4 / 60.0 / 2;
      double accept = 40 / 600.0 / 2;
      double recheck = 20 / 600.0;
      double report = 1 / 2.0 / 2;
      double rectify = 2 / 10.0 / 2;
      double digitise = 40 / 400.0 / 2;
      // The period ends at the horizon, t = 1; the request waits for the arrangement and the keep.
      double requested = Math.max(1 + open, 1 + keep) + request;
      double spotted = requested + spot;
      double left = spotted + collect;
      double accepted = left + accept;
      double rectified = accepted + recheck + report + rectify;
      double digitised = rectified + digitise;
      String at = "keep " + keep;
      assertThat(mean(r, "daysToDetection"))
          .as(at)
          .isCloseTo((spotted + accepted) / 2, within(EPS));
      assertThat(mean(r, "daysToDetectionP90")).as(at).isCloseTo(accepted, within(EPS));
      assertThat(mean(r, "daysToRectification"))
          .as(at)
          .isCloseTo(((rectified - spotted) + (rectified - accepted)) / 2, within(EPS));
      assertThat(mean(r, "daysToDigitisation")).as(at).isCloseTo(digitised, within(EPS));
      assertThat(mean(r, "escapedDefectShare")).as(at).isCloseTo(1 / 3.0, within(EPS));
      assertThat(mean(r, "pagesInspected")).as(at).isEqualTo(40 + 40 + 20);
      assertThat(mean(r, "volumesInspected")).as(at).isEqualTo(4 + 4 + 2);
      assertThat(mean(r, "volumeDaysAtSubCentres")).as(at).isCloseTo(4 * left, within(EPS));
      assertThat(mean(r, "peakStoreFill")).as(at).isCloseTo(4 / 10_000.0, within(EPS));
      assertThat(mean(r, "waitingDays")).as(at).isZero();
      double archivist = 4 / 40.0 + 4 / 500.0 + 2 / 10.0;
      double acceptance = 40 / 600.0 + 40 / 600.0 + 1 / 2.0;
      double keeper = 4 / 60.0 + 4 / 200.0;
      assertThat(mean(r, "staffDays.ARCHIVIST")).as(at).isCloseTo(archivist, within(EPS));
      assertThat(mean(r, "staffDays.ACCEPTANCE_POST")).as(at).isCloseTo(acceptance, within(EPS));
      assertThat(mean(r, "staffDays.RECHECK_POST")).as(at).isCloseTo(recheck, within(EPS));
      assertThat(mean(r, "staffDays.STORAGE_KEEPER")).as(at).isCloseTo(keeper, within(EPS));
      assertThat(mean(r, "staffDays.DIGITISER")).as(at).isCloseTo(40 / 400.0, within(EPS));
      assertThat(mean(r, "staffDays.CASE_HANDLER")).as(at).isZero();
      assertThat(mean(r, "staffDays"))
          .as(at)
          .isCloseTo(archivist + acceptance + recheck + keeper + 40 / 400.0, within(EPS));
    }
  }

  @Test
  void phase2_returnsWhatPreAcceptanceAndSupervisionFindAndReinspectsIt() {
    // Four volumes formed on day 0: v0 sound (10 pages), v1 found at pre-acceptance (20), v2 found
    // at supervision (30), v3 found by nothing (10). Pre-acceptance and supervision 100%.
    List<SimulatedVolume> vols =
        List.of(
            TestCity.sound("SC01", 0, 10),
            TestCity.defective("SC01", 1, 20, Stage.PRE_ACCEPTANCE),
            TestCity.defective("SC01", 2, 30, Stage.SUPERVISION),
            TestCity.defective("SC01", 3, 10));
    BigDecimal one = BigDecimal.ONE;
    Parameters p = CERTAIN.withRatios(new BigDecimal("0.05"), new BigDecimal("0.2"), one, one);
    ScenarioResult r = run(vols, 1000, p, 1, Scenario.of("phase-2"));
    double scan = 70 / 400.0 / 3;
    double selfChecked = 1 + 4 / 40.0 / 2 + 70 / 800.0 / 2;
    double requested = selfChecked + 4 / 500.0 / 2;
    // Pre-acceptance of all 4 finds v1: returned, resubmitted (rectified), v1 inspected again.
    double returned = requested + 70 / 600.0 / 2;
    double resubmitted = returned + 1 / 10.0 / 2;
    double preAccepted = resubmitted + 20 / 600.0 / 2;
    // Supervision of all 4 (the leader alone) finds v2: returned, resubmitted, v2 again.
    double supervisionReturned = preAccepted + 70 / 600.0;
    double resubmitted2 = supervisionReturned + 1 / 10.0 / 2;
    double supervised = resubmitted2 + 30 / 600.0;
    double left = supervised + 4 / 500.0 / 2 + (4 / 60.0 + 4 / 200.0) / 2;
    assertThat(mean(r, "daysToDigitisation")).isCloseTo(scan, within(EPS));
    assertThat(mean(r, "daysToDetection"))
        .isCloseTo((returned + supervisionReturned) / 2, within(EPS));
    assertThat(mean(r, "daysToDetectionP90")).isCloseTo(supervisionReturned, within(EPS));
    assertThat(mean(r, "daysToRectification")).isCloseTo(1 / 10.0 / 2, within(EPS));
    assertThat(mean(r, "escapedDefectShare")).isCloseTo(1 / 3.0, within(EPS));
    assertThat(mean(r, "pagesInspected")).isEqualTo(70 + 70 + 20 + 70 + 30);
    assertThat(mean(r, "volumesInspected")).isEqualTo(4 + 4 + 1 + 4 + 1);
    assertThat(mean(r, "volumeDaysAtSubCentres")).isCloseTo(4 * left, within(EPS));
    assertThat(mean(r, "staffDays.SUPERVISING_LEADER"))
        .isCloseTo(70 / 600.0 + 30 / 600.0, within(EPS));
    assertThat(mean(r, "staffDays.ACCEPTANCE_POST"))
        .isCloseTo(70 / 600.0 + 20 / 600.0, within(EPS));
    assertThat(mean(r, "staffDays.ARCHIVIST"))
        .isCloseTo(4 / 40.0 + 70 / 800.0 + 4 / 500.0 + 0.1 + 0.1 + 4 / 500.0, within(EPS));
    assertThat(mean(r, "staffDays.CASE_HANDLER")).isCloseTo(70 / 400.0, within(EPS));
    assertThat(mean(r, "staffDays.AUDIT_POST")).isZero();
    assertThat(mean(r, "staffDays.STORAGE_KEEPER")).isCloseTo(4 / 60.0 + 4 / 200.0, within(EPS));
    assertThat(mean(r, "waitingDays")).isZero();
  }

  @Test
  void phase2_selfCheckFindsAndRectifiesInTheSameJob() {
    // Two days of v0 (sound) and v1 (found at self-check), 10 pages each: v1 formed on days 0 and
    // 1 is detected and rectified when the batch's self-check ends, the rectification (2 volumes
    // at 10 a day) part of the job: 2 archivists over 40/800 + 2/10 person-days.
    List<SimulatedVolume> vols =
        List.of(TestCity.sound("SC01", 0, 10), TestCity.defective("SC01", 1, 10, Stage.SELF_CHECK));
    ScenarioResult r = run(vols, 500, CERTAIN, 2, Scenario.of("phase-2"));
    double selfChecked = 2 + 4 / 40.0 / 2 + (40 / 800.0 + 2 / 10.0) / 2;
    assertThat(mean(r, "daysToDetection")).isCloseTo(selfChecked - 0.5, within(EPS));
    assertThat(mean(r, "daysToDetectionP90")).isCloseTo(selfChecked, within(EPS));
    assertThat(mean(r, "daysToRectification")).isZero();
    assertThat(mean(r, "escapedDefectShare")).isZero();
  }

  @Test
  void auditPost_checksEachDaysImagesAndTheCaseHandlersFixWhatItFinds() {
    // v0 sound (10 pages), v1 found at the audit post (20): scanned by 3 case handlers, audited
    // by 1, fixed (1 volume at 20 a day) by the 3 case handlers, all on day 0.
    List<SimulatedVolume> vols =
        List.of(TestCity.sound("SC01", 0, 10), TestCity.defective("SC01", 1, 20, Stage.AUDIT_POST));
    BigDecimal one = BigDecimal.ONE;
    Parameters p = CERTAIN.withRatios(new BigDecimal("0.05"), new BigDecimal("0.2"), one, one);
    ScenarioResult r = run(vols, 500, p, 1, Scenario.of("phase-2+audit-post"));
    double scan = 30 / 400.0 / 3;
    double audited = scan + 30 / 1000.0;
    double fix = 1 / 20.0 / 3;
    assertThat(mean(r, "daysToDigitisation")).isCloseTo(scan, within(EPS));
    assertThat(mean(r, "daysToDetection")).isCloseTo(audited, within(EPS));
    assertThat(mean(r, "daysToDetectionP90")).isCloseTo(audited, within(EPS));
    assertThat(mean(r, "daysToRectification")).isCloseTo(fix, within(EPS));
    assertThat(mean(r, "escapedDefectShare")).isZero();
    assertThat(mean(r, "pagesInspected")).isEqualTo(30 * 4);
    assertThat(mean(r, "volumesInspected")).isEqualTo(2 * 4);
    assertThat(mean(r, "staffDays.AUDIT_POST")).isCloseTo(30 / 1000.0, within(EPS));
    assertThat(mean(r, "staffDays.CASE_HANDLER")).isCloseTo(30 / 400.0 + 1 / 20.0, within(EPS));
    // Without the audit post the same volume is found at none of phase 2's later stages.
    ScenarioResult without = run(vols, 500, p, 1, Scenario.of("phase-2"));
    assertThat(mean(without, "escapedDefectShare")).isEqualTo(1);
    assertThat(mean(without, "staffDays.AUDIT_POST")).isZero();
  }

  @Test
  void aBatchOpensOnlyWhenItsPeriodIsOverAndItsLastDayIsScannedAndAudited() {
    // One 10-page sound volume a day for 2 days; scanning at 1 page a day per case handler takes
    // 10/3 days a volume, so day 1's volume waits for day 0's and is scanned at 20/3, then audited
    // (10/1000): the batch of the period ending at t = 2 opens at 20/3 + 0.01.
    List<SimulatedVolume> vols = List.of(TestCity.sound("SC01", 0, 10));
    Parameters p = CERTAIN.withRate(Parameters.Step.SCAN, 1);
    ScenarioResult r = run(vols, 250, p, 2, Scenario.of("phase-2+audit-post"));
    double opened = 20 / 3.0 + 0.01;
    // Pre-acceptance ceil(0.2 x 2) = 1 and supervision ceil(0.05 x 2) = 1 volume of 10 pages.
    double left =
        opened
            + 2 / 40.0 / 2
            + 20 / 800.0 / 2
            + 2 / 500.0 / 2
            + 10 / 600.0 / 2
            + 10 / 600.0
            + 2 / 500.0 / 2
            + (2 / 60.0 + 2 / 200.0) / 2;
    assertThat(mean(r, "volumeDaysAtSubCentres")).isCloseTo(2 * left - (0 + 1), within(EPS));
    assertThat(mean(r, "daysToDigitisation"))
        .isCloseTo((10 / 3.0 + (20 / 3.0 - 1)) / 2, within(EPS));
    // Two scans, the second waiting 10/3 - 1; every other post without a queue.
    assertThat(mean(r, "waitingDays.CASE_HANDLER")).isCloseTo((10 / 3.0 - 1) / 2, within(EPS));
    assertThat(mean(r, "waitingDays.AUDIT_POST")).isZero();
    // Jobs: 2 scans, 2 audits, then open, self-check, request, hand-over (archivists),
    // pre-acceptance, supervision, receipt: 11, one of which waited.
    assertThat(mean(r, "waitingDays")).isCloseTo((10 / 3.0 - 1) / 11, within(EPS));
  }

  @Test
  void eachPeriodFormsABatchAndTheLastPeriodEndsAtTheHorizon() {
    // Phase 1, one 1-page volume a day for 30 days, monthly batches of 21 days, a keep of 1: the
    // first batch (21 volumes) is requested at 21 + 1, the second (9) at its period's end, the
    // horizon 30, plus 1.
    List<SimulatedVolume> vols = List.of(TestCity.sound("SC01", 0, 1));
    Parameters p = CERTAIN.withBatchDays(21, 1);
    ScenarioResult r = run(vols, 250, p, 30, Scenario.of(Scenario.PHASE_1));
    // Spot checks ceil(0.05 x 21) = 2 and ceil(0.05 x 9) = 1 volumes of 1 page.
    double left0 = 22 + 21 / 500.0 / 2 + 2 / 600.0 / 2 + 21 / 60.0 / 2;
    double left1 = 31 + 9 / 500.0 / 2 + 1 / 600.0 / 2 + 9 / 60.0 / 2;
    double formedDays = 29 * 30 / 2.0;
    assertThat(mean(r, "volumeDaysAtSubCentres"))
        .isCloseTo(21 * left0 + 9 * left1 - formedDays, within(EPS));
    // The store holds 21 at day 20 and goes on filling until the first collection after t = 22:
    // 23 volumes.
    assertThat(mean(r, "peakStoreFill")).isCloseTo(23 / 10_000.0, within(EPS));
    // Re-checks ceil(0.2 x 21) = 5 and ceil(0.2 x 9) = 2; acceptance of all 30.
    assertThat(mean(r, "volumesInspected")).isEqualTo(2 + 1 + 30 + 5 + 2);
    assertThat(mean(r, "staffDays.DIGITISER")).isCloseTo(30 / 400.0, within(EPS));
  }

  @Test
  void scenarioStaffReplacesTheParametersPeople() {
    // The phase 2 hand computation with 4 archivists instead of 2: the archivists' jobs take half
    // as long, the person-days are the same.
    List<SimulatedVolume> vols = List.of(TestCity.sound("SC01", 0, 10));
    Scenario s = Scenario.of("phase-2");
    ScenarioResult two = run(vols, 250, CERTAIN, 1, s);
    ScenarioResult four = run(vols, 250, CERTAIN, 1, s.withStaff(Role.ARCHIVIST, 4));
    double archivistWork = 1 / 40.0 + 10 / 800.0 + 1 / 500.0 + 1 / 500.0;
    assertThat(mean(four, "staffDays")).isCloseTo(mean(two, "staffDays"), within(EPS));
    assertThat(mean(two, "volumeDaysAtSubCentres") - mean(four, "volumeDaysAtSubCentres"))
        .isCloseTo(archivistWork / 2 - archivistWork / 4, within(EPS));
  }

  @Test
  void aHostsLifecycleMayStoreBeforeItDigitises() {
    // Collected, stored, then digitised at the centre: 1 volume of 10 pages formed on day 0.
    List<SimulatedVolume> vols = List.of(TestCity.sound("SC01", 0, 10));
    Simulation.Builder b =
        city(vols, 250, CERTAIN, 1)
            .lifecycle(
                TestCity.lifecycle(
                    TestCity.step("COLLECT", "ARRANGED", "COLLECTED", "STORAGE_KEEPER", "CENTER"),
                    TestCity.step("STORE", "COLLECTED", "STORED", "STORAGE_KEEPER", "CENTER"),
                    TestCity.step("DIGITISE", "STORED", "DIGITISED", "DIGITISER", "CENTER")));
    ScenarioResult r = b.build().run(List.of(Scenario.of(Scenario.PHASE_1))).scenario("phase-1");
    double left = 1 + 1 / 40.0 / 2 + 1 / 60.0 / 2;
    assertThat(mean(r, "volumeDaysAtSubCentres")).isCloseTo(left, within(EPS));
    assertThat(mean(r, "daysToDigitisation"))
        .isCloseTo(left + 1 / 200.0 / 2 + 10 / 400.0 / 2, within(EPS));
  }

  @Test
  void whatASpotCheckFindsIsRectifiedAfterAnInspectionThatFindsNothingElse() {
    // The spot check finds the volume; a pre-acceptance step in between inspects nothing (phase 1
    // plans none) and passes; the archivists' rectification then puts the volume right, before
    // the centre digitises and receives it.
    List<SimulatedVolume> vols = List.of(TestCity.defective("SC01", 0, 10, Stage.PRE_ACCEPTANCE));
    BigDecimal r = new BigDecimal("0.2");
    Simulation.Builder b =
        city(vols, 250, CERTAIN.withRatios(BigDecimal.ONE, r, r, r), 1)
            .lifecycle(
                TestCity.lifecycle(
                    TestCity.step(
                        "SPOT_CHECK", "ARRANGED", "SPOT_CHECKED", "ACCEPTANCE_POST", "CENTER"),
                    TestCity.step(
                        "PRE_ACCEPT", "SPOT_CHECKED", "PRE_ACCEPTED", "ACCEPTANCE_POST", "CENTER"),
                    TestCity.step(
                        "RETURN", "SPOT_CHECKED", "RETURNED", "ACCEPTANCE_POST", "CENTER"),
                    TestCity.step("RESUBMIT", "RETURNED", "SPOT_CHECKED"),
                    TestCity.step("RECTIFY", "PRE_ACCEPTED", "RECTIFIED"),
                    TestCity.step("DIGITISE", "RECTIFIED", "DIGITISED", "DIGITISER", "CENTER"),
                    TestCity.step("RECEIVE", "DIGITISED", "STORED", "STORAGE_KEEPER", "CENTER")));
    ScenarioResult s = b.build().run(List.of(Scenario.of(Scenario.PHASE_1))).scenario("phase-1");
    double found = 1 + 1 / 40.0 / 2 + 10 / 600.0 / 2;
    assertThat(mean(s, "daysToDetection")).isCloseTo(found, within(EPS));
    assertThat(mean(s, "daysToRectification")).isCloseTo(1 / 10.0 / 2, within(EPS));
    assertThat(mean(s, "volumesInspected")).isEqualTo(1);
  }

  @Test
  void serviceTimesVaryLogNormallyWithMeanOneAndThePersonDaysDoNot() {
    // One 10-page volume a day for a year: each day's scan (no queue) takes 10/400/3 days times a
    // log-normal factor of mean 1 and log-scale deviation 0.5, whose standard deviation is
    // sqrt(e^0.25 - 1) = 0.53; over 2 x 250 factors the mean is within 4 standard errors (0.095).
    List<SimulatedVolume> vols = List.of(TestCity.sound("SC01", 0, 10));
    Scenario s = Scenario.of("phase-2");
    ScenarioResult fixed = run(vols, 250, CERTAIN, 250, s);
    ScenarioResult varied = run(vols, 250, CERTAIN.withServiceVariability(0.5), 250, s);
    double scan = 10 / 400.0 / 3;
    assertThat(mean(fixed, "daysToDigitisation")).isCloseTo(scan, within(EPS));
    assertThat(mean(varied, "daysToDigitisation") / scan).isCloseTo(1, within(0.095));
    List<Double> reps = varied.values().get("daysToDigitisation");
    assertThat(reps.get(0)).isNotEqualTo(reps.get(1));
    assertThat(mean(varied, "staffDays")).isCloseTo(mean(fixed, "staffDays"), within(EPS));
  }

  @Test
  void flexibleRatiosInspectMoreWhereTheTalliedProblemRateIsHigher() {
    // SC01 forms one volume a day, defective and found at pre-acceptance only; SC02 two sound
    // ones. Two monthly periods of 21 days: 21 defective and 42 sound volumes each. Each period's
    // pre-acceptance is planned over both batches; every sampled SC01 volume is found. Fixed
    // ratios take ceil(0.2 x 21) = 5 of SC01's 21 each period; flexible ratios allocate ceil(0.2 x
    // 63) = 13 by problem rate, equal rates (sizes) in the first period, then the rates of the
    // first period's tallies: the oracle is the inspection package's own policy.
    List<SimulatedVolume> vols =
        List.of(
            TestCity.defective("SC01", 0, 1, Stage.PRE_ACCEPTANCE),
            TestCity.sound("SC02", 0, 1),
            TestCity.sound("SC02", 1, 1));
    SimulationResult r =
        city(vols, 750, CERTAIN, 42)
            .build()
            .run(List.of(Scenario.of("phase-2"), Scenario.of("phase-2+flexible-ratios")));
    StratumKey a = StratumKey.of("SC01", "PENSION/REGISTRATION");
    StratumKey b = StratumKey.of("SC02", "PENSION/REGISTRATION");
    Map<StratumKey, List<String>> strata = new TreeMap<>();
    strata.put(a, ids("a", 21));
    strata.put(b, ids("b", 42));
    Population population = Population.of(strata);
    BigDecimal ratio = new BigDecimal("0.20");
    BigDecimal min = new BigDecimal("0.05");
    InspectionPlan first =
        ProblemRatePolicy.of(ratio, min, BigDecimal.ONE, History.none()).plan(population, "P1");
    int a1 = first.stratum(a).sampleSize();
    int b1 = first.stratum(b).sampleSize();
    History tallied = History.of(Map.of(a, new History.Tally(a1, a1), b, new History.Tally(b1, 0)));
    int a2 =
        ProblemRatePolicy.of(ratio, min, BigDecimal.ONE, tallied)
            .plan(population, "P2")
            .stratum(a)
            .sampleSize();
    assertThat(a2).as("the second period's SC01 sample").isGreaterThan(a1);
    assertThat(mean(r.scenario("phase-2"), "escapedDefectShare"))
        .isCloseTo((42 - 5 - 5) / 42.0, within(EPS));
    assertThat(mean(r.scenario("phase-2+flexible-ratios"), "escapedDefectShare"))
        .isCloseTo((42 - a1 - a2) / 42.0, within(EPS));
  }

  private static List<String> ids(String prefix, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(prefix + i);
    }
    return ids;
  }

  @Test
  void storagePlanningCollectsTheMostPressedStoreFirst() {
    // Three sub-centres form one sound volume a day each, SC03's of 100 pages; SC03's store holds
    // 100. The storage keepers take about 2 days a batch (21 volumes at 60 a day plus 6 a day), so
    // each period's three batches queue at them. First in, first out, SC03's batch (longest to
    // pre-accept and supervise) is received last and its store goes on filling with the next
    // period's volumes meanwhile; with storage planning it is ranked most pressed and received
    // before SC02's, so its store's peak is lower. With 10,000 archivists, SC02's and SC03's
    // pre-acceptance jobs both wait for SC01's: planning orders the keepers' queue only, so every
    // other post waits the same.
    List<SimulatedVolume> vols =
        List.of(
            TestCity.sound("SC01", 0, 1),
            TestCity.sound("SC02", 0, 1),
            TestCity.sound("SC03", 0, 100));
    CityPool pool = CityPool.of(vols, 750);
    SimulationResult r =
        Simulation.builder(pool, TestCity.rooms(pool.subCenters(), "SC03", 100, 0))
            .parameters(
                CERTAIN.withRate(Parameters.Step.STORE, 6).withPeople(Role.ARCHIVIST, 10_000))
            .horizonDays(42)
            .replications(2)
            .build()
            .run(List.of(Scenario.of("phase-2"), Scenario.of("phase-2+storage-planning")));
    ScenarioResult plain = r.scenario("phase-2");
    ScenarioResult planning = r.scenario("phase-2+storage-planning");
    double fifo = mean(plain, "peakStoreFill");
    double planned = mean(planning, "peakStoreFill");
    // The peak is SC03's, at least its whole first batch of 21 over 100.
    assertThat(planned).isGreaterThanOrEqualTo(0.21);
    assertThat(planned).isLessThan(fifo);
    assertThat(mean(plain, "waitingDays.ACCEPTANCE_POST")).isPositive();
    for (Role role : Role.values()) {
      if (role != Role.STORAGE_KEEPER) {
        String m = "waitingDays." + role.name();
        assertThat(mean(planning, m)).as(m).isEqualTo(mean(plain, m));
      }
    }
  }

  @Test
  void versusPhase1IsThePairedDifferenceWhereverPhase1IsListed() {
    // Poisson arrivals and variable times, so replications differ; the difference of each
    // replication against phase 1's, averaged, is the difference of the means.
    CityPool pool =
        CityPool.of(
            List.of(TestCity.sound("SC01", 0, 5), TestCity.defective("SC01", 1, 8, Stage.ALL)),
            2_000);
    Simulation sim =
        Simulation.builder(pool, TestCity.rooms(pool.subCenters()))
            .horizonDays(21)
            .replications(3)
            .seed(4)
            .build();
    Scenario p1 = Scenario.of(Scenario.PHASE_1);
    Scenario p2 = Scenario.of("phase-2");
    for (List<Scenario> order : List.of(List.of(p1, p2), List.of(p2, p1))) {
      SimulationResult r = sim.run(order);
      for (String m : List.of("staffDays", "daysToDigitisation")) {
        double d = mean(r.scenario("phase-2"), m) - mean(r.scenario("phase-1"), m);
        assertThat(d).isNotZero();
        assertThat(r.scenario("phase-2").versusPhase1().get(m).mean())
            .as("%s, %s", order, m)
            .isCloseTo(d, within(EPS));
        assertThat(r.scenario("phase-1").versusPhase1().get(m)).isEqualTo(new Interval(0, 0, 0));
      }
    }
    assertThat(sim.run(List.of(p2)).scenario("phase-2").versusPhase1()).isEmpty();
  }
}
