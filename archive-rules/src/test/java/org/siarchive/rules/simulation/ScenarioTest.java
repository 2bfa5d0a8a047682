package org.siarchive.rules.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.transfer.Role;
import org.siarchive.rules.storage.GenerationHistory;
import org.siarchive.rules.storage.StorageNetwork;
import org.siarchive.rules.storage.SubCenterStore;

/**
 * The ranges of a scenario and of the simulation builder, accepted at both ends and refused just
 * outside with the field and the value; the rooms as the simulation sums them per sub-centre.
 */
class ScenarioTest {
  private static final Scenario P2 = Scenario.of("phase-2");

  private static void refused(Runnable r, String message) {
    assertThatThrownBy(r::run).isInstanceOf(InvalidValueException.class).hasMessage(message);
  }

  @Test
  void names_areOneToSixtyFourCharactersNotBlank() {
    String name64 = "n".repeat(64);
    assertThat(P2.withName(name64).name()).isEqualTo(name64);
    assertThat(P2.withName("x").name()).isEqualTo("x");
    refused(
        () -> P2.withName(name64 + "n"),
        "Invalid value for name (1 - 64 characters, not blank): " + name64 + "n");
    refused(() -> P2.withName("  "), "Invalid value for name (1 - 64 characters, not blank):   ");
    refused(
        () -> new Scenario("p", 3, false, false, false, Map.of()),
        "Invalid value for phase (1 or 2): 3");
  }

  @Test
  void staff_isOneToTenThousandAndWithStaffKeepsTheOthers() {
    assertThat(P2.withStaff(Role.ARCHIVIST, 1).staff()).containsEntry(Role.ARCHIVIST, 1);
    assertThat(P2.withStaff(Role.ARCHIVIST, 10_000).staff()).containsEntry(Role.ARCHIVIST, 10_000);
    refused(
        () -> P2.withStaff(Role.ARCHIVIST, 0),
        "Invalid value for staff.ARCHIVIST (1 - 10000 people): 0");
    refused(
        () -> P2.withStaff(Role.DIGITISER, 10_001),
        "Invalid value for staff.DIGITISER (1 - 10000 people): 10001");
    assertThat(P2.withStaff(Role.ARCHIVIST, 3).withStaff(Role.DIGITISER, 4).staff())
        .containsExactlyInAnyOrderEntriesOf(Map.of(Role.ARCHIVIST, 3, Role.DIGITISER, 4));
  }

  @Test
  void builderSettings_haveTheirRanges() {
    CityPool pool = CityPool.of(List.of(TestCity.sound("SC01", 0, 1)), 250);
    Simulation.Builder b = Simulation.builder(pool, TestCity.rooms(pool.subCenters()));
    assertThatCode(() -> b.horizonDays(2500).replications(10_000).threads(256))
        .doesNotThrowAnyException();
    SimulationResult r =
        b.horizonDays(1)
            .replications(2)
            .threads(1)
            .parameters(Parameters.defaults().withPoissonArrivals(false))
            .build()
            .run(List.of(P2));
    assertThat(r.horizonDays()).isEqualTo(1);
    assertThat(r.replications()).isEqualTo(2);
    refused(() -> b.horizonDays(0), "Invalid value for horizonDays (1 - 2500): 0");
    refused(() -> b.horizonDays(2501), "Invalid value for horizonDays (1 - 2500): 2501");
    refused(() -> b.replications(1), "Invalid value for replications (2 - 10000): 1");
    refused(() -> b.replications(10_001), "Invalid value for replications (2 - 10000): 10001");
    refused(() -> b.threads(0), "Invalid value for threads (1 - 256): 0");
    refused(() -> b.threads(257), "Invalid value for threads (1 - 256): 257");
  }

  @Test
  void rooms_sumEachSubCentresStoresAndRefuseASubCentreWithout() {
    // SC01 has two stores (100 holding 10, and 50 holding 5 with another history), SC02 one.
    StorageNetwork n = TestCity.rooms(List.of("SC01", "SC02"), "SC01", 100, 10);
    SubCenterStore first = n.stores().get(0);
    List<SubCenterStore> stores = new ArrayList<>(n.stores());
    stores.add(
        new SubCenterStore(
            "SC01-B",
            "SC01",
            50,
            5,
            first.eligibility(),
            new GenerationHistory(first.history().first(), Collections.nCopies(12, 7L))));
    StorageNetwork two =
        new StorageNetwork(
            n.asOf(),
            n.unit(),
            n.volumesPerUnit(),
            n.forecast(),
            n.intake(),
            n.stacks(),
            stores,
            n.disposals());
    Rooms rooms = Rooms.of(two, List.of("SC01", "SC02"));
    assertThat(rooms.capacity()).containsExactly(150, 10_000);
    assertThat(rooms.base()).containsExactly(15, 0);
    assertThat(rooms.history())
        .containsExactly(first.history().volumes(), first.history().volumes());
    assertThat(rooms.network()).isSameAs(two);
    refused(
        () -> Rooms.of(two, List.of("SC01", "SC03")),
        "Invalid value for rooms (a store for every sub-centre of the pool): none for SC03");
  }
}
