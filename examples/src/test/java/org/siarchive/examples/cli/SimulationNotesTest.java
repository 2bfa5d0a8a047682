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
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.core.transfer.Role;
import org.siarchive.rules.simulation.Metric;
import org.siarchive.rules.simulation.Scenario;
import org.siarchive.rules.simulation.ScenarioFile;

/**
 * archive-rules/SIMULATION.md against the code: its scenario-file example loads and runs, and its
 * table of the default run is what a fresh {@code siarchive simulate --json} prints (five
 * scenarios, 30 replications, one city-year), together with the directions its closing paragraph
 * reads from that table. With {@code -Dsiarchive.writeSimulationNotes=true} the table is written
 * into the page from the fresh run instead of failing.
 */
class SimulationNotesTest {
  static final String WRITE = "siarchive.writeSimulationNotes";
  private static final Path PAGE = Path.of("..", "archive-rules", "SIMULATION.md");
  private static final String BEGIN = "<!-- BEGIN generated default run -->\n";
  private static final String END = "<!-- END generated default run -->";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REGENERATE =
      "mvn -o -B verify -pl examples -am -Dtest=SimulationNotesTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true -D"
          + WRITE
          + "=true";

  @TempDir Path dir;

  @Test
  void theDocumentedScenarioFileLoadsAndRuns() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    int heading = page.indexOf("## The scenario file");
    int open = page.indexOf("```json\n", heading);
    int close = page.indexOf("```", open + 8);
    assertThat(heading).as("the page's scenario-file section").isPositive();
    assertThat(open).as("its json example").isGreaterThan(heading);
    Path file = dir.resolve("scenarios.json");
    Files.writeString(file, page.substring(open + 8, close), StandardCharsets.UTF_8);

    List<Scenario> read = ScenarioFile.read(file);

    assertThat(read)
        .containsExactly(
            Scenario.of(Scenario.PHASE_1),
            Scenario.of("phase-2"),
            new Scenario("phase-2+all-proposals", 2, true, true, true, Map.of()),
            Scenario.of("phase-2")
                .withName("phase-2+3-acceptance")
                .withStaff(Role.ACCEPTANCE_POST, 3));
    CliRun run =
        CliRun.of(
            "simulate",
            "--scenarios",
            file.toString(),
            "--replications",
            "2",
            "--horizon-days",
            "21",
            "--threads",
            "2",
            "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> names = new ArrayList<>();
    JSON.readTree(run.out()).get("scenarios").forEach(s -> names.add(s.get("name").asText()));
    assertThat(names)
        .containsExactly("phase-1", "phase-2", "phase-2+all-proposals", "phase-2+3-acceptance");
  }

  @Test
  void theDocumentedDefaultRunIsAFreshRunsTable() throws IOException {
    CliRun run = CliRun.of("simulate", "--threads", "2", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.get("replications").asInt()).isEqualTo(30);
    assertThat(doc.get("horizonDays").asInt()).isEqualTo(250);
    assertThat(doc.get("scenarios")).hasSize(5);
    String generated = table(doc);

    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    int from = page.indexOf(BEGIN);
    int to = page.indexOf(END);
    assertThat(from).as("the generated block's markers in %s", PAGE).isPositive();
    assertThat(to).isGreaterThan(from);
    if (Boolean.getBoolean(WRITE)) {
      page = page.substring(0, from + BEGIN.length()) + generated + page.substring(to);
      Files.writeString(PAGE, page, StandardCharsets.UTF_8);
      page = Files.readString(PAGE, StandardCharsets.UTF_8);
      to = page.indexOf(END);
    }
    assertThat(page.substring(from + BEGIN.length(), to))
        .as(
            "SIMULATION.md's default-run table differs from a fresh run. Regenerate it with%n"
                + "  %s%nand check the paragraph on the article's claims",
            REGENERATE)
        .isEqualTo(generated);

    // The directions the page's closing paragraph reads from the table.
    assertThat(high(doc, "phase-2", "daysToDetection")).isNegative();
    assertThat(high(doc, "phase-2", "daysToDigitisation")).isNegative();
    assertThat(high(doc, "phase-2", "volumeDaysAtSubCentres")).isNegative();
    assertThat(high(doc, "phase-2", "peakStoreFill")).isNegative();
    assertThat(high(doc, "phase-2+audit-post", "daysToDetection"))
        .isLessThan(low(doc, "phase-2", "daysToDetection"));
    assertThat(high(doc, "phase-2+audit-post", "escapedDefectShare"))
        .isLessThan(low(doc, "phase-2", "escapedDefectShare"));
    assertThat(low(doc, "phase-2", "escapedDefectShare")).isPositive();
    assertThat(high(doc, "phase-2", "staffDays")).isNegative();
    assertThat(high(doc, "phase-2+flexible-ratios", "pagesInspected"))
        .isLessThan(low(doc, "phase-2", "pagesInspected"));
    assertThat(low(doc, "phase-2+flexible-ratios", "escapedDefectShare"))
        .isLessThanOrEqualTo(high(doc, "phase-2", "escapedDefectShare"));
    assertThat(low(doc, "phase-2", "escapedDefectShare"))
        .isLessThanOrEqualTo(high(doc, "phase-2+flexible-ratios", "escapedDefectShare"));
    assertThat(mean(doc, "phase-2+storage-planning", "peakStoreFill"))
        .isLessThan(mean(doc, "phase-2", "peakStoreFill"));
    assertThat(mean(doc, "phase-1", "daysToDetection"))
        .isGreaterThan(250)
        .isGreaterThan(mean(doc, "phase-1", "daysToRectification"));
    assertThat(mean(doc, "phase-1", "peakStoreFill")).isGreaterThan(1);
  }

