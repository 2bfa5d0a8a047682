package org.siarchive.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.json.JsonDocuments;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.Roster;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticRooms;
import org.siarchive.examples.synthetic.SyntheticRoster;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.QualityRun;
import org.siarchive.rules.quality.RunSummary;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.report.QualityReport;
import org.siarchive.rules.report.ReportBuilder;
import org.siarchive.rules.retention.RetentionSchedules;
import org.siarchive.rules.storage.StorageFile;
import org.siarchive.sampling.selection.SamplingRecord;

/**
 * The JSON Schema files (draft 2020-12) published beside the formats' Markdown accept what the docs
 * show, what the bundled data holds and what the library writes (synthetic volumes, roster, rooms,
 * quality reports, sampling records), and refuse documents the library refuses. Validated with
 * networknt's json-schema-validator, an independent implementation of the specification.
 */
class SchemaFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ROOT = Path.of("..");
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static final Path VOLUME = ROOT.resolve("archive-core/schema/volume.schema.json");
  private static final Path ROSTER = ROOT.resolve("archive-core/schema/roster.schema.json");
  private static final Path EDITION =
      ROOT.resolve("archive-rules/schema/retention-edition.schema.json");
  private static final Path ROOMS = ROOT.resolve("archive-rules/schema/storage-rooms.schema.json");
  private static final Path REPORT =
      ROOT.resolve("archive-rules/schema/quality-report.schema.json");
  private static final Path RECORD =
      ROOT.resolve("archive-sampling/schema/sampling-record.schema.json");
  private static final List<Path> ALL = List.of(VOLUME, ROSTER, EDITION, ROOMS, REPORT, RECORD);

  private static Schema schema(Path file) throws IOException {
    return REGISTRY.getSchema(new ByteArrayInputStream(Files.readAllBytes(file)));
  }

  private static List<String> errors(Path schemaFile, String document) throws IOException {
    return schema(schemaFile).validate(document, InputFormat.JSON).stream()
        .map(Error::toString)
        .collect(Collectors.toList());
  }

  private static void assertValid(Path schemaFile, String document, String what)
      throws IOException {
    assertThat(errors(schemaFile, document)).as(what + " against " + schemaFile).isEmpty();
  }

  private static void assertInvalid(Path schemaFile, JsonNode document, String what)
      throws IOException {
    assertThat(errors(schemaFile, JSON.writeValueAsString(document)))
        .as(what + " against " + schemaFile)
        .isNotEmpty();
  }

  /** The {@code ```json} blocks of a Markdown file. */
  private static List<String> jsonBlocks(String markdown) throws IOException {
    String text = Files.readString(ROOT.resolve(markdown), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(text);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @Test
  void everySchemaFile_isADraft202012Schema_andValidAgainstTheMetaSchema() throws IOException {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (Path file : ALL) {
      JsonNode node = JSON.readTree(file.toFile());
      assertThat(node.path("$schema").asText())
          .as(file.toString())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(meta.validate(node)).as(file.toString()).isEmpty();
    }
  }

  @Test
  void theMarkdownLinksEachSchemaFile() throws IOException {
    assertThat(Files.readString(ROOT.resolve("archive-core/SCHEMA.md")))
        .contains("](schema/volume.schema.json)");
    assertThat(Files.readString(ROOT.resolve("archive-rules/RETENTION-SCHEMA.md")))
        .contains("](schema/retention-edition.schema.json)");
    assertThat(Files.readString(ROOT.resolve("archive-rules/STORAGE-SCHEMA.md")))
        .contains("](schema/storage-rooms.schema.json)");
    assertThat(Files.readString(ROOT.resolve("README.md")))
        .contains(
            "](archive-core/schema/volume.schema.json)",
            "](archive-core/schema/roster.schema.json)",
            "](archive-rules/schema/retention-edition.schema.json)",
            "](archive-rules/schema/storage-rooms.schema.json)",
            "](archive-rules/schema/quality-report.schema.json)",
            "](archive-sampling/schema/sampling-record.schema.json)");
  }

  @Test
  void theDocsExamples_areValid() throws IOException {
    List<String> volume = jsonBlocks("archive-core/SCHEMA.md");
    assertThat(volume).hasSize(1);
    assertValid(VOLUME, volume.get(0), "SCHEMA.md's example");
    ArchiveJson.readVolume(JSON.writeValueAsString(JSON.readTree(volume.get(0))));

    List<String> edition = jsonBlocks("archive-rules/RETENTION-SCHEMA.md");
    assertThat(edition).hasSize(1);
    assertValid(EDITION, edition.get(0), "RETENTION-SCHEMA.md's example");

    List<String> rooms = jsonBlocks("archive-rules/STORAGE-SCHEMA.md");
    assertThat(rooms).hasSize(1);
    assertValid(ROOMS, rooms.get(0), "STORAGE-SCHEMA.md's example");
    StorageFile.read(
        new ByteArrayInputStream(rooms.get(0).getBytes(StandardCharsets.UTF_8)), "example");
  }

  @Test
  void theBundledRetentionEditions_areValid() throws IOException {
    Path data = ROOT.resolve("archive-rules-data/src/main/resources/org/siarchive/rules/data");
    int editions = 0;
    for (JsonNode table : JSON.readTree(data.resolve("index.json").toFile()).get("tables")) {
      if (table.get("kind").asText().equals("retention-edition")) {
        String file = table.get("file").asText();
        assertValid(EDITION, Files.readString(data.resolve(file)), file);
        editions++;
      }
    }
    assertThat(editions).isGreaterThanOrEqualTo(2);
  }

  @Test
  void generatedVolumesRosterAndRooms_areValid() throws IOException {
    SyntheticCity city = SyntheticCity.of(7);
    for (int i = 0; i < 400; i++) {
      Volume volume = city.volume(i).volume();
      assertValid(VOLUME, ArchiveJson.writeVolume(volume), "synthetic volume " + i);
    }
    Roster roster = SyntheticRoster.of(city);
    assertValid(ROSTER, roster.toJson(), "the synthetic roster");
    assertValid(ROOMS, StorageFile.write(SyntheticRooms.of(city)), "the synthetic rooms");
  }

  @Test
  void qualityReports_withAndWithoutAPreviousOne_areValid() throws IOException {
    SyntheticCity city = SyntheticCity.of(11);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      lines.append(ArchiveJson.writeVolume(city.volume(i).volume())).append('\n');
    }
    lines.append("{\"schemaVersion\": 1}\n"); // one rejected record: rejectedLines, INCOMPLETE
    Clock clock = Clock.fixed(java.time.Instant.parse("2026-12-02T00:00:00Z"), ZoneOffset.UTC);
    CheckContext context =
        CheckContext.builder(MaterialRules.bundledIllustrative())
            .stage(Stage.PRE_ACCEPTANCE)
            .clock(clock)
            .retention(
                RetentionSchedules.withBundledEditions()
                    .rulesInForce(RetentionSchedules.NATIONAL, LocalDate.of(2026, 12, 2)))
            .build();
    QualityReport first = report(context, lines.toString(), null);
    QualityReport second = report(context, lines.toString(), first);
    assertThat(second.change()).isNotNull();
    assertValid(REPORT, JsonDocuments.write(first), "a report");
    assertValid(REPORT, JsonDocuments.write(second), "a report with --previous");
  }

  private static QualityReport report(CheckContext context, String lines, QualityReport previous) {
    ReportBuilder builder = ReportBuilder.of(context).input("city.jsonl").batch("B-1");
    RunSummary summary =
        QualityRun.builder(context)
            .listener(builder)
            .build()
            .run(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
    return builder.build(summary, previous);
  }

  @Test
  void samplingRecords_bySizeAndByRate_areValid() throws IOException {
    List<String> ids = List.of("V-1", "V-2", "V-3", "V-4", "V-5", "V-6");
    assertValid(
        RECORD, JsonDocuments.write(SamplingRecord.draw("2026-12", ids, 2).document()), "by size");
    assertValid(
        RECORD,
        JsonDocuments.write(
            SamplingRecord.drawAtRate("2026-12", ids, new java.math.BigDecimal("0.5")).document()),
        "by rate");
  }

  @Test
  void documentsTheLibraryRefuses_areInvalid() throws IOException {
    ObjectNode volume =
        (ObjectNode) JSON.readTree(ArchiveJson.writeVolume(SyntheticCity.of(3).volume(0).volume()));
    assertValid(VOLUME, JSON.writeValueAsString(volume), "the unchanged volume");
    assertInvalid(VOLUME, volume.deepCopy().put("schemaVersion", 2), "schemaVersion 2");
    assertInvalid(VOLUME, volume.deepCopy().put("colour", "red"), "an unknown property");
    assertInvalid(VOLUME, volume.deepCopy().put("year", "2024"), "a year as text");
    ObjectNode noTitle = volume.deepCopy();
    noTitle.remove("title");
    assertInvalid(VOLUME, noTitle, "no title");
    ObjectNode badImage = volume.deepCopy();
    ((ObjectNode) badImage.withArray("images").get(0)).put("sha256", "ABC");
    assertInvalid(VOLUME, badImage, "an image's digest in capitals, too short");
    ObjectNode badPage = volume.deepCopy();
    ((ObjectNode) badPage.withArray("catalogue").get(0)).put("registeredPages", -1);
    assertInvalid(VOLUME, badPage, "registeredPages -1");

    ObjectNode edition =
        (ObjectNode) JSON.readTree(jsonBlocks("archive-rules/RETENTION-SCHEMA.md").get(0));
    ObjectNode unconfirmedPeriod = edition.deepCopy();
    ObjectNode confirmedRow = (ObjectNode) unconfirmedPeriod.withArray("rows").get(0);
    confirmedRow.remove("period");
    assertInvalid(EDITION, unconfirmedPeriod, "a confirmed row without period");
    ObjectNode badPeriod = edition.deepCopy();
    ((ObjectNode) badPeriod.withArray("rows").get(0)).put("period", "D20");
    assertInvalid(EDITION, badPeriod, "period D20");

    ObjectNode rooms =
        (ObjectNode) JSON.readTree(jsonBlocks("archive-rules/STORAGE-SCHEMA.md").get(0));
    assertInvalid(ROOMS, rooms.deepCopy().put("unit", "CRATES"), "unit CRATES");
    ObjectNode bothIntakes = rooms.deepCopy();
    ((ObjectNode) bothIntakes.get("intake")).put("volumesPerMonth", 10);
    assertInvalid(ROOMS, bothIntakes, "two intakes at once");

    ObjectNode roster =
        (ObjectNode) JSON.readTree(SyntheticRoster.of(SyntheticCity.of(3)).toJson());
    ArrayNode roles = ((ObjectNode) roster.withArray("people").get(0)).putArray("roles");
    roles.add("JANITOR");
    assertInvalid(ROSTER, roster, "role JANITOR");

    ObjectNode record = JSON.valueToTree(SamplingRecord.draw("s", List.of("a", "b"), 1).document());
    assertInvalid(RECORD, record.deepCopy().put("rate", 0.5), "both size and rate");
    assertInvalid(RECORD, record.deepCopy().put("populationDigest", "x"), "a digest of one letter");
  }
}
