package org.siarchive.rules.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.transfer.Role;

/** A host's scenario file: what it reads, and each refusal in the file's words. */
class ScenarioFileTest {
  private static List<Scenario> read(String json) {
    return ScenarioFile.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "s.json");
  }

  @Test
  void read_givesEachScenarioWithItsFlagsAndStaff(@TempDir Path dir) throws IOException {
    String json =
        "{\"formatVersion\": 1, \"scenarios\": [{\"name\": \"p2x\", \"phase\": 2, \"auditPost\":"
            + " true, \"staff\": {\"ARCHIVIST\": 3}}, {\"name\": \"p1\", \"phase\": 1,"
            + " \"flexibleRatios\": false, \"storagePlanning\": true}, {\"name\": \"flex\","
            + " \"phase\": 2, \"flexibleRatios\": true}]}";
    List<Scenario> expected =
        List.of(
            new Scenario("p2x", 2, true, false, false, Map.of(Role.ARCHIVIST, 3)),
            new Scenario("p1", 1, false, false, true, Map.of()),
            new Scenario("flex", 2, false, true, false, Map.of()));
    assertThat(read(json)).isEqualTo(expected);
    Path file = dir.resolve("scenarios.json");
    Files.writeString(file, json);
    assertThat(ScenarioFile.read(file)).isEqualTo(expected);
    assertThatThrownBy(() -> ScenarioFile.read(dir.resolve("none.json")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void read_refusesEachMistakeNamingItsPlace() {
    assertThatThrownBy(() -> read("{\"formatVersion\": 2, \"scenarios\": []}"))
        .isInstanceOf(RuleDataException.class)
        .hasMessage("s.json: /formatVersion: the format version this code reads, 1: 2");
    assertThatThrownBy(() -> read("{\"formatVersion\": 1, \"scenarios\": []}"))
        .hasMessage("s.json: /scenarios: at least one scenario: []");
    assertThatThrownBy(
            () ->
                read(
                    "{\"formatVersion\": 1, \"scenarios\": [{\"name\": \"a\", \"phase\": 2,"
                        + " \"staff\": {\"BOSS\": 3}}]}"))
        .hasMessage(
            "s.json: /scenarios/0/staff: a role, one of [CASE_HANDLER, ARCHIVIST,"
                + " ARCHIVE_ASSISTANT, AUDIT_POST, ACCEPTANCE_POST, RECHECK_POST,"
                + " SUPERVISING_LEADER, STORAGE_KEEPER, DIGITISER]: BOSS");
    assertThatThrownBy(
            () -> read("{\"formatVersion\": 1, \"scenarios\": [{\"name\": \"a\", \"phase\": 3}]}"))
        .hasMessage("s.json: /scenarios/0: Invalid value for phase (1 or 2): 3");
    assertThatThrownBy(
            () ->
                read(
                    "{\"formatVersion\": 1, \"scenarios\": [{\"name\": \"a\", \"phase\": 2},"
                        + " {\"name\": \"a\", \"phase\": 1}]}"))
        .hasMessage("s.json: /scenarios/1/name: a name used once: a");
  }
}
