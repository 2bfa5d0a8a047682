package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.rules.Language;
import org.siarchive.rules.material.MaterialDefinition;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.DefectCatalogue;

class QualityCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path file;

  @BeforeAll
  static void city() throws IOException {
    file = dir.resolve("city.jsonl");
    CliRun run = CliRun.of("generate", "--volumes", "400", "--seed", "9", "--out", file.toString());
    assertThat(run.exit()).as(run.err()).isZero();
  }

  private static Path withBadLines() throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    List<String> lines =
        new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8).subList(0, 50));
    lines.set(9, "{\"schemaVersion\": 1, \"id\": 7}");
    lines.set(19, "not json");
    Files.write(bad, lines, StandardCharsets.UTF_8);
    return bad;
  }

  @Test
  void defects_json_listsEveryCatalogueRow_withTheContractKeys() throws IOException {
    CliRun run = CliRun.of("defects", "--json");
    assertThat(run.exit()).isZero();
    JsonNode list = JSON.readTree(run.out());
    assertThat(list.size()).isEqualTo(DefectCatalogue.bundled().types().size());
    for (JsonNode row : list) {
      List<String> keys = new ArrayList<>();
      row.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).containsExactly("code", "severity", "zh", "en", "reference", "guidance");
      assertThat(row.get("guidance").asText()).isNotBlank();
    }
    assertThat(list.get(0).get("code").asText()).isEqualTo("ITEM_COUNT_MISMATCH");
    assertThat(list.get(0).get("zh").asText()).isEqualTo("实物件数与目录件数不符");
  }

  @Test
  void defects_text_namesCodesAndGuidance() {
    CliRun run = CliRun.of("defects");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("MAIN_FORM_MISSING  BLOCKING  缺主表 / Main form missing")
        .contains("整改: ");
  }

  @Test
  void check_json_hasTheContractKeys_andFiguresThatAddUp() throws IOException {
    CliRun run = CliRun.of("check", file.toString(), "--stage", "all", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    List<String> keys = new ArrayList<>();
    doc.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "read",
            "checked",
            "rejected",
            "volumesWithDefects",
            "defects",
            "volumes",
            "errors",
            "notPerformed");
    assertThat(doc.get("read").asLong())
        .isEqualTo(400)
        .isEqualTo(doc.get("checked").asLong() + doc.get("rejected").asLong());
    assertThat(doc.get("volumes").size())
        .isEqualTo(doc.get("volumesWithDefects").asInt())
        .isPositive();
    long perCode = 0;
    for (Iterator<JsonNode> it = doc.get("defects").elements(); it.hasNext(); ) {
      perCode += it.next().asLong();
    }
    long listed = 0;
    for (JsonNode v : doc.get("volumes")) {
      assertThat(v.get("volumeId").asText()).matches("SC\\d\\d-2024-\\d{6}");
      for (JsonNode d : v.get("defects")) {
        List<String> dk = new ArrayList<>();
        d.fieldNames().forEachRemaining(dk::add);
        assertThat(dk).containsExactly("code", "severity", "location", "message");
        assertThat(d.get("location").get("volumeId").asText())
            .isEqualTo(v.get("volumeId").asText());
        listed++;
      }
    }
    assertThat(listed).isEqualTo(perCode);
    assertThat(run.err()).contains("not performed: images.content");
  }

  @Test
  void check_lang_speaksTheLanguage_namingMaterialsColoursAndSeals_withTheSameFindings()
      throws IOException {
    JsonNode zh =
        JSON.readTree(CliRun.of("check", file.toString(), "--json", "--lang", "zh").out());
    JsonNode en =
        JSON.readTree(CliRun.of("check", file.toString(), "--json", "--lang", "en").out());
    MaterialRules rules = MaterialRules.bundledIllustrative();
    Pattern sealZh = Pattern.compile("材料(.+)（([A-Z0-9-]+)）缺(经办人章|分中心经办专用章)");
    Pattern sealEn = Pattern.compile("material (.+) \\(([A-Z0-9-]+)\\) lacks .*");
    int seals = 0;
    int messages = 0;
    for (int v = 0; v < zh.get("volumes").size(); v++) {
      JsonNode dz = zh.get("volumes").get(v).get("defects");
      JsonNode de = en.get("volumes").get(v).get("defects");
      assertThat(dz.size()).isEqualTo(de.size());
      for (int i = 0; i < dz.size(); i++) {
        assertThat(dz.get(i).get("code")).isEqualTo(de.get(i).get("code"));
        assertThat(dz.get(i).get("location")).isEqualTo(de.get(i).get("location"));
        String z = dz.get(i).get("message").asText();
        String e = de.get(i).get("message").asText();
        messages++;
        assertThat(z)
            .as("no raw colour or seal value in Chinese")
            .doesNotContain("GREYSCALE", "BITONAL", "OFFICE_SEAL", "HANDLER_SEAL");
        if (dz.get(i).get("code").asText().endsWith("_SEAL_MISSING")) {
          seals++;
          Matcher mz = sealZh.matcher(z);
          Matcher me = sealEn.matcher(e);
          assertThat(mz.matches()).as(z).isTrue();
          assertThat(me.matches()).as(e).isTrue();
          MaterialDefinition m = rules.material(mz.group(2)).orElseThrow();
          assertThat(mz.group(1)).isEqualTo(m.zh());
          assertThat(me.group(1)).isEqualTo(m.en());
        }
      }
    }
    assertThat(seals).as("the city has missing seals").isPositive();
    assertThat(messages).isGreaterThan(seals);
    ObjectNode zhRest = zh.deepCopy();
    ObjectNode enRest = en.deepCopy();
    zhRest.remove("volumes");
    enRest.remove("volumes");
    assertThat(zhRest).as("counts, errors, not performed").isEqualTo(enRest);

    CliRun bad = CliRun.of("check", file.toString(), "--lang", "fr");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("Invalid value for option '--lang' (zh or en): fr\n");
  }

  @Test
  void lang_default_followsTheLocale() {
    assertThat(LanguageOption.ofLocale(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.ZH);
    assertThat(LanguageOption.ofLocale(Locale.TRADITIONAL_CHINESE)).isEqualTo(Language.ZH);
    assertThat(LanguageOption.ofLocale(Locale.UK)).isEqualTo(Language.EN);
    assertThat(LanguageOption.ofLocale(Locale.JAPAN)).isEqualTo(Language.EN);
    assertThat(LanguageOption.ofLocale(Locale.ROOT)).isEqualTo(Language.EN);
  }

  @Test
  void check_parallel_printsExactlyWhatSequentialPrints() {
    CliRun a = CliRun.of("check", file.toString(), "--stage", "pre-acceptance", "--json");
    CliRun b =
        CliRun.of("check", file.toString(), "--stage", "pre-acceptance", "--json", "--parallel");
    assertThat(b.exit()).isZero();
    assertThat(b.out()).isEqualTo(a.out());
  }

  @Test
  void check_rejectedLines_exit1_andAreListedByLine() throws IOException {
    CliRun run = CliRun.of("check", withBadLines().toString(), "--stage", "self-check", "--json");
    assertThat(run.exit()).isEqualTo(1);
    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.get("read").asInt()).isEqualTo(50);
    assertThat(doc.get("rejected").asInt()).isEqualTo(2);
    assertThat(doc.get("errors").get(0).get("line").asInt()).isEqualTo(10);
    assertThat(doc.get("errors").get(0).get("pointer").asText()).isEqualTo("/id");
    assertThat(doc.get("errors").get(1).get("line").asInt()).isEqualTo(20);
  }

  @Test
  void check_usageErrors_exit2_namingTheArgument() {
    // Without --stage, check runs every check, as report and notice do (one default).
    CliRun noStage = CliRun.of("check", file.toString(), "--json");
    assertThat(noStage.out())
        .isEqualTo(CliRun.of("check", file.toString(), "--stage", "all", "--json").out());
    CliRun badStage = CliRun.of("check", file.toString(), "--stage", "acceptance");
    assertThat(badStage.exit()).isEqualTo(2);
    assertThat(badStage.err()).contains("acceptance").contains("pre-acceptance");
    CliRun noFile = CliRun.of("check", dir.resolve("missing.jsonl").toString(), "--stage", "all");
    assertThat(noFile.exit()).isEqualTo(2);
    assertThat(noFile.err()).contains("FILE ").contains("missing.jsonl: no such file");
  }

  @Test
  void check_text_listsEachVolumeWithDefects_andTheTotals() {
    CliRun run = CliRun.of("check", file.toString(), "--stage", "audit-post");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("stage audit-post; read 400, checked 400, rejected 0")
        .contains("rules: material-rules");
  }

  @Test
  void report_writesHtml_andJsonThatServesAsPrevious() throws IOException {
    Path html = dir.resolve("report.html");
    Path previous = dir.resolve("previous.json");
    CliRun first = CliRun.of("report", file.toString(), "--json");
    assertThat(first.exit()).as(first.err()).isZero();
    Files.writeString(previous, first.out(), StandardCharsets.UTF_8);
    JsonNode doc = JSON.readTree(first.out());
    assertThat(doc.get("format").asText()).isEqualTo("siarchive-quality-report/1");
    assertThat(doc.get("totals").get("read").asInt()).isEqualTo(400);

    CliRun second =
        CliRun.of(
            "report",
            withBadLines().toString(),
            "--previous",
            previous.toString(),
            "--html",
            html.toString());
    assertThat(second.exit()).isEqualTo(1);
    assertThat(second.out()).contains("质量分析报告").contains("Change against the previous report");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg");

    CliRun fromLines =
        CliRun.of("report", withBadLines().toString(), "--previous", file.toString(), "--json");
    assertThat(JSON.readTree(fromLines.out()).get("change").get("problemRateBefore").decimalValue())
        .isEqualByComparingTo(doc.get("totals").get("problemRate").decimalValue());
  }

  @Test
  void report_json_headerNamesDateInputBatchUnitToolAndVerdict_andSubCentreNames()
      throws IOException {
    CliRun run =
        CliRun.of(
            "report",
            file.toString(),
            "--batch",
            "B2026-07",
            "--issuing-unit",
            "市社保中心档案馆",
            "--acceptance-rate",
            "97.5%",
            "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    List<String> keys = new ArrayList<>();
    doc.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).startsWith("format", "header", "suite", "editions");
    JsonNode h = doc.get("header");
    List<String> headerKeys = new ArrayList<>();
    h.fieldNames().forEachRemaining(headerKeys::add);
    assertThat(headerKeys)
        .containsExactly(
            "issuedOn",
            "input",
            "batch",
            "issuingUnit",
            "tool",
            "toolVersion",
            "acceptanceRate",
            "verdict");
    assertThat(h.get("issuedOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(h.get("input").asText()).isEqualTo(file.toString());
    assertThat(h.get("batch").asText()).isEqualTo("B2026-07");
    assertThat(h.get("issuingUnit").asText()).isEqualTo("市社保中心档案馆");
    assertThat(h.get("tool").asText()).isEqualTo("siarchive");
    assertThat(h.get("toolVersion").asText()).isNotBlank();
    assertThat(h.get("acceptanceRate").decimalValue()).isEqualByComparingTo("0.975");
    long checked = doc.get("totals").get("checked").asLong();
    long with = doc.get("totals").get("volumesWithDefects").asLong();
    boolean pass = (checked - with) * 1000 >= 975 * checked;
    assertThat(h.get("verdict").asText()).isEqualTo(pass ? "PASS" : "FAIL");
    assertThat(doc.get("subCenters").get(0).get("name").asText()).endsWith("分中心");
  }

  @Test
  void report_acceptanceRateInAnUnknownForm_isAUsageErrorShowingTheAcceptedForms() {
    // The one decimal reader of the command line: the same forms and words as sample's options.
    for (String bad : List.of("5x", "0", "101%", "1.5")) {
      CliRun run = CliRun.of("report", file.toString(), "--acceptance-rate", bad);
      assertThat(run.exit()).as(bad).isEqualTo(2);
      assertThat(run.err())
          .as(bad)
          .startsWith(
              "Invalid value for option '--acceptance-rate' (a decimal, valid values > 0 - 1, or a"
                  + " percentage such as 5%): "
                  + bad
                  + "\n")
          .doesNotContain("Exception");
    }
    CliRun huge = CliRun.of("report", file.toString(), "--acceptance-rate", "1e-100000000");
    assertThat(huge.exit()).isEqualTo(2);
    assertThat(huge.err())
        .startsWith(
            "Invalid value for option '--acceptance-rate' (a decimal of at most 34 significant"
                + " digits and 34 decimal places): 1e-100000000\n");
    assertThat(CliRun.of("report", file.toString(), "--acceptance-rate", "97.5%").exit()).isZero();
  }

  @Test
  void notice_listsTheSubCentresVolumes_withGuidance() throws IOException {
    CliRun run = CliRun.of("notice", file.toString(), "--sub-center", "SC11");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("整改意见书 Rectification notice")
        .contains("分中心 sub-centre: SC11")
        .contains("二、整改要求 What to do");
    CliRun json = CliRun.of("notice", file.toString(), "--sub-center", "SC11", "--json");
    JsonNode doc = JSON.readTree(json.out());
    assertThat(doc.get("volumes").size()).isPositive();
    for (JsonNode v : doc.get("volumes")) {
      assertThat(v.get("volumeId").asText()).startsWith("SC11-");
    }
    // The checks not performed, as check --json lists them for the same stage.
    JsonNode check =
        JSON.readTree(CliRun.of("check", file.toString(), "--stage", "all", "--json").out());
    assertThat(doc.get("notPerformed")).isEqualTo(check.get("notPerformed"));
    assertThat(doc.get("notPerformed").findValuesAsText("check")).contains("images.content");
    assertThat(run.out()).contains("未执行 not performed: images.content (");
    assertThat(CliRun.of("notice", file.toString()).exit()).isEqualTo(2);
  }

  @Test
  void demo_printsTheQualityReport_findsExactlyTheSeededDefects_andWritesTheHtmlPage()
      throws IOException {
    Path out = dir.resolve("demo");
    CliRun run = CliRun.of("demo", "--volumes", "400", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Generated 400 volumes")
        .contains("3. Quality checks (stage all)")
        .contains("seeded defects found: all, and nothing else")
        .contains("质量分析报告 Quality analysis report");
    assertThat(Files.readString(out.resolve("quality-report.html")))
        .startsWith("<!DOCTYPE html>")
        .contains("<svg");
  }

  @Test
  void qualityCommands_haveHelp() {
    for (String command : List.of("defects", "check", "report", "notice")) {
      CliRun run = CliRun.of(command, "--help");
      assertThat(run.exit()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage:");
    }
  }
}
