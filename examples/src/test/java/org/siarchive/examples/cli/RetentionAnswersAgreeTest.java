package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.model.Volume;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.DefectCodes;
import org.siarchive.rules.quality.Suite;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionSchedules;
import org.siarchive.rules.retention.VolumeClassification;

/**
 * One retention answer per volume (issue 8): on one synthetic city, the RETENTION_SCHEDULE_MISMATCH
 * check, the demo's retention step, {@code schedule impact} and {@code schedule disposition
 * --volumes} give the same rows and period for every volume, under the bundled illustrative
 * edition, which dates every volume.
 */
class RetentionAnswersAgreeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  private static final MaterialRules MATERIALS = MaterialRules.bundledIllustrative();

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

  @Test
  void check_demo_impact_andDisposition_giveTheSameAnswerForEveryVolume() throws IOException {
    SyntheticCity city = SyntheticCity.of(8L, 2019);
    Map<String, Volume> volumes = new HashMap<>();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Volume v = city.volume(i).volume();
      volumes.put(v.id(), v);
      lines.add(ArchiveJson.writeVolume(v));
    }
    Path data = Files.write(dir.resolve("city.jsonl"), lines);
    CliRun shown = CliRun.of("schedule", "show", RetentionSchedules.ILLUSTRATIVE, "--json");
    assertThat(shown.exit()).as(shown.err()).isZero();
    Path edition = Files.writeString(dir.resolve("illustrative.json"), shown.out());

    // schedule disposition --volumes: every volume's rows, period and dates.
    CliRun dispositionRun =
        CliRun.of(
            "schedule",
            "disposition",
            "--volumes",
            data.toString(),
            "--edition",
            edition.toString(),
            "--json");
    assertThat(dispositionRun.exit()).as(dispositionRun.err()).isZero();
    JsonNode disposition = json(dispositionRun);
    assertThat(disposition.get("read").asLong()).isEqualTo(400);
    assertThat(disposition.get("dated").asLong())
        .as("the illustrative edition dates every volume")
        .isEqualTo(400);
    assertThat(disposition.get("undecided").asLong()).isZero();
    Map<String, JsonNode> answer = new HashMap<>();
    for (JsonNode v : disposition.get("volumes")) {
      answer.put(v.get("volumeId").asText(), v);
    }
    assertThat(answer.keySet()).isEqualTo(volumes.keySet());

    // The library itself, as a host calls it.
    RetentionRules rules =
        RetentionSchedules.withIllustrativeEdition()
            .rulesInForce(RetentionSchedules.ILLUSTRATIVE, TODAY)
            .withMaterialRules(MATERIALS);
    for (Volume v : volumes.values()) {
      VolumeClassification c = rules.classify(v);
      JsonNode a = answer.get(v.id());
      assertThat(a.get("period").asText())
          .isEqualTo(((VolumeClassification.Decided) c).period().code());
      assertThat(rowIds(a)).isEqualTo(c.rowIds());
      assertThat(a.get("appraisalFrom").isNull() ? null : a.get("appraisalFrom").asText())
          .isEqualTo(rules.disposition(v).appraisalFrom().map(LocalDate::toString).orElse(null));
    }

    // schedule impact: a volume is listed unless the edition's period equals the recorded one.
    JsonNode impact =
        json(
            CliRun.of(
                "schedule",
                "impact",
                "--edition",
                edition.toString(),
                "--volumes",
                data.toString(),
                "--json"));
    assertThat(impact.at("/counts/UNDECIDED").asLong()).isZero();
    Set<String> listed = new LinkedHashSet<>();
    for (JsonNode i : impact.get("volumes")) {
      String id = i.get("volumeId").asText();
      listed.add(id);
      assertThat(i.get("proposed").asText())
          .as(id)
          .isEqualTo(answer.get(id).get("period").asText());
      assertThat(rowIds(i)).as(id).isEqualTo(rowIds(answer.get(id)));
    }
    for (Volume v : volumes.values()) {
      boolean same = answer.get(v.id()).get("period").asText().equals(v.retention().code());
      assertThat(listed.contains(v.id())).as("%s listed by impact", v.id()).isEqualTo(!same);
    }

    // The RETENTION_SCHEDULE_MISMATCH check, with the same edition in its context.
    CheckContext context =
        CheckContext.builder(MATERIALS)
            .clock(Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
            .retention(
                RetentionSchedules.withIllustrativeEdition()
                    .rulesInForce(RetentionSchedules.ILLUSTRATIVE, TODAY))
            .build();
    Suite suite = Suite.from(context).restrictedTo(Set.of(DefectCodes.RETENTION_SCHEDULE_MISMATCH));
    int mismatches = 0;
    for (Volume v : volumes.values()) {
      List<Defect> defects = suite.check(v, context);
      JsonNode a = answer.get(v.id());
      boolean differs = !a.get("period").asText().equals(v.retention().code());
      assertThat(defects).as("%s flagged", v.id()).hasSize(differs ? 1 : 0);
      if (differs) {
        mismatches++;
        assertThat(defects.get(0).arguments().get("schedulePeriod"))
            .isEqualTo(a.get("period").asText());
        assertThat(defects.get(0).arguments().get("row")).isEqualTo(String.join(", ", rowIds(a)));
      }
    }
    assertThat(mismatches)
        .as("the city's recorded periods differ from some illustrative rows")
        .isPositive();
    assertThat(mismatches).isEqualTo(listed.size());

    // The demo's retention step: per business type, the rows and periods of its volumes.
    DemoRetention.Result demo =
        DemoRetention.print(new PrintWriter(new StringWriter()), data, MATERIALS, TODAY);
    assertThat(demo.summary().dated()).isEqualTo(400);
    Map<String, Set<String>> rowsByType = new TreeMap<>();
    Map<String, Set<String>> periodsByType = new TreeMap<>();
    for (Volume v : volumes.values()) {
      String type = v.businessType().toString();
      rowsByType
          .computeIfAbsent(type, k -> new LinkedHashSet<>())
          .addAll(rowIds(answer.get(v.id())));
      periodsByType
          .computeIfAbsent(type, k -> new LinkedHashSet<>())
          .add(answer.get(v.id()).get("period").asText());
    }
    assertThat(demo.byType().keySet()).isEqualTo(rowsByType.keySet());
    demo.byType()
        .forEach(
            (type, f) -> {
              assertThat(f.rows).as(type).containsExactlyInAnyOrderElementsOf(rowsByType.get(type));
              assertThat(f.periods)
                  .as(type)
                  .containsExactlyInAnyOrderElementsOf(periodsByType.get(type));
              assertThat(f.undecided).as(type).isZero();
            });
  }

  private static List<String> rowIds(JsonNode n) {
    List<String> ids = new ArrayList<>();
    n.get("rowIds").forEach(r -> ids.add(r.asText()));
    return ids;
  }

  @Test
  void classify_materialOfTheMaterialRules_answersWithItsBusinessTypesRow() throws IOException {
    CliRun run = CliRun.of("schedule", "classify", "--material", "参保人员登记表", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode d = json(run);
    assertThat(d.get("rowId").asText()).isEqualTo("一(2)");
    assertThat(d.get("period").asText()).isEqualTo("D100");
    assertThat(d.get("match").asText()).isEqualTo("MATERIAL_RULES");
    assertThat(CliRun.of("schedule", "classify", "--material", "参保人员登记表").out().strip())
        .isEqualTo(
            "一(2) 参保人员登记材料 (Insured-person registration materials (enrolment and changes)): 100 years (D100)");
  }

  @Test
  void dispositionOfVolumes_undecidedUnderTheNationalEdition_saysWhy_andRejectedLinesExitOne()
      throws IOException {
    SyntheticCity city = SyntheticCity.of(3L, 2019);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      lines.add(ArchiveJson.writeVolume(city.volume(i).volume()));
    }
    lines.add(3, "not json");
    Path data = Files.write(dir.resolve("v.jsonl"), lines);
    CliRun run = CliRun.of("schedule", "disposition", "--volumes", data.toString(), "--json");
    assertThat(run.exit()).as("a rejected line makes the exit 1").isEqualTo(1);
    JsonNode d = json(run);
    assertThat(d.at("/edition/scheduleId").asText()).isEqualTo("cn-national");
    assertThat(d.get("read").asLong()).isEqualTo(41);
    assertThat(d.get("read").asLong())
        .isEqualTo(
            d.get("dated").asLong() + d.get("undecided").asLong() + d.get("rejected").asLong());
    assertThat(d.at("/rejections/0/line").asLong()).isEqualTo(4);
    assertThat(d.get("undecided").asLong())
        .as("pension, medical, injury, unemployment have no national row")
        .isPositive();
    for (JsonNode v : d.get("volumes")) {
      if (!v.get("decided").asBoolean()) {
        assertThat(v.get("basis").asText()).isEqualTo("ITEMS");
        assertThat(v.get("reason").asText()).startsWith("item ");
        assertThat(v.get("expires").isNull()).isTrue();
      } else {
        assertThat(v.get("basis").asText()).isEqualTo("BUSINESS_TYPE");
        assertThat(v.get("items").get(0).get("match").asText()).isEqualTo("BUSINESS_TYPE");
      }
    }
    CliRun text = CliRun.of("schedule", "disposition", "--volumes", data.toString());
    assertThat(text.out())
        .contains("cn-national 2009 on 2026-03-15: read 41, valid 40, rejected 1; dated ")
        .contains("line 4: (line): ");
  }

  @Test
  void disposition_volumesWithRow_isAUsageError() {
    CliRun run = CliRun.of("schedule", "disposition", "--volumes", "v.jsonl", "--row", "一(1)");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("--volumes=FILE.jsonl cannot be combined with --row or --formed");
  }
}
