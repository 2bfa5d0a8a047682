package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled rule data: every file's SHA-256 recomputed against the index, every bundled edition
 * loaded by the strict loader, and a "Rule data" entry in {@code CHANGELOG.md} for each edition
 * naming its digest and every row id, so that a bundled edition cannot change without its release
 * note.
 */
class BundledDataTest {

  private static final Path DATA =
      Path.of("../archive-rules-data/src/main/resources/org/siarchive/rules/data");

  private static JsonNode index() throws IOException {
    return new ObjectMapper().readTree(Files.readAllBytes(DATA.resolve("index.json")));
  }

  @Test
  void index_recordsTheSha256OfEveryBundledFile() throws Exception {
    JsonNode files = index().get("tables");
    assertThat(files).isNotEmpty();
    List<String> listed = new ArrayList<>();
    for (JsonNode f : files) {
      byte[] bytes = Files.readAllBytes(DATA.resolve(f.get("file").asText()));
      String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      assertThat(actual)
          .as("SHA-256 of %s", f.get("file").asText())
          .isEqualTo(f.get("sha256").asText());
      listed.add(f.get("file").asText());
    }
    try (var stream = Files.list(DATA)) {
      assertThat(
              stream
                  .map(p -> p.getFileName().toString())
                  .filter(n -> !n.equals("index.json") && !n.equals("release.properties")))
          .as("every bundled file is in the index")
          .containsExactlyInAnyOrderElementsOf(listed);
    }
  }

  @Test
  void bundledEditions_loadStrictly_andMatchTheirIndexEntries() throws Exception {
    RetentionSchedules fresh = RetentionSchedules.empty();
    for (JsonNode f : index().get("tables")) {
      if (!f.get("kind").asText().equals("retention-edition")) {
        continue;
      }
      String name = f.get("file").asText();
      Edition e = fresh.load(DATA.resolve(name));
      assertThat(e.scheduleId()).isEqualTo(f.get("id").asText());
      assertThat(e.edition()).isEqualTo(f.get("edition").asText());
      assertThat(e.sha256()).isEqualTo(f.get("sha256").asText());
      Edition bundled =
          RetentionSchedules.withIllustrativeEdition().edition(e.scheduleId(), e.edition());
      assertThat(bundled.rows()).isEqualTo(e.rows());
      assertThat(bundled.sha256()).isEqualTo(e.sha256());
    }
  }

  @Test
  void changelog_hasARuleDataEntryForEachBundledEdition_withItsDigestAndEveryRow()
      throws Exception {
    String ruleData = ruleDataSections(Files.readString(repositoryRoot().resolve("CHANGELOG.md")));
    assertThat(ruleData).as("CHANGELOG.md has a \"### Rule data\" section").isNotBlank();
    RetentionSchedules bundled = RetentionSchedules.withIllustrativeEdition();
    for (JsonNode f : index().get("tables")) {
      if (!f.get("kind").asText().equals("retention-edition")) {
        continue;
      }
      String schedule = f.get("id").asText();
      String edition = f.get("edition").asText();
      String digest = f.get("sha256").asText().substring(0, 16);
      assertThat(ruleData.lines())
          .as("a Rule data line names `%s` edition `%s` with sha256 %s…", schedule, edition, digest)
          .anyMatch(
              l ->
                  l.contains("`" + schedule + "`")
                      && l.contains("`" + edition + "`")
                      && l.contains(digest));
      for (ScheduleRow row : bundled.edition(schedule, edition).rows()) {
        assertThat(ruleData)
            .as("row %s of %s %s in the release note", row.id(), schedule, edition)
            .contains("`" + row.id() + "`");
      }
    }
  }

  /** The text under every "### Rule data" heading, up to the next heading of level 2 or 3. */
  static String ruleDataSections(String changelog) {
    StringBuilder b = new StringBuilder();
    boolean in = false;
    for (String line : changelog.lines().toList()) {
      if (line.startsWith("## ") || line.startsWith("### ")) {
        in = line.trim().equalsIgnoreCase("### Rule data");
        continue;
      }
      if (in) {
        b.append(line).append('\n');
      }
    }
    return b.toString();
  }

  /** The repository root: the nearest directory above the module holding CHANGELOG.md and .git. */
  static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("CHANGELOG.md"))
          && Files.exists(p.resolve("pom.xml"))
          && Files.exists(p.resolve("archive-rules"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }

  @Test
  void ruleDataSections_takesOnlyTheTextUnderRuleDataHeadings() {
    String text =
        "## [Unreleased]\n### Added\n- `x`\n### Rule data\n- `a` `1`\n## [0.1]\n### Rule data\n- `b`\n### Fixed\n- `c`\n";
    assertThat(ruleDataSections(text)).isEqualTo("- `a` `1`\n- `b`\n");
  }
}
