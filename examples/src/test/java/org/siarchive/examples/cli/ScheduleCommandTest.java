package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.model.Volume;
import org.siarchive.examples.synthetic.SyntheticCity;

/** {@code siarchive schedule …}: the options and JSON keys of issue 3, run in-process. */
class ScheduleCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

  @TempDir Path dir;

  @BeforeEach
  void fixToday() {
    ScheduleCommand.clock =
        Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }

  @AfterEach
  void restoreTheSystemClock() {
    ScheduleCommand.clock = Clock.systemDefaultZone();
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.out()).as(run.err()).isNotBlank();
    return JSON.readTree(run.out());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** The national edition as {@code schedule show --json} prints it. */
  private String shownNational() {
    CliRun run = CliRun.of("schedule", "show", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    return run.out();
  }

  /** A local edition over the national one that maps the synthetic city's material codes. */
  private static final String LOCAL =
      """
      {
        "formatVersion": 1, "scheduleId": "test-city", "edition": "2025",
        "title": "测试市社会保险业务文件材料归档范围和保管期限表", "titleEn": "Test city table",
        "effectiveFrom": "2025-01-01",
        "extends": {"scheduleId": "cn-national", "edition": "2009"},
        "source": {"regulation": "测试市规定", "documentNumber": "测试〔2025〕1号"},
        "categories": [],
        "rows": [
          {"id": "一(1)", "category": "一", "material": "参保单位登记材料", "materialEn": "Employer registration",
           "materialCodes": ["EMPLOYER-REG-FORM", "BUSINESS-LICENCE-COPY"],
           "period": "Y", "provenance": {"source": "test", "confirmed": true}},
          {"id": "一(2)", "category": "一", "material": "参保人员登记材料", "materialEn": "Person enrolment",
           "materialCodes": ["PERSON-ENROL-FORM", "ID-CARD-COPY", "LABOUR-CONTRACT"],
           "period": "D50", "provenance": {"source": "test", "confirmed": true}},
          {"id": "七(3)", "category": "七", "material": "生育保险待遇核定材料", "materialEn": "Maternity benefit",
           "materialCodes": ["MATERNITY-BENEFIT-FORM", "BIRTH-CERTIFICATE-COPY"],
           "period": "D30", "provenance": {"source": "test", "confirmed": true}}
        ]
      }
      """;

  @Test
  void list_showsEachEditionAndWhichIsInForce() throws IOException {
    JsonNode doc = json(CliRun.of("schedule", "list", "--json"));
    assertThat(doc.get("today").asText()).isEqualTo("2026-03-15");
    JsonNode e = doc.at("/schedules/0/editions/0");
    assertThat(doc.at("/schedules/0/scheduleId").asText()).isEqualTo("cn-national");
    assertThat(e.get("edition").asText()).isEqualTo("2009");
    assertThat(e.get("effectiveFrom").asText()).isEqualTo("2009-09-01");
    assertThat(e.get("rows").asInt()).isEqualTo(19);
    assertThat(e.get("confirmedRows").asInt()).isEqualTo(17);
    assertThat(e.get("inForce").asBoolean()).isTrue();
    assertThat(e.get("sha256").asText()).hasSize(64);

    ScheduleCommand.clock =
        Clock.fixed(
            LocalDate.of(2009, 8, 31).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    assertThat(
            json(CliRun.of("schedule", "list", "--json"))
                .at("/schedules/0/editions/0/inForce")
                .asBoolean())
        .isFalse();
    assertThat(CliRun.of("schedule", "list").out())
        .contains("cn-national 2009  from 2009-09-01  19 rows (17 confirmed)");
  }

  @Test
  void show_printsTheLoadableFormat_whichLoadsBackUnchangedAndEdited() throws IOException {
    String shown = shownNational();
    JsonNode doc = JSON.readTree(shown);
    assertThat(doc.get("scheduleId").asText()).isEqualTo("cn-national");
    assertThat(doc.get("rows")).hasSize(19);
    assertThat(doc.at("/rows/0/id").asText()).isEqualTo("一(1)");

    Path same = write("same.json", shown);
    CliRun valid = CliRun.of("schedule", "validate", same.toString());
    assertThat(valid.exit()).as(valid.err()).isZero();
    assertThat(valid.out()).contains("cn-national 2009 loads: 19 rows (17 confirmed)");

    Path edited =
        write("edited.json", shown.replace("\"period\" : \"D10\"", "\"period\" : \"D30\""));
    assertThat(CliRun.of("schedule", "validate", edited.toString()).exit()).isZero();
    JsonNode c =
        json(
            CliRun.of(
                "schedule", "classify", "--row", "一(4)", "--edition", edited.toString(), "--json"));
    assertThat(c.get("period").asText()).isEqualTo("D30");

    JsonNode diff =
        json(CliRun.of("schedule", "diff", same.toString(), edited.toString(), "--json"));
    assertThat(diff.get("changed"))
        .extracting(n -> n.get("rowId").asText())
        .containsExactly("一(4)", "七(2)", "七(3)", "八(3)");
    assertThat(diff.at("/changed/0/kinds/0").asText()).isEqualTo("PERIOD_LONGER");
  }

  @Test
  void show_text_listsTheRowsWithTheirPeriods() {
    CliRun run = CliRun.of("schedule", "show");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("cn-national 2009: 社会保险业务材料归档范围与保管期限")
        .contains("七(4)     defers confirmed   付款凭证、会计账簿、会计报表")
        .contains("七(1)     -      unconfirmed (material not confirmed)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "show beijing                | Invalid value for ID: 'beijing' (schedules: cn-national)",
        "show --edition 2030         | Invalid value for option '--edition': No edition 2030 of schedule cn-national (editions: 2009)",
        "disposition --row 十(1) --formed 2012-05-04 | Invalid value for option '--row': no row 十(1) in cn-national 2009",
        "disposition --row 一(1) --formed 2012-13-04 | Invalid value for option '--formed': a date, YYYY-MM-DD or YYYYMMDD (e.g. 2012-05-04 or 20120504): 2012-13-04",
        "disposition --row 一(1) --formed 20121304 | Invalid value for option '--formed': a date, YYYY-MM-DD or YYYYMMDD (e.g. 2012-05-04 or 20120504): 20121304",
        "disposition --row 一(1) --formed 0999-01-01 | Invalid value for option '--formed' (years 1000 - 9999): 0999-01-01",
        "disposition --formed 2012-05-04 | Missing required option: '--row=ROW'",
        "classify --row 一(1) --material 稽核材料 | --row=ROW, --material=TEXT are mutually exclusive",
        "classify                    | Missing required argument (specify one of these): (--row=ROW | --material=TEXT)",
        "validate /nonexistent/e.json | FILE /nonexistent/e.json: no such file",
        "impact --edition /nonexistent/e.json --volumes v.jsonl | --edition /nonexistent/e.json: no such file",
      })
  void usageErrors_exitTwoNamingTheOptionAndValue(String args, String message) {
    List<String> argv = new ArrayList<>(List.of("schedule"));
    argv.addAll(List.of(args.trim().split("\\s+")));
    CliRun run = CliRun.of(argv.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(message);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void validate_refusedEdition_exitsOneWithFilePointerValueAndRowOnStandardError()
      throws IOException {
    Path bad =
        write("bad.json", shownNational().replace("\"period\" : \"D50\"", "\"period\" : \"D20\""));
    CliRun run = CliRun.of("schedule", "validate", bad.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .isEqualTo(
            "siarchive schedule validate: "
                + bad
                + ": /rows/4/period (row 一(5)): unknown period code"
                + " (one of Y, D10, D30, D50, D100, defers-to:NAME): \"D20\"");

    Path dup = write("dup.json", shownNational().replace("\"id\" : \"一(2)\"", "\"id\" : \"一(1)\""));
    CliRun d = CliRun.of("schedule", "validate", dup.toString());
    assertThat(d.exit()).isEqualTo(1);
    assertThat(d.err()).contains(dup + ": /rows/1/id (row 一(1)): duplicate row id");

    Path unknown =
        write(
            "unknown.json",
            shownNational().replaceFirst("\"title\" :", "\"colour\" : \"red\", \"title\" :"));
    assertThat(CliRun.of("schedule", "validate", unknown.toString()).err())
        .contains(unknown + ": /colour: unknown property \"colour\": \"red\"");
  }

  @Test
  void classify_byRowAndByMaterial_givesRowIdAndPeriod() throws IOException {
    JsonNode byRow = json(CliRun.of("schedule", "classify", "--row", "一(2)", "--json"));
    assertThat(byRow.get("rowId").asText()).isEqualTo("一(2)");
    assertThat(byRow.get("period").asText()).isEqualTo("D100");
    assertThat(byRow.get("decided").asBoolean()).isTrue();
    assertThat(byRow.get("material").asText()).isEqualTo("参保人员登记材料");

    JsonNode byText = json(CliRun.of("schedule", "classify", "--material", "社会保险监察材料", "--json"));
    assertThat(byText.get("rowId").asText()).isEqualTo("九(2)");
    assertThat(byText.get("period").asText()).isEqualTo("D30");
    assertThat(byText.get("match").asText()).isEqualTo("SAME_TEXT");

    CliRun text = CliRun.of("schedule", "classify", "--row", "八(1)");
    assertThat(text.out().strip())
        .isEqualTo("八(1) 年度统计报表 (Annual statistical reports): permanent (Y)");
  }

  @Test
  void classify_deferringRow_saysSoAndNamesTheRegulation() throws IOException {
    JsonNode d = json(CliRun.of("schedule", "classify", "--row", "八(4)", "--json"));
    assertThat(d.get("period").asText()).isEqualTo("defers-to:会计档案管理办法");
    assertThat(d.get("defersTo").asText()).isEqualTo("会计档案管理办法");
    assertThat(CliRun.of("schedule", "classify", "--row", "八(4)").out())
        .contains("defers to 会计档案管理办法");
  }

  @Test
  void classify_undecided_exitsOneWithTheReason() throws IOException {
    CliRun run = CliRun.of("schedule", "classify", "--row", "七(1)", "--json");
    assertThat(run.exit()).isEqualTo(1);
    JsonNode d = json(run);
    assertThat(d.get("rowId").asText()).isEqualTo("七(1)");
    assertThat(d.get("period").isNull()).isTrue();
    assertThat(d.get("decided").asBoolean()).isFalse();
    assertThat(d.get("reason").asText()).isEqualTo("PERIOD_UNKNOWN");
    assertThat(run.err())
        .contains("cannot decide: row 七(1) of cn-national 2009 is listed but not confirmed");

    CliRun ambiguous = CliRun.of("schedule", "classify", "--material", "登记材料", "--json");
    assertThat(ambiguous.exit()).isEqualTo(1);
    assertThat(json(ambiguous).get("candidates"))
        .extracting(JsonNode::asText)
        .containsExactly("一(1)", "一(2)", "七(2)");
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "一(1), 2012-05-04, 2013-01-01, -,          -",
        "八(2), 2012-05-04, 2013-01-01, 2042-12-31, 2043-01-01",
        "一(5), 2013-12-31, 2014-01-01, 2063-12-31, 2064-01-01",
      })
  void disposition_printsTheContractKeys(
      String row, String formed, String start, String expires, String from) throws IOException {
    CliRun run = CliRun.of("schedule", "disposition", "--row", row, "--formed", formed, "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode d = json(run);
    assertThat(d.get("retentionStart").asText()).isEqualTo(start);
    assertThat(d.get("expires").isNull() ? null : d.get("expires").asText()).isEqualTo(expires);
    assertThat(d.get("appraisalFrom").isNull() ? null : d.get("appraisalFrom").asText())
        .isEqualTo(from);
    assertThat(d.get("decided").asBoolean()).isTrue();
  }

  @Test
  void edition_isABundledNameOrAFile_inEveryScheduleCommand() throws IOException {
    Path local = write("local.json", LOCAL);
    assertThat(json(CliRun.of("schedule", "show", "--edition", "2009", "--json")).get("edition"))
        .hasToString("\"2009\"");
    JsonNode fromFile =
        json(CliRun.of("schedule", "show", "--edition", local.toString(), "--json"));
    assertThat(fromFile.get("scheduleId").asText()).isEqualTo("test-city");

    for (List<String> command :
        List.of(
            List.of("schedule", "classify", "--row", "一(1)", "--json"),
            List.of(
                "schedule", "disposition", "--row", "八(2)", "--formed", "2012-05-04", "--json"))) {
      CliRun plain = CliRun.of(command.toArray(String[]::new));
      List<String> named = new ArrayList<>(command);
      named.addAll(List.of("--edition", "2009"));
      CliRun byName = CliRun.of(named.toArray(String[]::new));
      assertThat(byName.exit()).as(byName.err()).isZero();
      assertThat(byName.out()).isEqualTo(plain.out());

      List<String> unknown = new ArrayList<>(command);
      unknown.addAll(List.of("--edition", "1999"));
      CliRun refused = CliRun.of(unknown.toArray(String[]::new));
      assertThat(refused.exit()).isEqualTo(2);
      assertThat(refused.err()).contains("1999").contains("2009");

      List<String> missing = new ArrayList<>(command);
      missing.addAll(List.of("--edition", dir.resolve("nowhere/x.json").toString()));
      CliRun absent = CliRun.of(missing.toArray(String[]::new));
      assertThat(absent.exit()).isEqualTo(2);
      assertThat(absent.err()).contains("x.json: no such file");
    }
  }

  @Test
  void disposition_ofARow_readsTheRulesFileItIsGiven() throws IOException {
    Path rules = write("broken-rules.json", "{\"formatVersion\": 1}");
    CliRun run =
        CliRun.of(
            "schedule",
            "disposition",
            "--row",
            "八(2)",
            "--formed",
            "2012-05-04",
            "--rules",
            rules.toString());
    assertThat(run.exit()).as(run.out()).isNotZero();
    assertThat(run.err()).contains("broken-rules.json");
  }

  @Test
  void disposition_deferringRow_cannotDecide() throws IOException {
    CliRun run =
        CliRun.of("schedule", "disposition", "--row", "七(4)", "--formed", "2016-07-01", "--json");
    assertThat(run.exit()).isEqualTo(1);
    JsonNode d = json(run);
    assertThat(d.get("retentionStart").asText()).isEqualTo("2017-01-01");
    assertThat(d.get("expires").isNull()).isTrue();
    assertThat(d.get("appraisalFrom").isNull()).isTrue();
    assertThat(d.get("decided").asBoolean()).isFalse();
    assertThat(d.get("reason").asText()).contains("defers to 会计档案管理办法");
  }

  @Test
  void diff_ofTwoEditions_listsOnlyWhatChanged_withSummaries() throws IOException {
    Path a = write("a.json", LOCAL);
    Path b =
        write(
            "b.json",
            LOCAL
                .replace("\"edition\": \"2025\"", "\"edition\": \"2026\", \"supersedes\": \"2025\"")
                .replace("2025-01-01", "2026-01-01")
                .replace("\"D50\"", "\"D100\"")
                .replace("\"period\": \"D30\"", "\"period\": \"D10\""));
    CliRun run = CliRun.of("schedule", "diff", a.toString(), b.toString(), "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode d = json(run);
    assertThat(d.get("added")).isEmpty();
    assertThat(d.get("removed")).isEmpty();
    assertThat(d.get("changed")).hasSize(2);
    assertThat(d.at("/changed/0/rowId").asText()).isEqualTo("一(2)");
    assertThat(d.at("/changed/0/from/period").asText()).isEqualTo("D50");
    assertThat(d.at("/changed/0/to/period").asText()).isEqualTo("D100");
    assertThat(d.at("/changed/1/kinds/0").asText()).isEqualTo("PERIOD_SHORTER");
    assertThat(d.at("/summary/zh/1").asText()).contains("一(2)").contains("由50年延长为100年");
    assertThat(d.at("/summary/en/2").asText())
        .contains("七(3)")
        .contains("shortened from 30 years to 10 years");

    CliRun text = CliRun.of("schedule", "diff", a.toString(), a.toString());
    assertThat(text.out())
        .contains("两版之间没有变化。")
        .contains("Nothing changed between the two editions.");
  }

  @Test
  void diff_ofAnEditionExtendingTheOther_loadsThemTogether() throws IOException {
    Path a = write("a.json", LOCAL);
    Path b =
        write(
            "b.json",
            LOCAL
                .replace("\"scheduleId\": \"test-city\"", "\"scheduleId\": \"test-district\"")
                .replace(
                    "\"extends\": {\"scheduleId\": \"cn-national\"",
                    "\"extends\": {\"scheduleId\": \"test-city\"")
                .replace("\"edition\": \"2009\"}", "\"edition\": \"2025\"}")
                .replace("\"D50\"", "\"Y\""));
    JsonNode d = json(CliRun.of("schedule", "diff", a.toString(), b.toString(), "--json"));
    assertThat(d.get("changed")).extracting(n -> n.get("rowId").asText()).containsExactly("一(2)");
    assertThat(d.at("/to/scheduleId").asText()).isEqualTo("test-district");
  }

  @Test
  void impact_ofALocalEdition_onSyntheticVolumes_countsAddUp() throws IOException {
    Path edition = write("local.json", LOCAL);
    SyntheticCity city = SyntheticCity.of(11L, 2012);
    List<String> lines = new ArrayList<>();
    Map<String, Volume> byId = new HashMap<>();
    for (int i = 0; i < 60; i++) {
      Volume v = city.volume(i).volume();
      byId.put(v.id(), v);
      lines.add(ArchiveJson.writeVolume(v));
    }
    lines.add(5, "{\"schemaVersion\": 1, \"id\": 12}");
    Path volumes = dir.resolve("volumes.jsonl");
    Files.write(volumes, lines);

    CliRun run =
        CliRun.of(
            "schedule",
            "impact",
            "--edition",
            edition.toString(),
            "--volumes",
            volumes.toString(),
            "--json");
    assertThat(run.exit()).as("a rejected line makes the exit 1").isEqualTo(1);
    JsonNode d = json(run);
    assertThat(d.get("read").asInt()).isEqualTo(61);
    assertThat(d.get("valid").asInt()).isEqualTo(60);
    assertThat(d.get("rejected").asInt()).isEqualTo(1);
    assertThat(d.at("/rejections/0/line").asInt()).isEqualTo(6);
    int sum = 0;
    for (JsonNode n : d.get("counts")) {
      sum += n.asInt();
    }
    assertThat(sum).isEqualTo(60);
    assertThat(d.get("volumes").size()).isEqualTo(60 - d.at("/counts/UNCHANGED").asInt());

    for (JsonNode v : d.get("volumes")) {
      Volume volume = byId.get(v.get("volumeId").asText());
      assertThat(v.get("recorded").asText()).isEqualTo(volume.retention().code());
      switch (v.get("kind").asText()) {
        case "LONGER" -> {
          assertThat(v.get("inEffect")).isEqualTo(v.get("after"));
          assertThat(v.get("reappraisalFrom").isNull()).isTrue();
        }
        case "SHORTER" -> {
          assertThat(v.get("inEffect")).isEqualTo(v.get("before"));
          assertThat(v.get("reappraisalFrom").asText())
              .isEqualTo(v.at("/after/appraisalFrom").asText());
        }
        default -> assertThat(v.get("kind").asText()).isEqualTo("UNDECIDED");
      }
    }
    assertThat(d.at("/counts/LONGER").asInt()).as("maternity D10 -> D30").isPositive();
    assertThat(d.at("/counts/SHORTER").asInt()).as("enrolment D100 -> D50").isPositive();
    assertThat(d.at("/counts/UNCHANGED").asInt()).as("employer registration stays Y").isPositive();
  }
}
