package org.siarchive.rules.simulation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.siarchive.rules.storage.CentreStacks;
import org.siarchive.rules.storage.Disposals;
import org.siarchive.rules.storage.Eligibility;
import org.siarchive.rules.storage.ForecastMethod;
import org.siarchive.rules.storage.GenerationHistory;
import org.siarchive.rules.storage.Intake;
import org.siarchive.rules.storage.StorageNetwork;
import org.siarchive.rules.storage.StorageUnit;
import org.siarchive.rules.storage.SubCenterStore;

/** Small cities and rooms for the simulation's tests. */
final class TestCity {
  private TestCity() {}

  /** One store per sub-centre: capacity 10,000, empty, 12 months of 100 formed. */
  static StorageNetwork rooms(List<String> subCenters) {
    List<SubCenterStore> stores = new ArrayList<>();
    YearMonth asOf = YearMonth.of(2024, 12);
    for (String sc : subCenters) {
      stores.add(
          new SubCenterStore(
              sc + "-A",
              sc,
              10_000,
              0,
              Eligibility.afterSupervision(0),
              new GenerationHistory(asOf.minusMonths(11), Collections.nCopies(12, 100L))));
    }
    return new StorageNetwork(
        asOf,
        StorageUnit.VOLUMES,
        1,
        ForecastMethod.MEAN_12,
        Intake.ofVolumes(100_000),
        new CentreStacks("CENTRE", 1_000_000_000L, 0),
        stores,
        Disposals.none());
  }

  static SimulatedVolume sound(String sc, int i, int pages) {
    return new SimulatedVolume(
        sc + "-" + i, sc, "PENSION/REGISTRATION", pages, false, java.util.Set.of());
  }
}
