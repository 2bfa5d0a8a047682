package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticSource;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.simulation.CityPool;
import org.siarchive.rules.simulation.Simulation;

/** {@code siarchive simulate}: the JSON contract, the HTML page, the scenario file, bad input. */
class SimulateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static List<String> keys(JsonNode n) {
    List<String> k = new ArrayList<>();
    n.fieldNames().forEachRemaining(k::add);
    return k;
  }

  @Test
  void theSuitesOfTheSyntheticCityFindEverySeededDefectAtStageAll() {
    CityPool pool =
        CityPool.of(
            SyntheticSource.of(SyntheticCity.of(7L), 600),
            // as the command's context: the city seeds retention mismatches against the schedule
            CheckContext.builder(MaterialRules.bundledIllustrative())
                .retention(
                    org.siarchive.rules.retention.RetentionSchedules.withBundledEditions()
                        .rulesInForce(
                            org.siarchive.rules.retention.RetentionSchedules.NATIONAL,
                            org.siarchive.core.ArchiveTime.today(
                                org.siarchive.core.ArchiveTime.systemClock())))
                .build(),
            20_000);
    assertThat(pool.foundShare(Stage.ALL)).isEqualTo(1.0);
    assertThat(pool.foundShare(Stage.SELF_CHECK)).isLessThan(1.0);
    assertThat(pool.subCenters()).hasSize(16);
  }

  @Test
  void jsonHasTheContractKeysAndTheHtmlPageItsCharts() throws IOException {
    Path html = dir.resolve("sim.html");
    CliRun run =
        CliRun.of(
            "simulate",
            "--replications",
            "2",
            "--horizon-days",
            "42",
            "--seed",
            "9",
            "--html",
            html.toString(),
            "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    assertThat(keys(doc))
        .containsExactly("seed", "replications", "horizonDays", "definitions", "scenarios");
    assertThat(doc.get("seed").asLong()).isEqualTo(9);
    assertThat(doc.get("scenarios")).hasSize(5);
    List<String> names = new ArrayList<>();
    for (JsonNode s : doc.get("scenarios")) {
      names.add(s.get("name").asText());
      assertThat(keys(s)).containsExactly("name", "metrics", "versusPhase1");
      assertThat(keys(s.get("metrics"))).containsExactlyElementsOf(Simulation.metricNames());
      assertThat(keys(s.get("versusPhase1"))).containsExactlyElementsOf(Simulation.metricNames());
      for (JsonNode m : s.get("metrics")) {
        assertThat(keys(m)).containsExactly("mean", "low", "high");
        assertThat(m.get("low").asDouble()).isLessThanOrEqualTo(m.get("mean").asDouble());
      }
    }
    assertThat(names)
        .containsExactly(
            "phase-1",
            "phase-2",
            "phase-2+audit-post",
            "phase-2+flexible-ratios",
            "phase-2+storage-planning");
    assertThat(keys(doc.get("definitions"))).containsExactlyElementsOf(Simulation.metricNames());
    JsonNode p1 = doc.get("scenarios").get(0).get("versusPhase1").get("daysToDetection");
    assertThat(p1.get("mean").asDouble()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).contains("<svg", "daysToDetection", "phase-2+audit-post");
    // nothing from the network (the SVG namespace URI is a name, not a fetch)
    assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http://", "https://", "<script");
  }

  @Test
  void aScenarioFileIsReadAndABadOneNamedByPointer() throws IOException {
    Path good = dir.resolve("good.json");
    Files.writeString(
        good,
        "{\"formatVersion\": 1, \"scenarios\": [{\"name\": \"phase-1\", \"phase\": 1},"
            + " {\"name\": \"mine\", \"phase\": 2, \"auditPost\": true, \"flexibleRatios\": true,"
            + " \"staff\": {\"ACCEPTANCE_POST\": 3}}]}");
    CliRun ok =
        CliRun.of(
            "simulate",
            "--scenarios",
            good.toString(),
            "--replications",
            "2",
            "--horizon-days",
            "21",
            "--json");
    assertThat(ok.exit()).as(ok.err()).isZero();
    JsonNode doc = JSON.readTree(ok.out());
    assertThat(doc.get("scenarios").get(1).get("name").asText()).isEqualTo("mine");

    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"formatVersion\": 1, \"scenarios\": [{\"name\": \"x\", \"phase\": 2,"
            + " \"staff\": {\"JANITOR\": 3}}]}");
    CliRun refused = CliRun.of("simulate", "--scenarios", bad.toString(), "--json");
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("/scenarios/0/staff", "JANITOR");
    assertThat(refused.out()).isEmpty();
  }

  @Test
  void aReplicationCountOutOfRangeIsAUsageError() {
    CliRun run = CliRun.of("simulate", "--replications", "1");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--replications", "2 - 10000", "1");
  }
}
