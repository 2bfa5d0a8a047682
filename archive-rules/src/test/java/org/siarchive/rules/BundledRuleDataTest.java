package org.siarchive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siarchive.core.internal.ruledata.BundledIndex;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.material.TypeRules;
import org.siarchive.rules.quality.DefectCatalogue;
import org.siarchive.rules.quality.DefectType;
import org.siarchive.rules.retention.internal.EditionLoader;

/**
 * Bundled rule tables: each file's SHA-256 equals its index entry (recomputed here), and each row
 * is listed in CHANGELOG.md's "Rule data", so that no bundled table changes unnoticed.
 */
class BundledRuleDataTest {

  @ParameterizedTest
  @ValueSource(classes = {MaterialRules.class, DefectCatalogue.class, EditionLoader.class})
  void everyBundledFile_hasTheDigestItsIndexRecords(Class<?> anchor) throws IOException {
    BundledIndex index = BundledIndex.of(anchor);
    assertThat(index.tables()).isNotEmpty();
    for (BundledIndex.Entry e : index.tables()) {
      try (InputStream in = anchor.getResourceAsStream(e.file())) {
        assertThat(in).as(e.file()).isNotNull();
        String actual = Hashing.sha256().hashBytes(in.readAllBytes()).toString();
        assertThat(actual).as("SHA-256 of %s", e.file()).isEqualTo(e.sha256());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"material", "catalogue"})
  void everyBundledRow_isListedInTheChangelog(String table) throws IOException {
    String changelog = Files.readString(Path.of("..", "CHANGELOG.md"), StandardCharsets.UTF_8);
    String ruleData = changelog.substring(changelog.indexOf("### Rule data"));
    if (table.equals("material")) {
      MaterialRules rules = MaterialRules.bundledIllustrative();
      assertThat(ruleData).contains("Material rules " + rules.id() + " " + rules.edition());
      for (TypeRules r : rules.businessTypes()) {
        assertThat(ruleData).as("row %s", r.businessType()).contains("`" + r.businessType() + "`");
      }
    } else {
      DefectCatalogue catalogue = DefectCatalogue.bundled();
      assertThat(ruleData).contains("Defect catalogue " + catalogue.edition());
      for (DefectType t : catalogue.types()) {
        assertThat(ruleData).as("row %s", t.code()).contains("`" + t.code() + "`");
      }
    }
  }
}
