package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.rules.Language;
import org.siarchive.rules.quality.DefectCatalogue;
import org.siarchive.rules.quality.DefectType;

/**
 * The {@code siarchive training} contract (issue 10, article §3.4): its Pareto per sub-centre and
 * for the city agrees with {@code report --json} of the same file, its rates and trends are the
 * report figures' exact fractions, its guidance is the catalogue's, its edition changes are {@code
 * schedule diff}'s summary, and it writes a page with charts.
 */
class TrainingCommandTest {
  @TempDir Path dir;

  private Path generate(String name, String seed) {
    Path p = dir.resolve(name);
    CliRun gen = CliRun.of("generate", "--volumes", "400", "--seed", seed, "--out", p.toString());
    assertThat(gen.exit()).as(gen.err()).isZero();
    return p;
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.exit()).as(run.err()).isZero();
    return CliJson.mapper().readTree(run.out());
  }

  @Test
  void training_agreesWithTheReports_andWritesTheEditionChanges() throws IOException {
    Path now = generate("now.jsonl", "11");
    Path before = generate("before.jsonl", "12");
    Path previous = dir.resolve("previous.json");
    Files.writeString(previous, CliRun.of("report", before.toString(), "--json").out());
    String national = CliRun.of("schedule", "show", "--json").out();
    Path from = Files.writeString(dir.resolve("from.json"), national);
    Path to =
        Files.writeString(
            dir.resolve("to.json"),
            national.replace("\"period\" : \"D10\"", "\"period\" : \"D30\""));
    Path html = dir.resolve("training.html");
    JsonNode brief =
        json(
            CliRun.of(
                "training",
                now.toString(),
                "--previous",
                previous.toString(),
                "--from-edition",
                from.toString(),
                "--to-edition",
                to.toString(),
                "--html",
                html.toString(),
                "--json"));
    JsonNode report = json(CliRun.of("report", now.toString(), "--json"));
    JsonNode prev = CliJson.mapper().readTree(previous.toFile());

    // The city: the report's Pareto, top 10, with rates defects / checked.
    JsonNode city = brief.get("city");
    long checked = report.at("/totals/checked").asLong();
    long checkedBefore = prev.at("/totals/checked").asLong();
    assertThat(city.get("checked").asLong()).isEqualTo(checked);
    assertThat(city.get("checkedBefore").asLong()).isEqualTo(checkedBefore);
    Map<String, Long> cityBefore = new HashMap<>();
    prev.get("pareto")
        .forEach(c -> cityBefore.put(c.get("code").asText(), c.get("defects").asLong()));
    List<JsonNode> reportPareto = new ArrayList<>();
    report.get("pareto").forEach(reportPareto::add);
    assertThat(city.get("pareto")).hasSize(Math.min(10, reportPareto.size()));
    DefectCatalogue catalogue = DefectCatalogue.bundled();
    for (int i = 0; i < city.get("pareto").size(); i++) {
      JsonNode t = city.get("pareto").get(i);
      JsonNode r = reportPareto.get(i);
      assertThat(t.get("code").asText()).isEqualTo(r.get("code").asText());
      long n = r.get("defects").asLong();
      assertThat(t.get("defects").asLong()).isEqualTo(n);
      assertThat(t.get("rate").decimalValue()).isEqualByComparingTo(ratio(n, checked));
      assertTrend(
          t, n, checked, cityBefore.getOrDefault(t.get("code").asText(), 0L), checkedBefore);
      DefectType type =
          catalogue.types().stream()
              .filter(d -> d.code().equals(t.get("code").asText()))
              .findFirst()
              .orElseThrow();
      assertThat(t.get("guidanceZh").asText()).isEqualTo(type.guidance().in(Language.ZH));
      assertThat(t.get("guidanceEn").asText()).isEqualTo(type.guidance().in(Language.EN));
      long inCategories = 0;
      for (JsonNode c : t.get("categories")) {
        inCategories += c.get("defects").asLong();
      }
      assertThat(inCategories).isPositive().isLessThanOrEqualTo(n);
    }

    // Each sub-centre: its report figures, ranked most first (ties by code), rates and trends.
    Map<String, JsonNode> prevSc = new HashMap<>();
    prev.get("subCenters").forEach(g -> prevSc.put(g.get("key").asText(), g));
    assertThat(brief.get("subCenters")).hasSize(report.get("subCenters").size());
    for (int i = 0; i < report.get("subCenters").size(); i++) {
      JsonNode g = report.get("subCenters").get(i);
      JsonNode s = brief.get("subCenters").get(i);
      assertThat(s.get("key").asText()).isEqualTo(g.get("key").asText());
      assertThat(s.get("checked").asLong()).isEqualTo(g.get("checked").asLong());
      List<Map.Entry<String, Long>> ranked = new ArrayList<>();
      g.get("defectsPerCode")
          .fields()
          .forEachRemaining(e -> ranked.add(Map.entry(e.getKey(), e.getValue().asLong())));
      ranked.sort(
          Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
              .thenComparing(Map.Entry::getKey));
      assertThat(s.get("pareto")).hasSize(Math.min(10, ranked.size()));
      JsonNode pg = prevSc.get(g.get("key").asText());
      for (int j = 0; j < s.get("pareto").size(); j++) {
        JsonNode t = s.get("pareto").get(j);
        assertThat(t.get("code").asText()).isEqualTo(ranked.get(j).getKey());
        assertThat(t.get("defects").asLong()).isEqualTo(ranked.get(j).getValue());
        assertTrend(
            t,
            ranked.get(j).getValue(),
            g.get("checked").asLong(),
            pg.get("defectsPerCode").path(t.get("code").asText()).asLong(0),
            pg.get("checked").asLong());
      }
    }

    // The edition changes: schedule diff's summary, word for word.
    JsonNode diff = json(CliRun.of("schedule", "diff", from.toString(), to.toString(), "--json"));
    assertThat(brief.at("/editionChanges/zh")).isEqualTo(diff.at("/summary/zh"));
    assertThat(brief.at("/editionChanges/en")).isEqualTo(diff.at("/summary/en"));
    assertThat(brief.at("/editionChanges/zh")).hasSizeGreaterThan(1);

    String page = Files.readString(html);
    assertThat(page).contains("<svg").contains("培训简报").doesNotContain("<script");
    assertThat(page).contains(diff.at("/summary/zh/0").asText());
    for (JsonNode s : brief.get("subCenters")) {
      assertThat(page).contains(s.get("name").asText());
    }
  }

  @Test
  void training_fromEditionWithoutTo_isAUsageError() throws IOException {
    Path now = generate("now.jsonl", "11");
    CliRun run = CliRun.of("training", now.toString(), "--from-edition", now.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--from-edition and --to-edition go together");
    CliRun topics = CliRun.of("training", now.toString(), "--topics", "0");
    assertThat(topics.exit()).isEqualTo(2);
    assertThat(topics.err()).contains("'--topics' (1 - 100): 0");
  }

  /** The trend decided on the exact fractions n / c against b / cb. */
  private static void assertTrend(JsonNode t, long n, long c, long b, long cb) {
    String expected;
    if (b == 0) {
      expected = "NEW";
    } else {
      int cmp = Long.compare(n * cb, b * c);
      expected = cmp > 0 ? "UP" : cmp < 0 ? "DOWN" : "SAME";
    }
    assertThat(t.get("trend").asText()).as(t.get("code").asText()).isEqualTo(expected);
    assertThat(t.get("rateBefore").decimalValue()).isEqualByComparingTo(ratio(b, cb));
  }

  private static BigDecimal ratio(long a, long b) {
    return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 4, RoundingMode.HALF_EVEN);
  }
}
