package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.sampling.selection.KeyedDraw;

class InspectCommandTest {
  @TempDir static Path dir;
  static Path file;
  static Path report;

  @BeforeAll
  static void city() throws IOException {
    file = dir.resolve("city.jsonl");
    CliRun run = CliRun.of("generate", "--volumes", "400", "--seed", "9", "--out", file.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    CliRun r = CliRun.of("report", file.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    report = Files.writeString(dir.resolve("report.json"), r.out(), StandardCharsets.UTF_8);
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.exit()).as(run.err()).isZero();
    return CliJson.mapper().readTree(run.out());
  }

  /** The volume ids of each stratum, read from the file without the library's policy. */
  private static Map<String, List<String>> ids(boolean byCategory) throws IOException {
    Map<String, List<String>> out = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      JsonNode v = CliJson.mapper().readTree(line);
      String key = v.get("subCenterId").asText();
      if (byCategory) {
        JsonNode t = v.get("businessType");
        key += "/" + t.get("line").asText() + "/" + t.get("step").asText();
      }
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(v.get("id").asText());
    }
    return out;
  }

  private static String keyOf(JsonNode s) {
    return s.get("subCenter").asText()
        + (s.get("category").isNull() ? "" : "/" + s.get("category").asText());
  }

  private static void assertEverySelectionRederives(JsonNode doc, boolean byCategory)
      throws IOException {
    Map<String, List<String>> ids = ids(byCategory);
    assertThat(doc.get("strata")).hasSize(ids.size());
    Set<String> all = new HashSet<>();
    for (JsonNode s : doc.get("strata")) {
      List<String> population = ids.get(keyOf(s));
      assertThat(s.get("volumes").asLong()).isEqualTo(population.size());
      List<String> selected = new ArrayList<>();
      s.get("selected").forEach(id -> selected.add(id.asText()));
      assertThat(selected).hasSize(s.get("sampleSize").asInt());
      assertThat(selected)
          .as("stratum %s", keyOf(s))
          .isEqualTo(
              KeyedDraw.ofSize(doc.get("seed").asText(), selected.size())
                  .offerAll(population)
                  .selected());
      all.addAll(selected);
    }
    assertThat(all).hasSize(doc.get("total").asInt());
  }

  @Test
  void plan_json_contract_totalIsCeilOfR_withinBounds_andEveryDrawRederives() throws IOException {
    JsonNode doc =
        json(
            CliRun.of(
                "inspect",
                "plan",
                file.toString(),
                "--total-ratio",
                "0.123",
                "--min-ratio",
                "0.05",
                "--max-ratio",
                "0.30",
                "--history",
                report.toString(),
                "--seed",
                "S1",
                "--json"));
    assertThat(doc.fieldNames()).toIterable().containsExactly("seed", "total", "strata");
    assertThat(doc.get("strata").get(0).fieldNames())
        .toIterable()
        .containsExactly(
            "subCenter", "category", "volumes", "problemRate", "sampleSize", "selected");
    assertThat(doc.get("seed").asText()).isEqualTo("S1");
    assertThat(doc.get("total").asLong()).isEqualTo(50); // ceil(0.123 x 400) = ceil(49.2)
    long sum = 0;
    for (JsonNode s : doc.get("strata")) {
      long n = s.get("volumes").asLong();
      long k = s.get("sampleSize").asLong();
      sum += k;
      assertThat(k)
          .isBetween(
              new BigDecimal("0.05")
                  .multiply(BigDecimal.valueOf(n))
                  .setScale(0, RoundingMode.CEILING)
                  .longValue(),
              new BigDecimal("0.30")
                  .multiply(BigDecimal.valueOf(n))
                  .setScale(0, RoundingMode.FLOOR)
                  .longValue());
      assertThat(s.get("category").isNull()).isTrue();
    }
    assertThat(sum).isEqualTo(50);
    assertEverySelectionRederives(doc, false);
  }

