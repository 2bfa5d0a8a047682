package org.siarchive.rules.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.siarchive.core.ruledata.provider.RuleDataProvider;
import org.siarchive.core.ruledata.provider.RuleTables;

/**
 * The "Rule data" release notes are generated from the tables (issue 17): the committed block of
 * CHANGELOG.md is exactly what the generator makes of the data that ships, and a revised data
 * release is described row by row.
 */
class RuleDataNotesTest {
  private static final Path DATA =
      Path.of("../archive-rules-data/src/main/resources/org/siarchive/rules/data");
  private static final Path CHANGELOG = Path.of("..", "CHANGELOG.md");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The property that makes the changelog test write the generated block instead of failing. */
  static final String WRITE = "siarchive.writeRuleDataNotes";

  /**
   * The previous data release's tables: its index, files and {@code release.properties} (name,
   * version) copied into {@code archive-rules-data/src/release/previous/} when it was released
   * (RELEASING.md). None has been published yet, so the first release lists every table as new.
   */
  private static RuleTables previousRelease() throws Exception {
    Path dir = Path.of("../archive-rules-data/src/release/previous");
    if (!Files.isDirectory(dir)) {
      return RuleTables.of(List.of());
    }
    Properties release = new Properties();
    try (InputStream in = Files.newInputStream(dir.resolve("release.properties"))) {
      release.load(in);
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (var listing = Files.list(dir)) {
      for (Path f : listing.sorted().toList()) {
        files.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return RuleTables.of(
        List.of(
            new RuleDataProvider() {
              @Override
              public String name() {
                return release.getProperty("name");
              }

              @Override
              public String version() {
                return release.getProperty("version");
              }

              @Override
              public InputStream open(String resource) {
                byte[] bytes = files.get(resource);
                return bytes == null ? null : new ByteArrayInputStream(bytes);
              }
            }));
  }

  @Test
  void changelog_holdsExactlyTheNotesGeneratedFromTheShippedTables() throws Exception {
    String changelog = Files.readString(CHANGELOG, StandardCharsets.UTF_8);
    String generated = RuleDataNotes.block(previousRelease(), RuleTables.installed());
    if (Boolean.getBoolean(WRITE)) {
      Files.writeString(
          CHANGELOG, RuleDataNotes.replaceBlock(changelog, generated), StandardCharsets.UTF_8);
      changelog = Files.readString(CHANGELOG, StandardCharsets.UTF_8);
    }
    assertThat(RuleDataNotes.committedBlock(changelog))
        .as(
            "CHANGELOG.md's generated rule-data notes differ from the tables. Regenerate them with\n"
                + "  mvn -o -B -pl archive-rules -am test -Dtest=RuleDataNotesTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -D"
                + WRITE
                + "=true\n"
                + "and commit CHANGELOG.md")
        .hasValue(generated);
    int unreleased = changelog.indexOf("## [Unreleased]");
    int nextRelease = changelog.indexOf("\n## [", unreleased + 1);
    int at = changelog.indexOf(RuleDataNotes.BEGIN);
    assertThat(at).as("the generated notes sit under [Unreleased]").isGreaterThan(unreleased);
    if (nextRelease > 0) {
      assertThat(at).as("the generated notes sit under [Unreleased]").isLessThan(nextRelease);
    }
  }

  @Test
  void theFirstDataRelease_listsEveryTableAndEveryRowAsNew() {
    List<String> notes = RuleDataNotes.between(RuleTables.of(List.of()), RuleTables.installed());
    assertThat(notes.get(0)).isEqualTo(RuleDataNotes.HEADING);
    assertThat(notes.get(1)).contains("against no earlier data release");
    assertThat(notes)
        .anyMatch(
            l ->
                l.startsWith(
                    "- Retention `cn-national` edition `2009` (sha256 `6cae058f43c00cbd…`), new"));
    assertThat(notes).contains("    - 新增：一(4)「社会保险登记证管理材料」，保管期限10年。");
    assertThat(notes)
        .anyMatch(
            l -> l.startsWith("    - Added 一(4) \"Social-insurance registration certificate"));
    // The city edition is told against the national edition it extends: only its own rows.
    assertThat(notes)
        .anyMatch(
            l ->
                l.contains("`illustrative-city` edition `2026.1`")
                    && l.contains("against `cn-national` `2009`"));
    assertThat(notes).contains("    - cn-national 2009 → illustrative-city 2026.1：新增4条，删除0条，变更0条。");
    assertThat(notes).contains("  - 48 added, 0 removed, 0 changed.");
    assertThat(notes).anyMatch(l -> l.startsWith("  - added `MAIN_FORM_MISSING` BLOCKING 缺主表 / "));
    assertThat(notes)
        .anyMatch(
            l ->
                l.startsWith(
                    "  - added `GENERAL/EMPLOYER_REGISTRATION` 参保单位登记 / Employer registration, row 一(1)"));
  }

  @Test
  void aRevisedDataRelease_isToldRowByRow_addedRemovedAndChanged() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String f :
        List.of(
            "cn-national-2009.json", "illustrative-2026.1.json", "defect-catalogue-2026.1.json")) {
      files.put(f, Files.readAllBytes(DATA.resolve(f)));
    }
    RuleDataProvider before = provider("2026.12.0", files);

    Map<String, byte[]> revised = new LinkedHashMap<>(files);
    ObjectNode edition = (ObjectNode) JSON.readTree(files.get("cn-national-2009.json"));
    edition.put("edition", "2027");
    edition.put("effectiveFrom", "2027-01-01");
    edition.put("supersedes", "2009");
    for (var row : edition.withArray("rows")) {
      if (row.get("id").asText().equals("一(4)")) {
        ((ObjectNode) row).put("period", "D30");
      }
    }
    revised.put("cn-national-2027.json", JSON.writeValueAsBytes(edition));
    ObjectNode catalogue = (ObjectNode) JSON.readTree(files.get("defect-catalogue-2026.1.json"));
    catalogue.put("edition", "2027.1");
    ArrayNode defects = catalogue.withArray("defects");
    ((ObjectNode) defects.get(0)).put("severity", "MAJOR");
    String removed = defects.get(1).get("code").asText();
    defects.remove(1);
    revised.remove("defect-catalogue-2026.1.json");
    revised.put("defect-catalogue-2027.1.json", JSON.writeValueAsBytes(catalogue));
    RuleDataProvider after = provider("2027.1.0", revised);

    List<String> notes =
        RuleDataNotes.between(RuleTables.of(List.of(before)), RuleTables.of(List.of(after)));

    assertThat(notes.get(1))
        .isEqualTo("Data release `test:data` `2027.1.0`, against `test:data` `2026.12.0`.");
    // The unchanged 2009 edition and material rules are not repeated.
    assertThat(notes).noneMatch(l -> l.contains("edition `2009`") || l.contains("Material rules"));
    assertThat(notes)
        .anyMatch(
            l ->
                l.startsWith("- Retention `cn-national` edition `2027`")
                    && l.contains("new, in force from 2027-01-01; against `cn-national` `2009`"));
    assertThat(notes)
        .contains(
            "    - cn-national 2009 → cn-national 2027：新增0条，删除0条，变更1条。",
            "    - 变更：一(4)「社会保险登记证管理材料」：保管期限由10年延长为30年，延长的期限对已归档材料立即适用。",
            "    - Changed 一(4) \"Social-insurance registration certificate management materials\": period lengthened"
                + " from 10 years to 30 years; the longer period applies at once to records already filed.");
    assertThat(notes)
        .anyMatch(
            l ->
                l.startsWith("- Defect catalogue `siarchive` edition `2027.1`")
                    && l.endsWith("new; against edition `2026.1`:"));
    assertThat(notes)
        .contains(
            "  - 0 added, 1 removed, 1 changed.",
            "  - changed `ITEM_COUNT_MISMATCH`: severity BLOCKING → MAJOR.");
    assertThat(notes).anyMatch(l -> l.startsWith("  - removed `" + removed + "` "));
  }

  /** A provider serving these files, with an index naming each one and its digest. */
  private static RuleDataProvider provider(String version, Map<String, byte[]> files)
      throws Exception {
    ObjectNode index = JSON.createObjectNode().put("format", "siarchive-rule-index/1");
    ArrayNode tables = index.putArray("tables");
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      ObjectNode doc = (ObjectNode) JSON.readTree(f.getValue());
      ObjectNode e = tables.addObject().put("file", f.getKey());
      if (doc.has("scheduleId")) {
        e.put("kind", "retention-edition").put("id", doc.get("scheduleId").asText());
      } else if (doc.has("businessTypes")) {
        e.put("kind", "material-rules").put("id", doc.get("id").asText());
      } else {
        e.put("kind", "defect-catalogue").put("id", "siarchive");
      }
      e.put("edition", doc.get("edition").asText());
      if (doc.has("effectiveFrom")) {
        e.put("effectiveFrom", doc.get("effectiveFrom").asText());
      }
      e.put("formatVersion", 1);
      e.put(
          "sha256",
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(f.getValue())));
    }
    byte[] indexBytes = JSON.writeValueAsBytes(index);
    return new RuleDataProvider() {
      @Override
      public String name() {
        return "test:data";
      }

      @Override
      public String version() {
        return version;
      }

      @Override
      public InputStream open(String resource) {
        byte[] bytes = resource.equals(INDEX) ? indexBytes : files.get(resource);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
      }
    };
  }
}