  private static JsonNode scenario(JsonNode doc, String name) {
    for (JsonNode s : doc.get("scenarios")) {
      if (s.get("name").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no scenario " + name);
  }

  /** The upper limit of a scenario's paired difference against phase 1. */
  private static double high(JsonNode doc, String name, String metric) {
    return scenario(doc, name).get("versusPhase1").get(metric).get("high").asDouble();
  }

  private static double mean(JsonNode doc, String name, String metric) {
    return scenario(doc, name).get("metrics").get(metric).get("mean").asDouble();
  }

  private static double low(JsonNode doc, String name, String metric) {
    return scenario(doc, name).get("versusPhase1").get(metric).get("low").asDouble();
  }

  /** The page's block: the metrics by scenario, then the paired differences against phase 1. */
  static String table(JsonNode doc) {
    StringBuilder b = new StringBuilder();
    List<JsonNode> scenarios = new ArrayList<>();
    doc.get("scenarios").forEach(scenarios::add);
    b.append(
        String.format(
            Locale.ROOT,
            "Seed %d, %d replications, %d working days of formation: mean [95%% interval].%n%n",
            doc.get("seed").asLong(),
            doc.get("replications").asInt(),
            doc.get("horizonDays").asInt()));
    header(b, scenarios, false);
    for (Metric m : Metric.values()) {
      row(b, m.key(), scenarios, "metrics");
    }
    b.append("\nPaired difference, scenario minus phase-1: mean [95% interval].\n\n");
    header(b, scenarios, true);
    for (Metric m : Metric.values()) {
      row(b, m.key(), scenarios.subList(1, scenarios.size()), "versusPhase1");
    }
    return b.toString();
  }

  private static void header(StringBuilder b, List<JsonNode> scenarios, boolean versus) {
    List<JsonNode> cols = versus ? scenarios.subList(1, scenarios.size()) : scenarios;
    b.append("| metric |");
    for (JsonNode s : cols) {
      b.append(" `").append(s.get("name").asText()).append("` |");
    }
    b.append("\n|---|");
    b.append("---|".repeat(cols.size()));
    b.append('\n');
  }

  private static void row(StringBuilder b, String key, List<JsonNode> cols, String part) {
    b.append("| `").append(key).append("` |");
    for (JsonNode s : cols) {
      JsonNode i = s.get(part).get(key);
      b.append(' ')
          .append(number(i.get("mean").asDouble()))
          .append(" [")
          .append(number(i.get("low").asDouble()))
          .append(", ")
          .append(number(i.get("high").asDouble()))
          .append("] |");
    }
    b.append('\n');
  }

  /** Three significant digits, or an integer from 1000 on (as the command's text table). */
  static String number(double v) {
    double a = Math.abs(v);
    String f = a >= 1000 ? "%.0f" : a >= 100 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
    String s = String.format(Locale.ROOT, f, v);
    return s.matches("-0(\\.0+)?") ? s.substring(1) : s;
  }
}