  @Test
  void plan_history_givesEachSubCentreItsSmoothedReportRate() throws IOException {
    JsonNode doc =
        json(
            CliRun.of(
                "inspect",
                "plan",
                file.toString(),
                "--total-ratio",
                "0.1",
                "--history",
                report.toString(),
                "--seed",
                "S",
                "--json"));
    JsonNode rep = CliJson.mapper().readTree(report.toFile());
    for (JsonNode g : rep.get("subCenters")) {
      BigDecimal expected =
          BigDecimal.valueOf(g.get("volumesWithDefects").asLong() + 1)
              .divide(BigDecimal.valueOf(g.get("checked").asLong() + 2), 6, RoundingMode.HALF_EVEN);
      JsonNode s = null;
      for (JsonNode c : doc.get("strata")) {
        if (c.get("subCenter").asText().equals(g.get("key").asText())) {
          s = c;
        }
      }
      assertThat(s).as(g.get("key").asText()).isNotNull();
      assertThat(s.get("problemRate").decimalValue().doubleValue())
          .isCloseTo(expected.doubleValue(), org.assertj.core.api.Assertions.within(1e-5));
    }
  }

  @Test
  void plan_withoutHistory_equalRates_byCategory_namesTheCategory() throws IOException {
    JsonNode doc =
        json(
            CliRun.of(
                "inspect",
                "plan",
                file.toString(),
                "--total-ratio",
                "0.2",
                "--by",
                "sub-center,category",
                "--seed",
                "S2",
                "--json"));
    assertThat(doc.get("total").asLong()).isEqualTo(80);
    for (JsonNode s : doc.get("strata")) {
      assertThat(s.get("problemRate").decimalValue()).isEqualByComparingTo("0.5");
      assertThat(s.get("category").asText()).contains("/");
    }
    assertEverySelectionRederives(doc, true);
  }

  @Test
  void plan_text_listsEveryStratum() {
    CliRun run =
        CliRun.of("inspect", "plan", file.toString(), "--total-ratio", "0.1", "--seed", "S");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("seed S: 40 of 400 volumes").contains("SC01");
  }

  @Test
  void plan_usageErrors_exitTwo_namingTheOptionAndValue() {
    CliRun ratio =
        CliRun.of("inspect", "plan", file.toString(), "--total-ratio", "1.5", "--seed", "S");
    assertThat(ratio.exit()).isEqualTo(2);
    assertThat(ratio.err()).contains("--total-ratio").contains("1.5");
    CliRun by =
        CliRun.of(
            "inspect",
            "plan",
            file.toString(),
            "--total-ratio",
            "0.1",
            "--by",
            "district",
            "--seed",
            "S");
    assertThat(by.exit()).isEqualTo(2);
    assertThat(by.err()).contains("--by").contains("district");
    CliRun bounds =
        CliRun.of(
            "inspect",
            "plan",
            file.toString(),
            "--total-ratio",
            "0.1",
            "--min-ratio",
            "0.5",
            "--max-ratio",
            "0.2",
            "--seed",
            "S");
    assertThat(bounds.exit()).isEqualTo(2);
    assertThat(bounds.err()).contains("--min-ratio").contains("0.5").contains("0.2");
    CliRun infeasible =
        CliRun.of(
            "inspect",
            "plan",
            file.toString(),
            "--total-ratio",
            "0.01",
            "--min-ratio",
            "0.05",
            "--seed",
            "S");
    assertThat(infeasible.exit()).isEqualTo(2);
    assertThat(infeasible.err()).contains("Infeasible").contains("--total-ratio 0.01");
    CliRun history =
        CliRun.of(
            "inspect",
            "plan",
            file.toString(),
            "--total-ratio",
            "0.1",
            "--history",
            file.toString(),
            "--seed",
            "S");
    assertThat(history.exit()).isEqualTo(2);
    assertThat(history.err()).contains("--history");
    CliRun noSeed = CliRun.of("inspect", "plan", file.toString(), "--total-ratio", "0.1");
    assertThat(noSeed.exit()).isEqualTo(2);
    assertThat(noSeed.err()).contains("--seed");
  }

  @Test
  void plan_rejectedLines_areReported_andExitOne() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.set(4, "not json");
    Path bad = Files.write(dir.resolve("bad.jsonl"), lines, StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of(
            "inspect", "plan", bad.toString(), "--total-ratio", "0.1", "--seed", "S", "--json");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(bad + ":5:");
    assertThat(CliJson.mapper().readTree(run.out()).get("total").asLong()).isEqualTo(40);
  }

  @Test
  void inspect_hasHelp() {
    CliRun run = CliRun.of("inspect", "plan", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: siarchive inspect plan").contains("--total-ratio");
  }
}
