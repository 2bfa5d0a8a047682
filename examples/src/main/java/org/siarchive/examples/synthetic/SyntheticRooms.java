package org.siarchive.examples.synthetic;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.siarchive.core.model.SubCenter;
import org.siarchive.rules.storage.CentreStacks;
import org.siarchive.rules.storage.Disposals;
import org.siarchive.rules.storage.Eligibility;
import org.siarchive.rules.storage.ForecastMethod;
import org.siarchive.rules.storage.GenerationHistory;
import org.siarchive.rules.storage.Intake;
import org.siarchive.rules.storage.StorageNetwork;
import org.siarchive.rules.storage.StorageUnit;
import org.siarchive.rules.storage.SubCenterStore;

/**
 * The synthetic city's storage rooms at the end of its year: one store per sub-centre (16, of
 * different sizes and fill), 36 months of generation each with a year-end peak and in proportion to
 * the sub-centre's share of the city's business, most under phase 2 (1 to 3 months to supervision)
 * and a few still under phase 1; the archive centre's stacks, with disposals of volumes reaching
 * their disposition date each January; an intake of collection trips. Stated in boxes of {@value
 * #VOLUMES_PER_BOX} volumes. A pure function of the seed and the year. Illustrative only.
 *
 * <pre>{@code
 * StorageNetwork rooms = SyntheticRooms.of(SyntheticCity.of(42L));
 * StoragePlanner.plan(rooms, 24);
 * }</pre>
 */
public final class SyntheticRooms {
  /** Volumes per archive box. */
  public static final int VOLUMES_PER_BOX = 5;

  /** The months of history per store. */
  public static final int HISTORY_MONTHS = 36;

  private static final double[] SEASON = {
    1.3, 0.8, 0.9, 1.0, 1.0, 1.0, 0.9, 0.8, 1.0, 1.0, 1.1, 1.2
  };

  private SyntheticRooms() {}

  /** The rooms of a city, deterministic from its seed and year. */
  public static StorageNetwork of(SyntheticCity city) {
    SplittableRandom r = new SplittableRandom(city.seed() ^ 0x5707A6E5L);
    YearMonth asOf = YearMonth.of(city.year(), 12);
    YearMonth first = asOf.minusMonths(HISTORY_MONTHS - 1L);
    List<SubCenterStore> stores = new ArrayList<>();
    int totalWeight = CityProfile.DISTRICTS.stream().mapToInt(CityProfile.District::weight).sum();
    for (CityProfile.District d : CityProfile.DISTRICTS) {
      SubCenter sc = d.subCenter();
      double perMonth = 2_400.0 * d.weight() / totalWeight * (0.8 + 0.4 * r.nextDouble());
      List<Long> history = new ArrayList<>();
      for (int m = 0; m < HISTORY_MONTHS; m++) {
        double growth = 1 + 0.004 * m;
        history.add(
            Math.round(
                perMonth
                    * growth
                    * SEASON[first.plusMonths(m).getMonthValue() - 1]
                    * (0.9 + 0.2 * r.nextDouble())));
      }
      Eligibility e =
          r.nextInt(5) == 0
              ? Eligibility.keptOneYear()
              : Eligibility.afterSupervision(1 + r.nextInt(3));
      long recent =
          history.subList(HISTORY_MONTHS - e.lagMonths(), HISTORY_MONTHS).stream()
              .mapToLong(Long::longValue)
              .sum();
      long capacityBoxes = Math.round(perMonth * (20 + r.nextInt(40)) / VOLUMES_PER_BOX);
      double fill = 0.45 + 0.5 * r.nextDouble();
      long occupiedBoxes =
          Math.max(ceilDiv(recent, VOLUMES_PER_BOX), Math.round(capacityBoxes * fill));
      stores.add(
          new SubCenterStore(
              sc.id() + "-A",
              sc.id(),
              capacityBoxes * VOLUMES_PER_BOX,
              occupiedBoxes * VOLUMES_PER_BOX,
              e,
              new GenerationHistory(first, history)));
    }
    long stacksCapacity = 80_000L * VOLUMES_PER_BOX;
    long stacksOccupied = (72_000L + r.nextInt(4_000)) * VOLUMES_PER_BOX;
    CentreStacks stacks = new CentreStacks("CENTRE", stacksCapacity, stacksOccupied);
    Map<YearMonth, Long> centreDisposals = new TreeMap<>();
    for (int year = 1; year <= 5; year++) {
      centreDisposals.put(YearMonth.of(city.year() + year, 1), 3_000L + r.nextInt(2_000));
    }
    return new StorageNetwork(
        asOf,
        StorageUnit.BOXES,
        VOLUMES_PER_BOX,
        ForecastMethod.SEASONAL,
        Intake.ofTrips(4, 450),
        stacks,
        stores,
        Disposals.of(Map.of(stacks.id(), centreDisposals)));
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
