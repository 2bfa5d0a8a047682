package org.siarchive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.siarchive.core.internal.ruledata.BundledIndex;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.DefectCatalogue;
import org.siarchive.rules.retention.internal.EditionLoader;

/**
 * The bundled indexes of this module, read with the rule-data kernel: each lists its tables with
 * kind, id, edition and format version, and a file whose digest differs is refused.
 */
class BundledIndexTest {

  private static BundledIndex index(String json) {
    return BundledIndex.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "index.json");
  }

  @Test
  void of_readsTheIndexOfEachBundledDirectory_withKindIdAndEdition() {
    BundledIndex retention = BundledIndex.of(EditionLoader.class);
    assertThat(retention.tables())
        .extracting(BundledIndex.Entry::file, BundledIndex.Entry::kind, BundledIndex.Entry::id, BundledIndex.Entry::edition)
        .contains(org.assertj.core.groups.Tuple.tuple("cn-national-2009.json", "retention-edition", "cn-national", "2009"));
    BundledIndex.Entry e = retention.tables().get(0);
    assertThat(BundledIndex.sha256(retention.bytes(EditionLoader.class, 0))).isEqualTo(e.sha256());
    assertThat(BundledIndex.of(MaterialRules.class).tables())
        .extracting(BundledIndex.Entry::kind).containsOnly("material-rules");
    assertThat(BundledIndex.of(DefectCatalogue.class).tables())
        .extracting(BundledIndex.Entry::kind).containsExactly("defect-catalogue");
  }

  @Test
  void bytes_fileWhoseDigestDiffersFromTheIndex_isRefused() {
    BundledIndex wrong = index("{\"format\": \"siarchive-rule-index/1\", \"tables\": [{\"file\": \"cn-national-2009.json\","
        + " \"kind\": \"retention-edition\", \"id\": \"cn-national\", \"edition\": \"2009\", \"formatVersion\": 1,"
        + " \"sha256\": \"" + "0".repeat(64) + "\"}]}");
    assertThatThrownBy(() -> wrong.bytes(EditionLoader.class, 0))
        .isInstanceOf(RuleDataException.class)
        .hasMessageStartingWith(
            "cn-national-2009.json: (document): SHA-256 differs from index.json /tables/0/sha256 0000");
  }

  @Test
  void bytes_missingFile_isRefused() {
    BundledIndex missing = index("{\"format\": \"siarchive-rule-index/1\", \"tables\": [{\"file\": \"absent.json\","
        + " \"kind\": \"retention-edition\", \"id\": \"x\", \"edition\": \"1\", \"formatVersion\": 1,"
        + " \"sha256\": \"" + "0".repeat(64) + "\"}]}");
    assertThatThrownBy(() -> missing.bytes(EditionLoader.class, 0))
        .isInstanceOf(RuleDataException.class)
        .hasMessageContaining("absent.json: (document): bundled resource not found");
  }
}
