package org.siarchive.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.siarchive.rules.RuleDataException;
import org.siarchive.rules.material.MaterialRuleBook;
import org.siarchive.rules.retention.internal.EditionLoader;

/** The runtime side of the bundled index: read strictly, and a file whose digest differs is refused. */
class BundledIndexTest {

  @Test
  void read_fileWhoseDigestDiffersFromTheIndex_isRefused() {
    BundledIndex.Entry wrong =
        new BundledIndex.Entry("cn-national-2009.json", "0".repeat(64), "cn-national", "2009");
    assertThatThrownBy(() -> BundledIndex.read(EditionLoader.class, wrong, 0))
        .isInstanceOf(RuleDataException.class)
        .hasMessageStartingWith("cn-national-2009.json: (document): SHA-256 differs from index.json /files/0/sha256 0000");
  }

  @Test
  void read_missingFile_isRefused() {
    BundledIndex.Entry missing = new BundledIndex.Entry("absent.json", "0".repeat(64));
    assertThatThrownBy(() -> BundledIndex.read(EditionLoader.class, missing, 3))
        .isInstanceOf(RuleDataException.class)
        .hasMessageContaining("absent.json: (document): bundled resource not found");
  }

  @Test
  void of_readsTheIndexOfTheBundledFiles() {
    BundledIndex index = BundledIndex.of(EditionLoader.class);
    assertThat(index.files()).extracting(BundledIndex.Entry::name).contains("cn-national-2009.json");
    BundledIndex.Entry e = index.files().get(0);
    assertThat(BundledIndex.sha256(BundledIndex.read(EditionLoader.class, e, 0))).isEqualTo(e.sha256());
    assertThat(BundledIndex.of(MaterialRuleBook.class).files()).isNotEmpty();
  }

  @Test
  void anIndexOfAnotherFormat_isRefusedAtItsPointer() {
    String json = "{\"format\": \"siarchive-rule-index/2\", \"files\": [{\"name\": \"a.json\", \"sha256\": \""
        + "0".repeat(64) + "\"}]}";
    assertThatThrownBy(
            () -> RuleData.load(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), BundledIndex.class, "index.json"))
        .isInstanceOf(RuleDataException.class)
        .hasMessage("index.json: /format: must be siarchive-rule-index/1: \"siarchive-rule-index/2\"");
  }

  @Test
  void anEntryWithABadDigest_isRefusedAtItsPointer() {
    String json = "{\"format\": \"siarchive-rule-index/1\", \"files\": [{\"name\": \"a.json\", \"sha256\": \"XYZ\"}]}";
    assertThatThrownBy(
            () -> RuleData.load(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), BundledIndex.class, "index.json"))
        .isInstanceOf(RuleDataException.class)
        .hasMessageStartingWith("index.json: /files/0/sha256: ");
  }
}
