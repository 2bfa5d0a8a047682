package org.siarchive.rules.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;

/**
 * The storage value types a host builds a network from: each range is checked at both ends, and a
 * refusal names the field, the range and the value.
 */
class StorageValuesTest {
  private static final YearMonth AS_OF = YearMonth.of(2026, 6);

  @Test
  void generationHistory_countsEachMonthAndRefusesMonthsOutsideIt() {
    GenerationHistory h = new GenerationHistory(YearMonth.of(2025, 1), List.of(120L, 95L, 130L));
    assertThat(h.last()).isEqualTo(YearMonth.of(2025, 3));
    assertThat(h.size()).isEqualTo(3);
    assertThat(h.count(YearMonth.of(2025, 1))).isEqualTo(120);
    assertThat(h.count(YearMonth.of(2025, 2))).isEqualTo(95);
    assertThat(h.count(YearMonth.of(2025, 3))).isEqualTo(130);
    assertThatThrownBy(() -> h.count(YearMonth.of(2024, 12)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for month (within the history 2025-01 - 2025-03): 2024-12");
    assertThatThrownBy(() -> h.count(YearMonth.of(2025, 4)))
        .hasMessage("Invalid value for month (within the history 2025-01 - 2025-03): 2025-04");
  }

  @Test
  void generationHistory_lengthAndVolumes_areBounded() {
    assertThatThrownBy(() -> new GenerationHistory(AS_OF, List.of()))
        .hasMessage("Invalid value for volumes (months) (valid values 1 - 1200): 0");
    List<Long> longest = new ArrayList<>();
    for (int i = 0; i < GenerationHistory.MAX_MONTHS; i++) {
      longest.add(0L);
    }
    assertThat(new GenerationHistory(AS_OF, longest).last())
        .isEqualTo(AS_OF.plusMonths(GenerationHistory.MAX_MONTHS - 1L));
    longest.add(0L);
    assertThatThrownBy(() -> new GenerationHistory(AS_OF, longest))
        .hasMessage("Invalid value for volumes (months) (valid values 1 - 1200): 1201");
    assertThatThrownBy(() -> new GenerationHistory(AS_OF, List.of(3L, -1L)))
        .hasMessage("Invalid value for volumes[1] (valid values 0 - 1000000000000): -1");
    assertThat(new GenerationHistory(AS_OF, List.of(StorageNetwork.MAX_VOLUMES)).count(AS_OF))
        .isEqualTo(StorageNetwork.MAX_VOLUMES);
  }

  @Test
  void eligibility_isALagOfTwelveMonthsInPhaseOneAndOfTheSupervisionInPhaseTwo() {
    assertThat(Eligibility.keptOneYear().lagMonths()).isEqualTo(12);
    assertThat(Eligibility.keptOneYear().phase()).isEqualTo(1);
    assertThat(Eligibility.afterSupervision(2).lagMonths()).isEqualTo(2);
    assertThat(Eligibility.afterSupervision(2).phase()).isEqualTo(2);
    assertThat(Eligibility.afterSupervision(0).lagMonths()).isZero();
    assertThat(Eligibility.afterSupervision(24).lagMonths()).isEqualTo(24);
    assertThatThrownBy(() -> Eligibility.afterSupervision(25))
        .hasMessage("Invalid value for supervisionMonths (valid values 0 - 24): 25");
    assertThatThrownBy(() -> Eligibility.afterSupervision(-1))
        .hasMessage("Invalid value for supervisionMonths (valid values 0 - 24): -1");
  }

  @Test
  void intake_tripsAndVolumes_areBoundedAtBothEnds() {
    assertThat(Intake.ofTrips(1_000, 1_000_000).volumesPerMonth()).isEqualTo(1_000_000_000L);
    assertThat(Intake.ofTrips(0, 600).volumesPerMonth()).isZero();
    assertThatThrownBy(() -> Intake.ofTrips(1_001, 1))
        .hasMessage("Invalid value for tripsPerMonth (valid values 0 - 1000): 1001");
    assertThatThrownBy(() -> Intake.ofTrips(-1, 1))
        .hasMessage("Invalid value for tripsPerMonth (valid values 0 - 1000): -1");
    assertThatThrownBy(() -> Intake.ofTrips(1, 1_000_001))
        .hasMessage("Invalid value for volumesPerTrip (valid values 0 - 1000000): 1000001");
    assertThatThrownBy(() -> Intake.ofTrips(1, -1))
        .hasMessage("Invalid value for volumesPerTrip (valid values 0 - 1000000): -1");
    assertThat(Intake.ofVolumes(StorageNetwork.MAX_VOLUMES).volumesPerMonth())
        .isEqualTo(StorageNetwork.MAX_VOLUMES);
    assertThatThrownBy(() -> Intake.ofVolumes(StorageNetwork.MAX_VOLUMES + 1))
        .hasMessage(
            "Invalid value for volumesPerMonth (valid values 0 - 1000000000000): 1000000000001");
  }

  @Test
  void centreStacks_freeIsCapacityLessOccupied_andOccupancyIsWithinCapacity() {
    CentreStacks c = new CentreStacks("CENTRE", 400_000, 310_000);
    assertThat(c.free()).isEqualTo(90_000);
    assertThat(c.fill()).isEqualTo(FillRatio.of(310_000, 400_000));
    assertThat(new CentreStacks("CENTRE", 5, 5).free()).isZero();
    assertThatThrownBy(() -> new CentreStacks("CENTRE", 5, 6))
        .hasMessage("Invalid value for occupied (valid values 0 - 5): 6");
    assertThatThrownBy(() -> new CentreStacks("CENTRE", 0, 0))
        .hasMessage("Invalid value for capacity (valid values 1 - 1000000000000): 0");
  }

  @Test
  void subCenterStore_fillIsOccupiedOverCapacity_andIdsFollowTheSubCentrePattern() {
    GenerationHistory h = StoragePlannerTest.history(Map.of());
    SubCenterStore s =
        new SubCenterStore("SC01-A", "SC01", 12_000, 9_500, Eligibility.afterSupervision(2), h);
    assertThat(s.fill()).isEqualTo(FillRatio.of(9_500, 12_000));
    assertThatThrownBy(
            () -> new SubCenterStore("SC01-A", "SC 01", 10, 1, Eligibility.keptOneYear(), h))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid value for subCenterId (form [A-Za-z0-9][A-Za-z0-9_-]{0,31}): \"SC 01\"");
  }

  @Test
  void pressurePolicy_thresholdsAreZeroToOne() {
    assertThat(new PressurePolicy(BigDecimal.ZERO, BigDecimal.ONE).fill()).isZero();
    assertThatThrownBy(() -> new PressurePolicy(new BigDecimal("1.01"), BigDecimal.ZERO))
        .hasMessage("Invalid value for fill (valid values 0 - 1): 1.01");
    assertThatThrownBy(() -> new PressurePolicy(BigDecimal.ONE, new BigDecimal("-0.01")))
        .hasMessage("Invalid value for monthlyGrowth (valid values 0 - 1): -0.01");
    // fill 0.9: 90 of 100 is pressed, 89 is not; growth 0.01: 12 over a year of 100 is pressed.
    PressurePolicy p = new PressurePolicy(new BigDecimal("0.9"), new BigDecimal("0.01"));
    assertThat(p.reason(90, 100, 11)).isEqualTo(Pressure.FILL);
    assertThat(p.reason(89, 100, 12)).isEqualTo(Pressure.GROWTH);
    assertThat(p.reason(89, 100, 11)).isEqualTo(Pressure.NONE);
    assertThat(Pressure.BOTH.label()).isEqualTo("both");
  }

  @Test
  void fillRatio_comparesExactlyWhenOnlyOneCrossProductOverflowsALong() {
    long big = 1L << 32; // big * big = 2^64 wraps to 0 in a long
    assertThat(FillRatio.of(big, 1).compareTo(FillRatio.of(1, big))).isPositive();
    assertThat(FillRatio.of(1, big).compareTo(FillRatio.of(big, 1))).isNegative();
    assertThat(FillRatio.of(2, 3)).hasToString("2/3");
  }

  @Test
  void centreStacksAndStoreIds_followTheSubCentrePattern() {
    GenerationHistory h = StoragePlannerTest.history(Map.of());
    assertThatThrownBy(() -> new CentreStacks("CENTRE 1", 5, 0))
        .hasMessage("Invalid value for id (form [A-Za-z0-9][A-Za-z0-9_-]{0,31}): \"CENTRE 1\"");
    assertThatThrownBy(
            () -> new SubCenterStore("SC01/A", "SC01", 10, 1, Eligibility.keptOneYear(), h))
        .hasMessage("Invalid value for id (form [A-Za-z0-9][A-Za-z0-9_-]{0,31}): \"SC01/A\"");
  }

  @Test
  void network_findsAStoreById_andRefusesAShortHistoryOrAVolumesUnitOfMany() {
    GenerationHistory year = StoragePlannerTest.history(Map.of());
    SubCenterStore a = new SubCenterStore("A", "SCA", 10, 1, Eligibility.afterSupervision(1), year);
    SubCenterStore b = new SubCenterStore("B", "SCB", 10, 2, Eligibility.afterSupervision(1), year);
    StorageNetwork n = network(StorageUnit.VOLUMES, 1, List.of(a, b));
    assertThat(n.store("B")).containsSame(n.stores().get(1));
    assertThat(n.store("A")).containsSame(n.stores().get(0));
    assertThat(n.store("C")).as("the stacks are not a store").isEmpty();
    assertThat(network(StorageUnit.BOXES, 10, List.of(a)).volumesPerUnit()).isEqualTo(10);
    assertThatThrownBy(() -> network(StorageUnit.VOLUMES, 10, List.of(a)))
        .hasMessage("Invalid value for volumesPerUnit (1 when the unit is VOLUMES): 10");
    GenerationHistory shortOne =
        new GenerationHistory(AS_OF.minusMonths(10), java.util.Collections.nCopies(11, 0L));
    SubCenterStore c = new SubCenterStore("C2", "SCC", 10, 1, Eligibility.keptOneYear(), shortOne);
    assertThatThrownBy(() -> network(StorageUnit.VOLUMES, 1, List.of(a, c)))
        .hasMessage("Invalid value for stores[1].history (months) (at least 12): 11");
    assertThatThrownBy(() -> network(StorageUnit.VOLUMES, 1, List.of(a, a)))
        .hasMessage("Invalid value for stores[1].id (unique among the rooms): A");
  }

  private static StorageNetwork network(StorageUnit unit, int perUnit, List<SubCenterStore> s) {
    return new StorageNetwork(
        AS_OF,
        unit,
        perUnit,
        ForecastMethod.MEAN_12,
        Intake.ofVolumes(1),
        new CentreStacks("C", 100, 0),
        s,
        Disposals.none());
  }
}
