package org.siarchive.core.internal.ruledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.siarchive.core.ruledata.RuleDataException;

/**
 * The one bundled-table index format: read strictly, digests checked, repeated files and editions
 * and newer formats refused. archive-sampling's {@code BundledIndexTest} asserts the same messages
 * for its own reader of the format.
 */
class BundledIndexTest {

  private static final String WRONG_DIGEST =
      "f10ae4eba6e0be7f1ae0b1ab6ef8a8f19ad3a38ed1a0a7fba2a1c8d1b9a2b1e0";

  private static String entry(String file, String edition, int format, String sha) {
    return "{\"file\": \""
        + file
        + "\", \"kind\": \"retention-edition\", \"id\": \"t\", \"edition\": \""
        + edition
        + "\", \"formatVersion\": "
        + format
        + ", \"sha256\": \""
        + sha
        + "\"}";
  }

  private static BundledIndex index(String... entries) {
    String json =
        "{\"format\": \"siarchive-rule-index/1\", \"tables\": ["
            + String.join(", ", entries)
            + "]}";
    return BundledIndex.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "index.json");
  }

  @Test
  void bytes_matchingDigest_returnsTheFile_otherwiseRefusesNamingBothDigests() {
    BundledIndex real = BundledIndex.of(BundledIndexTest.class);
    byte[] a = real.bytes(BundledIndexTest.class, 0);
    assertThat(new String(a, StandardCharsets.UTF_8)).isEqualTo("{\"a\": 1}\n");
    assertThat(BundledIndex.sha256(a)).isEqualTo(real.tables().get(0).sha256());

    BundledIndex wrong = index(entry("a.json", "1", 1, WRONG_DIGEST));
    assertThatThrownBy(() -> wrong.bytes(BundledIndexTest.class, 0))
        .isInstanceOf(RuleDataException.class)
        .hasMessage(
            "a.json: (document): SHA-256 differs from index.json /tables/0/sha256 "
                + WRONG_DIGEST
                + ": "
                + BundledIndex.sha256(a));
  }

  @Test
  void read_fileOrEditionListedTwice_isRefusedAtTheSecond() {
    String sha = "0".repeat(64);
    assertThatThrownBy(() -> index(entry("a.json", "1", 1, sha), entry("a.json", "2", 1, sha)))
        .isInstanceOf(RuleDataException.class)
        .hasMessage(
            "index.json: /tables/1/file: file listed twice (first at /tables/0/file): \"a.json\"");
    assertThatThrownBy(() -> index(entry("a.json", "1", 1, sha), entry("b.json", "1", 1, sha)))
        .hasMessage(
            "index.json: /tables/1/edition: retention-edition t edition listed twice (first at /tables/0): \"1\"");
  }

  @Test
  void read_anotherIndexFormat_orABadDigest_isRefusedAtItsPointer() {
    String json =
        "{\"format\": \"siarchive-rule-index/2\", \"tables\": ["
            + entry("a.json", "1", 1, "0".repeat(64))
            + "]}";
    assertThatThrownBy(
            () ->
                BundledIndex.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "index.json"))
        .hasMessage(
            "index.json: /format: must be siarchive-rule-index/1: \"siarchive-rule-index/2\"");
    assertThatThrownBy(() -> index(entry("a.json", "1", 1, "XYZ")))
        .hasMessageStartingWith("index.json: /tables/0/sha256: ");
  }

  @Test
  void entry_ofANewerFormat_orAnotherKind_isRefused() {
    BundledIndex index = index(entry("a.json", "1", 2, "0".repeat(64)));
    assertThat(index.entry(0, "retention-edition", 2).formatVersion()).isEqualTo(2);
    assertThatThrownBy(() -> index.entry(0, "retention-edition", 1))
        .isInstanceOf(RuleDataException.class)
        .hasMessage(
            "index.json: /tables/0/formatVersion: retention-edition format version newer than this library"
                + " reads (valid values 1 - 1): 2");
    assertThatThrownBy(() -> index.entry(0, "material-rules", 1))
        .hasMessage(
            "index.json: /tables/0/kind: expected a table of kind material-rules: \"retention-edition\"");
  }

  @Test
  void requireHolds_aTableOtherThanItsEntryNames_isRefused() {
    BundledIndex.Entry e = index(entry("a.json", "1", 1, "0".repeat(64))).tables().get(0);
    BundledIndex.requireHolds(e, "a.json", "t", "1");
    assertThatThrownBy(() -> BundledIndex.requireHolds(e, "a.json", "t", "2"))
        .hasMessage("a.json: (document): holds t 2, not the t 1 that index.json names");
  }
}
