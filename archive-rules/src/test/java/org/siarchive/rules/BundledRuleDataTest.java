package org.siarchive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siarchive.core.ruledata.provider.RuleTable;
import org.siarchive.core.ruledata.provider.RuleTables;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.material.TypeRules;
import org.siarchive.rules.quality.DefectCatalogue;
import org.siarchive.rules.quality.DefectType;

/**
 * Bundled rule tables: each file's SHA-256 equals its index entry (recomputed here), and each row
 * is listed in CHANGELOG.md's "Rule data", so that no bundled table changes unnoticed.
 */
class BundledRuleDataTest {
  private static final Path DATA =
      Path.of("../archive-rules-data/src/main/resources/org/siarchive/rules/data");

  @Test
  void everyBundledFile_hasTheDigestItsIndexRecords() throws IOException {
    RuleTables installed = RuleTables.installed();
    assertThat(installed.tables())
        .extracting(RuleTable::kind)
        .contains("retention-edition", "material-rules", "defect-catalogue");
    for (RuleTable e : installed.tables()) {
      Path file = DATA.resolve(e.file());
      assertThat(file).as(e.file()).exists();
      String actual = Hashing.sha256().hashBytes(Files.readAllBytes(file)).toString();
      assertThat(actual).as("SHA-256 of %s", e.file()).isEqualTo(e.sha256());
      assertThat(e.provider()).isEqualTo(RuleTables.BUNDLED);
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
