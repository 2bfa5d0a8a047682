package org.siarchive.rules.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.siarchive.rules.RuleDataException;

/** The runtime side of the bundled index: a file whose digest differs is refused. */
class BundledIndexTest {

  @Test
  void read_fileWhoseDigestDiffersFromTheIndex_isRefused() {
    BundledIndex.Entry wrong =
        new BundledIndex.Entry("cn-national-2009.json", "0".repeat(64), "cn-national", "2009");
    assertThatThrownBy(() -> BundledIndex.read(wrong, 0))
        .isInstanceOf(RuleDataException.class)
        .hasMessageStartingWith("cn-national-2009.json: (document): SHA-256 differs from bundled-index.json /files/0/sha256 0000");
  }

  @Test
  void read_missingFile_isRefused() {
    BundledIndex.Entry missing = new BundledIndex.Entry("absent.json", "0".repeat(64), "x", "1");
    assertThatThrownBy(() -> BundledIndex.read(missing, 3))
        .isInstanceOf(RuleDataException.class)
        .hasMessageContaining("absent.json: (document): bundled resource not found");
  }

  @Test
  void load_readsTheIndexOfTheBundledFiles() {
    BundledIndex index = BundledIndex.load();
    assertThat(index.files()).extracting(BundledIndex.Entry::file).contains("cn-national-2009.json");
    BundledIndex.Entry e = index.files().get(0);
    assertThat(BundledIndex.sha256(BundledIndex.read(e, 0))).isEqualTo(e.sha256());
  }
}
