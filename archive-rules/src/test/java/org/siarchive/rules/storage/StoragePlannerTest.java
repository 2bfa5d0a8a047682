package org.siarchive.rules.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;

class StoragePlannerTest {
  private static final YearMonth AS_OF = YearMonth.of(2026, 6);

  /** Twelve months of history, 2025-07 to 2026-06, with the given months set. */
  static GenerationHistory history(Map<Integer, Long> months) {
    List<Long> v = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      v.add(months.getOrDefault(i, 0L));
    }
    return new GenerationHistory(AS_OF.minusMonths(11), v);
  }

  /**
   * A pinned case where transferring early is wrong: the stacks have room for one volume until
   * disposals free a second in month 3. Store A may send from month 1 but needs to only by month 3;
   * store B can send only from month 2 and must by month 2. Sending A's volume first (what
   * earliest-deadline-first forward in time, or the fullest store first, does) leaves no room for
   * B's; the latest-first schedule sends B in month 2 and A in month 3.
   */
  static StorageNetwork stacksFreeLater() {
    SubCenterStore a =
        new SubCenterStore(
            "A", "SCA", 10, 10, Eligibility.afterSupervision(0), history(Map.of(2, 1L)));
    SubCenterStore b =
        new SubCenterStore(
            "B",
            "SCB",
            10,
            9,
            Eligibility.afterSupervision(2),
            history(Map.of(0, 1L, 1, 1L, 11, 9L)));
    return networkOf(
        ForecastMethod.SEASONAL,
        Intake.ofVolumes(1),
        new CentreStacks("C", 5, 4),
        List.of(a, b),
        Disposals.of(Map.of("C", Map.of(YearMonth.of(2026, 9), 1L))));
  }

  @Test
  void plan_stacksFreeOnlyLater_transfersAsLateAsPossibleAndAvoidsOverflow() {
    StoragePlan p = StoragePlanner.plan(stacksFreeLater(), 3);
    assertThat(p.isFeasible()).isTrue();
    assertThat(p.optimal().peak()).isEqualTo(FillRatio.of(10, 10));
    assertThat(p.optimal().months().get(0).transfers()).isEmpty();
    assertThat(p.optimal().months().get(1).transfers()).containsExactly(Map.entry("B", 1L));
    assertThat(p.optimal().months().get(2).transfers()).containsExactly(Map.entry("A", 1L));
    assertThat(p.optimal().stacksFull()).hasValue(YearMonth.of(2026, 8));
    assertThat(p.naive().months().get(0).transfers()).containsExactly(Map.entry("A", 1L));
    assertThat(p.naive().overflows())
        .as("B waits for September's free place")
        .containsExactly(new Overflow("B", YearMonth.of(2026, 8), 1));
    assertThat(p.naive().peak()).isEqualTo(FillRatio.of(11, 10));
    assertThat(p.minimalIntake()).hasValue(1);
  }

  @Test
  void plan_noTransferableVolumes_reportsOverflowAndNoIntakeSuffices() {
    SubCenterStore s =
        new SubCenterStore(
            "S",
            "SC",
            10,
            10,
            Eligibility.keptOneYear(),
            history(
                Map.of(2, 1L, 3, 1L, 4, 1L, 5, 1L, 6, 1L, 7, 1L, 8, 1L, 9, 1L, 10, 1L, 11, 1L)));
    StorageNetwork n =
        networkOf(
            ForecastMethod.MEAN_12,
            Intake.ofVolumes(100),
            new CentreStacks("C", 100, 0),
            List.of(s),
            Disposals.none());
    StoragePlan p = StoragePlanner.plan(n, 2);
    // 10 held, formed 2025-09 to 2026-06: none may move before 2026-09; 10 / 12 rounds to 1 a month
    assertThat(p.isFeasible()).isFalse();
    assertThat(p.optimal().peak()).isEqualTo(FillRatio.of(12, 10));
    assertThat(p.optimal().overflows())
        .containsExactly(
            new Overflow("S", YearMonth.of(2026, 7), 1),
            new Overflow("S", YearMonth.of(2026, 8), 2));
    assertThat(p.minimalIntake()).isEmpty();
    assertThat(StoragePlanner.avoidsOverflow(n, 2, Intake.ofVolumes(1_000_000))).isFalse();
  }

  @Test
  void status_storeThatNeverGrows_hasNoMonthsUntilFull_andEarlierMonthsAreRefused() {
    SubCenterStore s =
        new SubCenterStore("S", "SC", 10, 4, Eligibility.afterSupervision(1), history(Map.of()));
    StorageNetwork n = unhurried(List.of(s));
    RoomStatus r = StoragePlanner.status(n, AS_OF).rooms().get(0);
    assertThat(r.monthsUntilFull()).isEmpty();
    assertThat(r.reason()).isEqualTo(Pressure.NONE);
    assertThatThrownBy(() -> StoragePlanner.status(n, AS_OF.minusMonths(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for asOf (from 2026-06 to 2126-06): 2026-05");
  }

  @Test
  void status_storesAlikeInEveryMeasure_rankByTheirIds() {
    // Three stores that never fill, hold the same share and grow alike, given out of order: the
    // ranking, which a host prints and compares between runs, falls back on the ids.
    List<SubCenterStore> stores = new ArrayList<>();
    for (String id : List.of("S2", "S10", "S1")) {
      stores.add(
          new SubCenterStore(id, "SC", 10, 4, Eligibility.afterSupervision(1), history(Map.of())));
    }
    assertThat(StoragePlanner.status(unhurried(stores), AS_OF).rooms())
        .extracting(RoomStatus::id)
        .containsExactly("S1", "S10", "S2");
  }

  @Test
  void plan_disposalsAboveTheTransferableVolumes_areRefusedNamingRoomAndMonth() {
    SubCenterStore s =
        new SubCenterStore("S", "SC", 10, 4, Eligibility.afterSupervision(0), history(Map.of()));
    StorageNetwork n =
        networkOf(
            ForecastMethod.MEAN_12,
            Intake.ofVolumes(1),
            new CentreStacks("C", 100, 0),
            List.of(s),
            Disposals.of(Map.of("S", Map.of(YearMonth.of(2026, 8), 5L))));
    assertThatThrownBy(() -> StoragePlanner.plan(n, 3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid value for disposals[S][2026-08] (at most the 4 transferable volumes the store"
                + " holds then): 5");
  }

  @Test
  void network_storeHoldingLessThanItsRecentVolumes_isRefused() {
    assertThatThrownBy(
            () ->
                networkOf(
                    ForecastMethod.MEAN_12,
                    Intake.ofVolumes(1),
                    new CentreStacks("C", 100, 0),
                    List.of(
                        new SubCenterStore(
                            "S",
                            "SC",
                            10,
                            2,
                            Eligibility.afterSupervision(1),
                            history(Map.of(11, 3L)))),
                    Disposals.none()))
        .hasMessage(
            "Invalid value for stores[0].occupied (at least the 3 volumes formed in the last 1"
                + " months, which cannot have been transferred yet): 2");
  }

  @Test
  void intakeOfTrips_isTripsTimesVolumesPerTrip_andPolicyThresholdsAreExact() {
    assertThat(Intake.ofTrips(4, 450).volumesPerMonth()).isEqualTo(1800);
    assertThat(PressurePolicy.DEFAULT.reason(80, 100, 0)).isEqualTo(Pressure.FILL);
    assertThat(PressurePolicy.DEFAULT.reason(79, 100, 24)).isEqualTo(Pressure.GROWTH);
    assertThat(PressurePolicy.DEFAULT.reason(79, 100, 23)).isEqualTo(Pressure.NONE);
    assertThat(PressurePolicy.DEFAULT.reason(80, 100, 24)).isEqualTo(Pressure.BOTH);
  }

  /** A network counted in volumes, one volume a unit, as of {@link #AS_OF}. */
  private static StorageNetwork networkOf(
      ForecastMethod method,
      Intake intake,
      CentreStacks stacks,
      List<SubCenterStore> stores,
      Disposals disposals) {
    return new StorageNetwork(
        AS_OF, StorageUnit.VOLUMES, 1, method, intake, stacks, stores, disposals);
  }

  /** A network of the stores, an intake of one volume a month, roomy stacks and no disposals. */
  private static StorageNetwork unhurried(List<SubCenterStore> stores) {
    return networkOf(
        ForecastMethod.MEAN_12,
        Intake.ofVolumes(1),
        new CentreStacks("C", 100, 0),
        stores,
        Disposals.none());
  }

  /** A network of one store A and the stacks C, with the given disposals and store history. */
  private static StorageNetwork network(Disposals disposals, long occupied, GenerationHistory h) {
    return networkOf(
        ForecastMethod.MEAN_12,
        Intake.ofVolumes(1),
        new CentreStacks("C", 5, 0),
        List.of(new SubCenterStore("A", "SCA", 700, occupied, Eligibility.keptOneYear(), h)),
        disposals);
  }

  @Test
  void plan_hostDisposalsOutOfRange_areRefusedNamingRoomAndMonth() {
    GenerationHistory h = history(Map.of());
    Disposals negativeAtA =
        (room, month) -> room.equals("A") && month.equals(YearMonth.of(2026, 8)) ? -1 : 0;
    assertThatThrownBy(() -> StoragePlanner.plan(network(negativeAtA, 0, h), 3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for disposals[A][2026-08] (valid values 0 - 1000000000000): -1");
    Disposals hugeAtC =
        (room, month) ->
            room.equals("C") && month.equals(YearMonth.of(2026, 9)) ? 1_000_000_000_001L : 0;
    assertThatThrownBy(() -> StoragePlanner.plan(network(hugeAtC, 0, h), 3))
        .hasMessage(
            "Invalid value for disposals[C][2026-09] (valid values 0 - 1000000000000):"
                + " 1000000000001");
  }

  @Test
  void status_fullInExactlyTheLookAhead_andTheAsOfRange() {
    // One volume a month (the mean of twelve months of one) from 100 held: the 700 places are
    // full after exactly 600 months, the look-ahead's last month.
    Map<Integer, Long> ones = new java.util.HashMap<>();
    for (int i = 0; i < 12; i++) {
      ones.put(i, 1L);
    }
    StorageNetwork n = network(Disposals.none(), 100, history(ones));
    assertThat(StoragePlanner.status(n, AS_OF).rooms().get(0).monthsUntilFull())
        .hasValue(StoragePlanner.LOOK_AHEAD);
    StorageNetwork later = network(Disposals.none(), 99, history(ones));
    assertThat(StoragePlanner.status(later, AS_OF).rooms().get(0).monthsUntilFull()).isEmpty();
    assertThat(StoragePlanner.status(n, AS_OF.plusMonths(StoragePlanner.MAX_HORIZON)).asOf())
        .isEqualTo(AS_OF.plusMonths(StoragePlanner.MAX_HORIZON));
    assertThatThrownBy(
            () -> StoragePlanner.status(n, AS_OF.plusMonths(StoragePlanner.MAX_HORIZON + 1)))
        .hasMessage("Invalid value for asOf (from 2026-06 to 2126-06): 2126-07");
    assertThatThrownBy(() -> StoragePlanner.status(n, AS_OF.minusMonths(1)))
        .hasMessage("Invalid value for asOf (from 2026-06 to 2126-06): 2026-05");
  }

  @Test
  void status_longHistory_reportsEachMethodsHeldOutError() {
    List<Long> v = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      v.add((long) (i % 3));
    }
    GenerationHistory h = new GenerationHistory(AS_OF.minusMonths(23), v);
    RoomStatus r = StoragePlanner.status(network(Disposals.none(), 12, h), AS_OF).rooms().get(0);
    for (ForecastMethod m : ForecastMethod.values()) {
      assertThat(m.heldOutError(h)).isPresent();
      assertThat(r.heldOutErrors()).containsEntry(m, m.heldOutError(h).orElseThrow());
    }
  }

  @Test
  void plan_stacksWithRoomForFourUntilTheLastMonth_needAnIntakeOfSixNotTheFourTheMonthsAllow() {
    // A is full and its ten volumes may all move from July; in September it forms ten more, so
    // ten must have left by then: four a month over three months would do, but the stacks take
    // only four until September's disposal of six. Sending as late as possible, an intake of I
    // puts I volumes in September and 10 - I before it, which fits only when 10 - I <= 4.
    SubCenterStore a =
        new SubCenterStore(
            "A", "SCA", 10, 10, Eligibility.afterSupervision(0), history(Map.of(2, 10L)));
    StorageNetwork n =
        networkOf(
            ForecastMethod.SEASONAL,
            Intake.ofVolumes(6),
            new CentreStacks("C", 10, 6),
            List.of(a),
            Disposals.of(Map.of("C", Map.of(YearMonth.of(2026, 9), 6L))));
    StoragePlan p = StoragePlanner.plan(n, 3);
    assertThat(p.minimalIntake()).hasValue(6);
    assertThat(StoragePlanner.avoidsOverflow(n, 3, Intake.ofVolumes(5))).isFalse();
    assertThat(StoragePlanner.avoidsOverflow(n, 3, Intake.ofVolumes(6))).isTrue();
    assertThat(p.isFeasible()).isTrue();
    assertThat(p.optimal().months())
        .extracting(MonthPlan::transfers)
        .containsExactly(Map.of(), Map.of("A", 4L), Map.of("A", 6L));
    assertThat(p.optimal().stacksFull()).hasValue(YearMonth.of(2026, 8));
    // At the least intake the stacks alone would allow (ten in September) nothing less works.
    StorageNetwork wide = n.withIntake(Intake.ofVolumes(10));
    assertThat(StoragePlanner.plan(wide, 3).minimalIntake()).hasValue(6);
  }

  @Test
  void plan_stacksThatNeedMoreRoomThanTheyEverHave_noIntakeSuffices() {
    // The same store, but the stacks free only five in September: ten cannot arrive by then.
    SubCenterStore a =
        new SubCenterStore(
            "A", "SCA", 10, 10, Eligibility.afterSupervision(0), history(Map.of(2, 10L)));
    StorageNetwork n =
        networkOf(
            ForecastMethod.SEASONAL,
            Intake.ofVolumes(100),
            new CentreStacks("C", 10, 6),
            List.of(a),
            Disposals.of(Map.of("C", Map.of(YearMonth.of(2026, 9), 5L))));
    StoragePlan p = StoragePlanner.plan(n, 3);
    assertThat(p.minimalIntake()).isEmpty();
    assertThat(p.isFeasible()).isFalse();
    assertThat(p.optimal().peak()).isEqualTo(FillRatio.of(11, 10));
  }

  @Test
  void plan_stacksDisposingMoreThanTheyHeld_isRefusedNamingTheMonth() {
    SubCenterStore a =
        new SubCenterStore("A", "SCA", 10, 4, Eligibility.afterSupervision(0), history(Map.of()));
    StorageNetwork n =
        networkOf(
            ForecastMethod.MEAN_12,
            Intake.ofVolumes(1),
            new CentreStacks("C", 10, 4),
            List.of(a),
            Disposals.of(
                Map.of("C", Map.of(YearMonth.of(2026, 7), 3L, YearMonth.of(2026, 9), 2L))));
    assertThatThrownBy(() -> StoragePlanner.plan(n, 3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid value for disposals[C][2026-09] (in total at most the 4 volumes the stacks"
                + " held at 2026-06): 2");
    assertThat(StoragePlanner.plan(n, 2).horizon()).isEqualTo(2);
  }

  @Test
  void naivePlan_takesTheFullestStoreFirst_andOfTwoAsFullTheOneListedFirst() {
    // Three stores with volumes that may move at once; one volume a month may go. The naive plan
    // sends it from the fullest, S1 and S2 at 9 of 10 both, and of those from S1, listed first;
    // in the next month S2 is the fullest.
    List<SubCenterStore> stores = new ArrayList<>();
    long[] held = {5, 9, 9};
    for (int i = 0; i < 3; i++) {
      stores.add(
          new SubCenterStore(
              "S" + i, "SC", 10, held[i], Eligibility.afterSupervision(0), history(Map.of())));
    }
    TransferPlan naive = StoragePlanner.plan(unhurried(stores), 2).naive();
    assertThat(naive.months())
        .extracting(MonthPlan::transfers)
        .containsExactly(Map.of("S1", 1L), Map.of("S2", 1L));
  }

  @Test
  void avoidsOverflow_anIntakeBelowWhatTheMonthsAllow_isRefusedEvenWithRoomyStacks() {
    // Ten volumes must leave A by September and may leave from July: three months of at least
    // ceil(10 / 3) = 4 volumes. Three a month leave one volume too many in A.
    SubCenterStore a =
        new SubCenterStore(
            "A", "SCA", 10, 10, Eligibility.afterSupervision(0), history(Map.of(2, 10L)));
    StorageNetwork n =
        networkOf(
            ForecastMethod.SEASONAL,
            Intake.ofVolumes(3),
            new CentreStacks("C", 100, 0),
            List.of(a),
            Disposals.none());
    assertThat(StoragePlanner.avoidsOverflow(n, 3, Intake.ofVolumes(3))).isFalse();
    assertThat(StoragePlanner.avoidsOverflow(n, 3, Intake.ofVolumes(4))).isTrue();
    StoragePlan p = StoragePlanner.plan(n, 3);
    assertThat(p.minimalIntake()).hasValue(4);
    assertThat(p.optimal().peak()).isEqualTo(FillRatio.of(11, 10));
  }

  @Test
  void minimalIntake_volumesTurningTransferableInTwoBlocks_countsEachVolumeOnce() {
    // A holds 10: 5 old enough to move in July, 5 formed in June that may move from August (a lag
    // of two months); in August it forms 10. By the end of August 10 must have left, at most 5 of
    // them in July: an intake of 5 (5 in July, 5 in August) is the least.
    SubCenterStore a =
        new SubCenterStore(
            "A", "SCA", 10, 10, Eligibility.afterSupervision(2), history(Map.of(1, 10L, 11, 5L)));
    StorageNetwork n =
        networkOf(
            ForecastMethod.SEASONAL,
            Intake.ofVolumes(5),
            new CentreStacks("C", 100, 0),
            List.of(a),
            Disposals.none());
    StoragePlan p = StoragePlanner.plan(n, 2);
    assertThat(p.minimalIntake()).hasValue(5);
    assertThat(StoragePlanner.avoidsOverflow(n, 2, Intake.ofVolumes(4))).isFalse();
    assertThat(p.optimal().peak()).isEqualTo(FillRatio.of(10, 10));
    assertThat(p.optimal().months())
        .extracting(MonthPlan::transfers)
        .containsExactly(Map.of("A", 5L), Map.of("A", 5L));
  }
}
