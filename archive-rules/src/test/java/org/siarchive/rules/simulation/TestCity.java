package org.siarchive.rules.simulation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.rules.quality.Stage;
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
    return rooms(subCenters, "", 0, 0);
  }

  /**
   * As {@link #rooms(List)}, but the store of sub-centre {@code pressed} has the given capacity and
   * occupancy.
   */
  static StorageNetwork rooms(
      List<String> subCenters, String pressed, long capacity, long occupied) {
    List<SubCenterStore> stores = new ArrayList<>();
    YearMonth asOf = YearMonth.of(2024, 12);
    for (String sc : subCenters) {
      boolean p = sc.equals(pressed);
      stores.add(
          new SubCenterStore(
              sc + "-A",
              sc,
              p ? capacity : 10_000,
              p ? occupied : 0,
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

  /** A truly defective volume whose defect the suites of the given stages find (none: escapes). */
  static SimulatedVolume defective(String sc, int i, int pages, Stage... foundAt) {
    return new SimulatedVolume(
        sc + "-" + i, sc, "PENSION/REGISTRATION", pages, true, java.util.Set.of(foundAt));
  }

  /**
   * A lifecycle of phase 1 only: an opening (OPEN to ARRANGED by the archivists), then the given
   * transitions ({@link #step}).
   */
  static LifecycleTable lifecycle(String... transitions) {
    String json =
        "{\"format\": \"siarchive-lifecycle/1\", \"id\": \"test-lifecycle\", \"edition\":"
            + " \"2026.1\", \"source\": \"a test\", \"phases\": [{\"phase\": 1, \"name\": \"test\","
            + " \"open\": {\"action\": \"OPEN\", \"to\": \"ARRANGED\", \"roles\": [\"ARCHIVIST\"],"
            + " \"staff\": \"SUB_CENTER\"}, \"transitions\": ["
            + String.join(", ", transitions)
            + "]}], \"rules\": [{\"id\": \"LC-STATE\", \"kind\": \"ALLOWED_FROM_STATE\", \"text\":"
            + " \"allowed\", \"clause\": \"a test\"}]}";
    return LifecycleTable.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  /** A transition of a lifecycle's JSON, taken by its role at its staff's site. */
  static String step(String action, String from, String to, String role, String staff) {
    return "{\"action\": \""
        + action
        + "\", \"from\": \""
        + from
        + "\", \"to\": \""
        + to
        + "\", \"roles\": [\""
        + role
        + "\"], \"staff\": \""
        + staff
        + "\"}";
  }

  /** A transition taken by the sub-centre's archivists. */
  static String step(String action, String from, String to) {
    return step(action, from, to, "ARCHIVIST", "SUB_CENTER");
  }
}
