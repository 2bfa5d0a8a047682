package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.siarchive.core.defect.Severity;

/**
 * The command line as an archivist lives in it (issue 15): {@code check}'s policy exit code, counts
 * only and a cap on the listing; {@code notice}'s refusal of an unknown sub-centre; {@code sample
 * draw} over a volumes file; dates in the catalogue's form, percentages, and a JSON error document.
 */
class ArchivistCommandLineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path file;
  static JsonNode full;

  @BeforeAll
  static void city() throws IOException {
    file = dir.resolve("city.jsonl");
    CliRun run =
        CliRun.of("generate", "--volumes", "300", "--seed", "11", "--out", file.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    CliRun check = CliRun.of("check", file.toString(), "--stage", "all", "--json");
    assertThat(check.exit()).as(check.err()).isZero();
    full = JSON.readTree(check.out());
  }

  private static List<JsonNode> listedDefects(JsonNode doc) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode v : doc.get("volumes")) {
      v.get("defects").forEach(out::add);
    }
    return out;
  }

  private static List<String> keys(JsonNode doc) {
    List<String> keys = new ArrayList<>();
    doc.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static long totalDefects(JsonNode doc) {
    long n = 0;
    for (Iterator<JsonNode> it = doc.get("defects").elements(); it.hasNext(); ) {
      n += it.next().asLong();
    }
    return n;
  }

  private static List<JsonNode> volumes() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(Severity.class)
  void check_failOn_exits1_exactlyWhenADefectAtOrAboveTheSeverityWasFound(Severity threshold) {
    boolean expected =
        listedDefects(full).stream()
            .anyMatch(d -> Severity.valueOf(d.get("severity").asText()).compareTo(threshold) <= 0);
    CliRun run =
        CliRun.of("check", file.toString(), "--stage", "all", "--fail-on", threshold.name());
    assertThat(run.exit()).as(threshold + ": " + run.err()).isEqualTo(expected ? 1 : 0);
  }

  @Test
  void check_failOn_cityHasBlockingDefects_soEveryThresholdFails_andWithoutItTheExitIs0() {
    assertThat(listedDefects(full)).anyMatch(d -> d.get("severity").asText().equals("BLOCKING"));
    assertThat(CliRun.of("check", file.toString(), "--stage", "all").exit()).isZero();
    CliRun minor =
        CliRun.of("check", file.toString(), "--stage", "all", "--fail-on", "MINOR", "--json");
    assertThat(minor.exit()).isEqualTo(1);
  }

  @Test
  void check_failOn_fileWithoutDefects_exits0() throws IOException {
    Set<String> withDefects = new TreeSet<>();
    full.get("volumes").forEach(v -> withDefects.add(v.get("volumeId").asText()));
    List<String> clean = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!withDefects.contains(JSON.readTree(line).get("id").asText())) {
        clean.add(line);
      }
    }
    assertThat(clean).isNotEmpty();
    Path cleanFile = Files.write(dir.resolve("clean.jsonl"), clean, StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of("check", cleanFile.toString(), "--stage", "all", "--fail-on", "MINOR", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(JSON.readTree(run.out()).get("volumesWithDefects").asInt()).isZero();
  }

  @Test
  void check_failOn_unknownSeverity_isAUsageError_namingTheValidOnes() {
    CliRun run = CliRun.of("check", file.toString(), "--stage", "all", "--fail-on", "CRITICAL");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("CRITICAL").contains("BLOCKING, MAJOR, MINOR");
  }

  @Test
  void check_summary_json_hasTheCountsOnly_equalToTheFullRun() throws IOException {
    CliRun run = CliRun.of("check", file.toString(), "--stage", "all", "--summary", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    assertThat(keys(doc))
        .containsExactly(
            "read", "checked", "rejected", "volumesWithDefects", "defects", "notPerformed");
    for (String k : List.of("read", "checked", "rejected", "volumesWithDefects", "defects")) {
      assertThat(doc.get(k)).as(k).isEqualTo(full.get(k));
    }
  }

  @Test
  void check_summary_text_listsNoVolume_butTheTotals() {
    CliRun all = CliRun.of("check", file.toString(), "--stage", "all");
    CliRun run = CliRun.of("check", file.toString(), "--stage", "all", "--summary");
    assertThat(run.exit()).isZero();
    assertThat(all.out()).contains("(line ");
    assertThat(run.out()).doesNotContain("(line ");
    String totals = "volumes with defects " + full.get("volumesWithDefects").asInt();
    assertThat(run.out()).contains(totals).contains("rules: material-rules");
    // The summary is the full run's output without the listing.
    assertThat(all.out()).endsWith(run.out());
  }

  @Test
  void check_maxFindings_json_listsTheFirstNDefects_andCountsTheRest() throws IOException {
    List<JsonNode> every = listedDefects(full);
    long total = totalDefects(full);
    assertThat(every).hasSize((int) total).hasSizeGreaterThan(5);
    CliRun run =
        CliRun.of("check", file.toString(), "--stage", "all", "--max-findings", "5", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    assertThat(keys(doc))
        .containsExactly(
            "read",
            "checked",
            "rejected",
            "volumesWithDefects",
            "defects",
            "volumes",
            "defectsNotListed",
            "errors",
            "notPerformed");
    assertThat(listedDefects(doc)).containsExactlyElementsOf(every.subList(0, 5));
    assertThat(doc.get("defectsNotListed").asLong()).isEqualTo(total - 5);
    assertThat(doc.get("defects")).isEqualTo(full.get("defects"));
  }

  @Test
  void check_maxFindings_text_printsNDefectLines_andSaysHowManyWereNotListed() {
    long total = totalDefects(full);
    CliRun run = CliRun.of("check", file.toString(), "--stage", "all", "--max-findings", "1");
    assertThat(run.exit()).isZero();
    long defectLines =
        run.out().lines().filter(l -> l.matches("  (BLOCKING|MAJOR|MINOR) .*")).count();
    assertThat(defectLines).isEqualTo(1);
    assertThat(run.out().lines().filter(l -> l.endsWith(":") && l.contains("(line ")).count())
        .isEqualTo(1);
    assertThat(run.out()).contains((total - 1) + " defects not listed (--max-findings 1)");
  }

  @Test
  void check_maxFindings_zeroListsNothing_negativeIsAUsageError() throws IOException {
    CliRun zero =
        CliRun.of("check", file.toString(), "--stage", "all", "--max-findings", "0", "--json");
    JsonNode doc = JSON.readTree(zero.out());
    assertThat(doc.get("volumes")).isEmpty();
    assertThat(doc.get("defectsNotListed").asLong()).isEqualTo(totalDefects(full));
    CliRun negative = CliRun.of("check", file.toString(), "--stage", "all", "--max-findings", "-1");
    assertThat(negative.exit()).isEqualTo(2);
    assertThat(negative.err())
        .contains("Invalid value for option '--max-findings' (valid values >= 0): -1");
  }

  @Test
  void check_json_missingFile_printsAJsonErrorDocument_exit2() throws IOException {
    Path missing = dir.resolve("missing.jsonl");
    CliRun run = CliRun.of("check", missing.toString(), "--stage", "all", "--json");
    assertThat(run.exit()).isEqualTo(2);
    JsonNode doc = JSON.readTree(run.out());
    assertThat(keys(doc)).containsExactly("error");
    assertThat(keys(doc.get("error"))).containsExactly("command", "exit", "message");
    assertThat(doc.get("error").get("command").asText()).isEqualTo("siarchive check");
    assertThat(doc.get("error").get("exit").asInt()).isEqualTo(2);
    assertThat(doc.get("error").get("message").asText())
        .startsWith("FILE ")
        .endsWith("missing.jsonl: no such file");
    assertThat(run.err()).contains("missing.jsonl: no such file");
    CliRun text = CliRun.of("check", missing.toString(), "--stage", "all");
    assertThat(text.out()).isEmpty();
  }

  @Test
  void notice_unknownSubCentre_isAUsageError_listingTheKnownOnes() throws IOException {
    Set<String> known = new TreeSet<>();
    for (JsonNode v : volumes()) {
      known.add(v.get("subCenterId").asText());
    }
    CliRun run = CliRun.of("notice", file.toString(), "--sub-center", "SC99");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("Invalid value for option '--sub-center'")
        .contains(String.join(", ", known))
        .contains(": SC99");
  }

  @Test
  void notice_subCentreInAnotherCase_isRefused_namingTheCodeMeant() {
    CliRun run = CliRun.of("notice", file.toString(), "--sub-center", "sc05");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(": sc05; did you mean SC05? (codes are case-sensitive)");
    CliRun right = CliRun.of("notice", file.toString(), "--sub-center", "SC05");
    assertThat(right.exit()).as(right.err()).isZero();
  }

  @Test
  void sampleDraw_volumes_drawsFromTheFilteredIds_asTheIdListFormDoes() throws IOException {
    String type = null;
    List<String> ids = new ArrayList<>();
    for (JsonNode v : volumes()) {
      JsonNode bt = v.get("businessType");
      String t = bt.get("line").asText() + "/" + bt.get("step").asText();
      if (!v.get("subCenterId").asText().equals("SC02")) {
        continue;
      }
      if (type == null) {
        type = t;
      }
      if (t.equals(type)) {
        ids.add(v.get("id").asText());
      }
    }
    assertThat(ids).hasSizeGreaterThan(1);
    Path idFile = Files.write(dir.resolve("ids.txt"), ids, StandardCharsets.UTF_8);
    CliRun fromIds =
        CliRun.of("sample", "draw", "--seed", "s1", "--ids", idFile.toString(), "--size", "2");
    CliRun fromVolumes =
        CliRun.of(
            "sample",
            "draw",
            "--seed",
            "s1",
            "--volumes",
            file.toString(),
            "--sub-center",
            "SC02",
            "--business-type",
            type,
            "--size",
            "2");
    assertThat(fromVolumes.exit()).as(fromVolumes.err()).isZero();
    assertThat(fromVolumes.out()).isEqualTo(fromIds.out()).contains("population " + ids.size());
  }

  @Test
  void sampleDraw_volumes_withoutFilters_takesEveryVolume() throws IOException {
    CliRun run =
        CliRun.of(
            "sample", "draw", "--seed", "s", "--volumes", file.toString(), "--size", "3", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(JSON.readTree(run.out()).get("populationSize").asInt()).isEqualTo(volumes().size());
  }

  @Test
  void sampleDraw_filtersWithIds_orABadBusinessType_areUsageErrors() throws IOException {
    Path idFile = Files.write(dir.resolve("two.txt"), List.of("a", "b"), StandardCharsets.UTF_8);
    CliRun withIds =
        CliRun.of(
            "sample",
            "draw",
            "--seed",
            "s",
            "--ids",
            idFile.toString(),
            "--sub-center",
            "SC01",
            "--size",
            "1");
    assertThat(withIds.exit()).isEqualTo(2);
    assertThat(withIds.err()).contains("--sub-center and --business-type need --volumes");
    CliRun both =
        CliRun.of(
            "sample",
            "draw",
            "--seed",
            "s",
            "--ids",
            idFile.toString(),
            "--volumes",
            file.toString(),
            "--size",
            "1");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
    CliRun badType =
        CliRun.of(
            "sample",
            "draw",
            "--seed",
            "s",
            "--volumes",
            file.toString(),
            "--business-type",
            "PENSION",
            "--size",
            "1");
    assertThat(badType.exit()).isEqualTo(2);
    assertThat(badType.err())
        .contains(
            "Invalid value for option '--business-type' (LINE/STEP, e.g. PENSION/REGISTRATION):"
                + " PENSION");
  }

  @Test
  void dates_inTheCataloguesForm_meanTheSameAsIso() {
    CliRun iso =
        CliRun.of("schedule", "disposition", "--row", "八(2)", "--formed", "2012-05-04", "--json");
    CliRun catalogue =
        CliRun.of("schedule", "disposition", "--row", "八(2)", "--formed", "20120504", "--json");
    assertThat(catalogue.exit()).as(catalogue.err()).isZero();
    assertThat(catalogue.out()).isEqualTo(iso.out()).contains("2042-12-31");
    CliRun feb30 = CliRun.of("schedule", "disposition", "--row", "八(2)", "--formed", "20120230");
    assertThat(feb30.exit()).isEqualTo(2);
    assertThat(feb30.err()).contains("YYYY-MM-DD or YYYYMMDD").doesNotContain("Exception");
  }

  @Test
  void rates_asPercentages_meanTheSameAsDecimals_andABadOneShowsTheForms() {
    CliRun decimal =
        CliRun.of(
            "sample",
            "size",
            "--tolerable-rate",
            "0.05",
            "--confidence",
            "0.95",
            "--acceptance-number",
            "1",
            "--json");
    CliRun percent =
        CliRun.of(
            "sample",
            "size",
            "--tolerable-rate",
            "5%",
            "--confidence",
            "95%",
            "--acceptance-number",
            "1",
            "--json");
    assertThat(percent.exit()).as(percent.err()).isZero();
    assertThat(percent.out()).isEqualTo(decimal.out());
    for (String bad : List.of("5x", "%", "1e-2147483647%", "150%")) {
      CliRun run =
          CliRun.of("sample", "size", "--tolerable-rate", bad, "--confidence", "0.95", "--json");
      assertThat(run.exit()).as(bad).isEqualTo(2);
      assertThat(run.err())
          .as(bad)
          .contains(
              "Invalid value for option '--tolerable-rate' (a decimal, valid values > 0 - 1, or a"
                  + " percentage such as 5%)")
          .doesNotContain("Exception")
          .doesNotContain("java.");
    }
  }
}
