package org.siarchive.rules.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  /** The bundled files, by name, for revisions of them. */
  private static Map<String, byte[]> bundled(String... names) throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String f : names) {
      files.put(f, Files.readAllBytes(DATA.resolve(f)));
    }
    return files;
  }

  private static String sha16(byte[] bytes) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
        .substring(0, 16);
  }

  @Test
  void aDataReleaseRevisedInPlace_namesEachChangedFieldAndTheTablesAddedAndRemoved()
      throws Exception {
    Map<String, byte[]> files =
        bundled(
            "cn-national-2009.json",
            "illustrative-city-2026.1.json",
            "illustrative-2026.1.json",
            "defect-catalogue-2026.1.json",
            "transfer-lifecycle-2026.1.json",
            "code-letters.json");
    RuleDataProvider before = provider("2026.12.0", files);

    Map<String, byte[]> revised = new LinkedHashMap<>(files);
    // Retention: the national edition corrected in place, the city edition withdrawn.
    ObjectNode national = (ObjectNode) JSON.readTree(files.get("cn-national-2009.json"));
    for (var row : national.withArray("rows")) {
      if (row.get("id").asText().equals("一(4)")) {
        ((ObjectNode) row).put("period", "D30");
      }
    }
    revised.put("cn-national-2009.json", JSON.writeValueAsBytes(national));
    revised.remove("illustrative-city-2026.1.json");
    // Material rules, same edition: the first business type revised in every field, the second
    // replaced by a new one.
    ObjectNode material = (ObjectNode) JSON.readTree(files.get("illustrative-2026.1.json"));
    ArrayNode types = material.withArray("businessTypes");
    ObjectNode first = (ObjectNode) types.get(0);
    first.put("zh", "参保单位登记（修订）");
    first.put("availableFrom", "1960-01-01");
    first.put("retentionRow", "一(2)");
    first.put("imageRequired", false);
    first.withArray("materials").remove(2);
    ObjectNode second = (ObjectNode) types.get(1);
    String secondKey =
        second.get("businessType").get("line").asText()
            + "/"
            + second.get("businessType").get("step").asText();
    ObjectNode replacement = second.deepCopy();
    ((ObjectNode) replacement.get("businessType")).put("step", "REVISED_STEP");
    types.set(1, replacement);
    revised.put("illustrative-2026.1.json", JSON.writeValueAsBytes(material));
    // The catalogue, same edition: one defect's name, stages, reference, message and guidance.
    ObjectNode catalogue = (ObjectNode) JSON.readTree(files.get("defect-catalogue-2026.1.json"));
    ObjectNode defect = (ObjectNode) catalogue.withArray("defects").get(0);
    defect.put("zh", "件数不符");
    defect.putArray("stages").add("self-check").add("supervision");
    defect.put("reference", "Article §1");
    ((ObjectNode) defect.get("message")).put("en", "{paper} on paper, {catalogue} listed");
    ((ObjectNode) defect.get("guidance")).put("en", "Compare the items with the catalogue.");
    ObjectNode reordered = (ObjectNode) catalogue.withArray("defects").get(1);
    reordered.putArray("arguments").add("mainFormName").add("mainForm").add("mainFormNameEn");
    revised.put("defect-catalogue-2026.1.json", JSON.writeValueAsBytes(catalogue));
    // Other tables: the lifecycle's bytes change, the code letters go, the normal plans come.
    byte[] lifecycle =
        (new String(files.get("transfer-lifecycle-2026.1.json"), StandardCharsets.UTF_8) + "\n")
            .getBytes(StandardCharsets.UTF_8);
    revised.put("transfer-lifecycle-2026.1.json", lifecycle);
    revised.remove("code-letters.json");
    revised.putAll(bundled("iso2859-1-normal.json"));
    RuleDataProvider after = provider("2027.1.0", revised);

    List<String> notes =
        RuleDataNotes.between(RuleTables.of(List.of(before)), RuleTables.of(List.of(after)));

    assertThat(notes)
        .contains(
            "- Retention `cn-national` edition `2009` (sha256 `"
                + sha16(revised.get("cn-national-2009.json"))
                + "…`), changed in place (was sha256 `6cae058f43c00cbd…`), in force from"
                + " 2009-09-01; against `cn-national` `2009`:",
            "    - cn-national 2009 → cn-national 2009：新增0条，删除0条，变更1条。",
            "- Retention `illustrative-city` edition `2026.1` (sha256 `"
                + sha16(files.get("illustrative-city-2026.1.json"))
                + "…`), withdrawn from the data.",
            "- Material rules `illustrative` edition `2026.1` (sha256 `"
                + sha16(revised.get("illustrative-2026.1.json"))
                + "…`), changed in place, in force from 2009-09-01; against edition `2026.1`:",
            "  - 1 added, 1 removed, 1 changed.",
            "  - changed `GENERAL/EMPLOYER_REGISTRATION`: name 参保单位登记 / Employer registration →"
                + " 参保单位登记（修订） / Employer registration; available from 1951-02-26 → 1960-01-01;"
                + " retention row 一(1) → 一(2); image required true → false; materials changed.",
            "- Defect catalogue `siarchive` edition `2026.1` (sha256 `"
                + sha16(revised.get("defect-catalogue-2026.1.json"))
                + "…`), changed in place; against edition `2026.1`:",
            "  - 0 added, 0 removed, 2 changed.",
            "  - changed `ITEM_COUNT_MISMATCH`: name 实物件数与目录件数不符 / Items on paper differ from"
                + " the catalogue → 件数不符 / Items on paper differ from the catalogue; stages"
                + " SELF_CHECK, SUPERVISION, RE_CHECK → SELF_CHECK, SUPERVISION; reference Article §1"
                + " (实物件数与目录件数不符); DA/T 22-2015, the item (件) as the unit of filing and of"
                + " the catalogue → Article §1; message changed; guidance changed.",
            "  - changed `MAIN_FORM_MISSING`: arguments [mainForm, mainFormName, mainFormNameEn] →"
                + " [mainFormName, mainForm, mainFormNameEn].",
            "- Table `transfer-lifecycle` `transfer-lifecycle` edition `2026.1` (sha256 `"
                + sha16(lifecycle)
                + "…`), changed in place (was sha256 `99ed943866ea0a2c…`).",
            "- Table `iso2859-plans` `iso2859-1-normal` edition `1` (sha256 `0c89657872920960…`),"
                + " new.",
            "- Table `iso2859-code-letters` `iso2859-1-code-letters` edition `1` (sha256"
                + " `dae4678d132585e5…`), removed.");
    assertThat(notes)
        .anyMatch(l -> l.startsWith("  - added `GENERAL/REVISED_STEP` "))
        .anyMatch(l -> l.startsWith("  - removed `" + secondKey + "` "))
        .noneMatch(l -> l.contains("business types unchanged"));
  }

  @Test
  void materialRulesAlikeInTheirTypes_sayWhatElseChanged_andANewRuleSetIsAgainstNone()
      throws Exception {
    Map<String, byte[]> files = bundled("illustrative-2026.1.json");
    ObjectNode material = (ObjectNode) JSON.readTree(files.get("illustrative-2026.1.json"));
    material.put("edition", "2026.2");
    material.put("effectiveFrom", "2026-07-01");
    ((ObjectNode) material.withArray("materials").get(0)).put("en", "Copy of the ID card");
    Map<String, byte[]> revised = new LinkedHashMap<>();
    revised.put("illustrative-2026.2.json", JSON.writeValueAsBytes(material));
    // A second rule set, new in this release: told against none.
    material.put("id", "local");
    revised.put("local-2026.2.json", JSON.writeValueAsBytes(material));
    List<String> notes =
        RuleDataNotes.between(
            RuleTables.of(List.of(provider("1", files))),
            RuleTables.of(List.of(provider("2", revised))));
    assertThat(notes)
        .containsSubsequence(
            "- Material rules `illustrative` edition `2026.2` (sha256 `"
                + sha16(revised.get("illustrative-2026.2.json"))
                + "…`), new, in force from 2026-07-01; against edition `2026.1`:",
            "  - 0 added, 0 removed, 0 changed.",
            "  - business types unchanged; materials, image rules or metadata changed.");
    assertThat(notes)
        .anyMatch(
            l ->
                l.startsWith("- Material rules `local` edition `2026.2`")
                    && l.endsWith("new, in force from 2026-07-01; against none:"));
  }

  @Test
  void committedBlock_spansBeginToEndWithItsLineBreak_andReplaceBlockAppendsWhenThereIsNone() {
    String block = RuleDataNotes.BEGIN + "\nnotes\n" + RuleDataNotes.END + "\n";
    String changelog = "# Changelog\n\n" + block + "## [0.1.0]\n";
    assertThat(RuleDataNotes.committedBlock(changelog)).hasValue(block);
    String atEnd = "# Changelog\n" + RuleDataNotes.BEGIN + "\nx\n" + RuleDataNotes.END;
    assertThat(RuleDataNotes.committedBlock(atEnd))
        .hasValue(RuleDataNotes.BEGIN + "\nx\n" + RuleDataNotes.END);
    assertThat(RuleDataNotes.committedBlock("# Changelog\n")).isEmpty();
    assertThat(RuleDataNotes.committedBlock(block + "rest\n"))
        .as("at the very start")
        .hasValue(block);
    assertThatThrownBy(() -> RuleDataNotes.committedBlock("a\n" + RuleDataNotes.BEGIN + "\nx\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("changelog opens the rule-data notes but has no " + RuleDataNotes.END);

    String fresh = RuleDataNotes.BEGIN + "\nnew\n" + RuleDataNotes.END + "\n";
    assertThat(RuleDataNotes.replaceBlock(changelog, fresh))
        .isEqualTo("# Changelog\n\n" + fresh + "## [0.1.0]\n");
    assertThat(RuleDataNotes.replaceBlock("# Changelog", fresh)).isEqualTo("# Changelog\n" + fresh);
    assertThat(RuleDataNotes.replaceBlock("# Changelog\n", fresh))
        .isEqualTo("# Changelog\n" + fresh);
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
      } else if (doc.has("defects")) {
        e.put("kind", "defect-catalogue").put("id", "siarchive");
      } else {
        // Another kind of table: as the bundled index lists it.
        for (var t : JSON.readTree(DATA.resolve("index.json").toFile()).get("tables")) {
          if (t.get("file").asText().equals(f.getKey())) {
            e.put("kind", t.get("kind").asText()).put("id", t.get("id").asText());
            e.put("edition", t.get("edition").asText());
          }
        }
      }
      if (doc.has("edition")) {
        e.put("edition", doc.get("edition").asText());
      }
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
