package org.siarchive.rules.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.siarchive.core.ruledata.RuleDataException;

/**
 * The rooms file is read strictly: every refusal names the file, the JSON pointer and the value.
 */
class StorageFileTest {

  private static String example() throws Exception {
    Matcher m =
        Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("STORAGE-SCHEMA.md")));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static RuleDataException refused(String json) {
    try {
      StorageFile.read(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "rooms.json");
    } catch (RuleDataException e) {
      return e;
    }
    throw new AssertionError("accepted: " + json);
  }

  @Test
  void read_unknownProperty_isRefusedAtItsPointer() throws Exception {
    RuleDataException e =
        refused(
            example()
                .replace("\"subCenter\": \"SC01\",", "\"subCenter\": \"SC01\", \"floor\": 3,"));
    assertThat(e.source()).isEqualTo("rooms.json");
    assertThat(e.pointer()).isEqualTo("/stores/0/floor");
  }

  @Test
  void read_duplicateKey_isRefused() throws Exception {
    RuleDataException e =
        refused(example().replace("\"capacity\": 100,", "\"capacity\": 100, \"capacity\": 100,"));
    assertThat(e.pointer()).startsWith("/stores/0");
    assertThat(e.getMessage()).contains("rooms.json").containsIgnoringCase("duplicate");
  }

  @Test
  void read_negativeOccupancy_namesPointerAndValue() throws Exception {
    RuleDataException e = refused(example().replace("\"occupied\": 95,", "\"occupied\": -5,"));
    assertThat(e.pointer()).isEqualTo("/stores/0/occupied");
    assertThat(e.value()).hasValue("-5");
    assertThat(e.getMessage()).startsWith("rooms.json: /stores/0/occupied: ");
  }

  @Test
  void read_occupancyBelowTheVolumesWithinTheLag_isRefused() throws Exception {
    RuleDataException e = refused(example().replace("\"occupied\": 170,", "\"occupied\": 20,"));
    assertThat(e.pointer()).isEqualTo("/stores/1/occupied");
    assertThat(e.getMessage())
        .contains("300 volumes formed in the last 2 months")
        .endsWith(": 200");
  }

  @Test
  void read_historyNotEndingAtAsOf_isRefusedAtTheHistory() throws Exception {
    RuleDataException e =
        refused(example().replace("\"asOf\": \"2026-06\"", "\"asOf\": \"2026-07\""));
    assertThat(e.pointer()).isEqualTo("/stores/0/history");
    assertThat(e.value()).hasValue("2026-06");
  }

  @Test
  void read_intakeInBothForms_isRefused() throws Exception {
    RuleDataException e =
        refused(
            example()
                .replace(
                    "{\"tripsPerMonth\": 3,", "{\"volumesPerMonth\": 5, \"tripsPerMonth\": 3,"));
    assertThat(e.pointer()).isEqualTo("/intake");
    assertThat(e.reason()).startsWith("exactly one of");
  }

  @Test
  void read_badDisposalMonth_namesTheKey() throws Exception {
    RuleDataException e = refused(example().replace("\"2026-08\": 10", "\"2026-13\": 10"));
    assertThat(e.pointer()).isEqualTo("/stores/1/disposals/2026-13");
    assertThat(e.value()).hasValue("\"2026-13\"");
  }

  @Test
  void read_unknownUnitOrPhase_isRefused() throws Exception {
    assertThat(refused(example().replace("\"BOXES\"", "\"CRATES\"")).pointer()).isEqualTo("/unit");
    assertThat(
            refused(example().replace("{\"phase\": 2, \"supervisionMonths\": 1}", "{\"phase\": 3}"))
                .pointer())
        .isEqualTo("/stores/0/eligibility/phase");
    assertThat(
            refused(example().replace("\"supervisionMonths\": 1", "\"supervisionMonths\": 99"))
                .pointer())
        .isEqualTo("/stores/0/eligibility/supervisionMonths");
  }

  @Test
  void read_trailingContentOrMissingField_isRefused() throws Exception {
    assertThat(refused(example() + "{}").getMessage()).startsWith("rooms.json");
    assertThat(refused(example().replace("\"forecast\": \"MEAN_12\",", "")).pointer())
        .isEqualTo("/forecast");
  }

  @Test
  void read_duplicateRoomId_isRefused() throws Exception {
    RuleDataException e = refused(example().replace("\"id\": \"SC02-A\"", "\"id\": \"SC01-A\""));
    assertThat(e.pointer()).isEqualTo("/stores/1/id");
  }

  @Test
  void write_aHostFunctionForDisposals_isRefused() throws Exception {
    StorageNetwork n = StorageSchemaDocTest.example();
    StorageNetwork withFunction =
        new StorageNetwork(
            n.asOf(),
            n.unit(),
            n.volumesPerUnit(),
            n.forecast(),
            n.intake(),
            n.stacks(),
            n.stores(),
            (room, month) -> 0);
    assertThatThrownBy(() -> StorageFile.write(withFunction)).hasMessageContaining("disposals");
  }

  private static StorageNetwork read(String json) {
    return StorageFile.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "rooms.json");
  }

  @Test
  void read_volumesPerUnit_isOneToOneHundredThousandAndOneForVolumes() throws Exception {
    String e = example();
    assertThat(refused(e.replace("\"volumesPerUnit\": 10", "\"volumesPerUnit\": 0")).getMessage())
        .isEqualTo("rooms.json: /volumesPerUnit: valid values 1 - 100000: 0");
    assertThat(
            refused(e.replace("\"volumesPerUnit\": 10", "\"volumesPerUnit\": 100001")).getMessage())
        .isEqualTo("rooms.json: /volumesPerUnit: valid values 1 - 100000: 100001");
    StorageNetwork most = read(e.replace("\"volumesPerUnit\": 10", "\"volumesPerUnit\": 100000"));
    assertThat(most.volumesPerUnit()).isEqualTo(100_000);
    assertThat(most.stores().get(0).capacity()).isEqualTo(10_000_000);
    assertThat(
            read(e.replace("\"volumesPerUnit\": 10", "\"volumesPerUnit\": 1")
                    .replace("\"capacity\": 200,", "\"capacity\": 400,")
                    .replace("\"occupied\": 170,", "\"occupied\": 300,"))
                .volumesPerUnit())
        .isEqualTo(1);
    assertThat(refused(e.replace("\"BOXES\"", "\"VOLUMES\"")).getMessage())
        .isEqualTo("rooms.json: /volumesPerUnit: 1 when the unit is VOLUMES: 10");
  }

  @Test
  void read_phaseOne_takesNoSupervisionMonths() throws Exception {
    String e = example();
    assertThat(
            refused(
                    e.replace(
                        "{\"phase\": 2, \"supervisionMonths\": 1}",
                        "{\"phase\": 1, \"supervisionMonths\": 1}"))
                .getMessage())
        .isEqualTo("rooms.json: /stores/0/eligibility/supervisionMonths: only with phase 2: 1");
    StorageNetwork n =
        read(e.replace("{\"phase\": 2, \"supervisionMonths\": 1}", "{\"phase\": 1}"));
    assertThat(n.stores().get(0).eligibility()).isEqualTo(Eligibility.keptOneYear());
  }

  @Test
  void read_countsInUnits_areBoundedSoTheirVolumesFit() throws Exception {
    String e = example();
    assertThat(refused(e.replace("\"2026-08\": 10", "\"2026-08\": -1")).getMessage())
        .isEqualTo("rooms.json: /stores/1/disposals/2026-08: valid values 0 - 1000000000000: -1");
    assertThat(refused(e.replace("\"capacity\": 100,", "\"capacity\": 100000000001,")).getMessage())
        .isEqualTo("rooms.json: /stores/0/capacity: valid values 0 - 100000000000: 100000000001");
    assertThat(
            read(e.replace("\"capacity\": 100,", "\"capacity\": 100000000000,"))
                .stores()
                .get(0)
                .capacity())
        .isEqualTo(StorageNetwork.MAX_VOLUMES);
  }

  @Test
  void write_leavesOutMonthsWithoutDisposals() throws Exception {
    StorageNetwork n = read(example().replace("\"2026-08\": 10", "\"2026-08\": 0"));
    assertThat(StorageFile.write(n)).doesNotContain("2026-08").contains("\"2026-09\" : 200");
    assertThat(StorageFile.write(read(example()))).contains("\"2026-08\" : 1");
  }

  @Test
  void read_nullInAHistory_isRefusedAtItsElement() throws Exception {
    RuleDataException e =
        refused(example().replace("\"volumes\": [10, 10,", "\"volumes\": [10, null,"));
    assertThat(e.getMessage())
        .isEqualTo("rooms.json: /stores/0/history/volumes/1: expected an integer, got null");
  }

  @Test
  void read_rangesOfDisposalsAndOccupancy_includeTheirEnds() throws Exception {
    String e = example();
    StorageNetwork most = read(e.replace("\"2026-08\": 10", "\"2026-08\": 1000000000000"));
    assertThat(most.disposals().count("SC02-A", java.time.YearMonth.of(2026, 8)))
        .isEqualTo(StorageNetwork.MAX_VOLUMES);
    assertThat(refused(e.replace("\"2026-08\": 10", "\"2026-08\": 1000000000001")).getMessage())
        .isEqualTo(
            "rooms.json: /stores/1/disposals/2026-08: valid values 0 - 1000000000000:"
                + " 1000000000001");
    StorageNetwork empty =
        read(e.replace("\"occupied\": 950", "\"occupied\": 0").replace("200}}", "0}}"));
    assertThat(empty.stacks().occupied()).isZero();
    assertThat(empty.stacks().free()).isEqualTo(10_000);
  }
}
