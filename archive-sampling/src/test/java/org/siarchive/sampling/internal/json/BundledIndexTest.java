package org.siarchive.sampling.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.siarchive.sampling.RuleDataException;

/**
 * This module's reader of the one bundled-table index format. The messages are those archive-core's
 * kernel gives for the same index ({@code org.siarchive.core.internal.ruledata.BundledIndexTest}
 * asserts the same strings), so a refusal reads the same whichever module reads the table.
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
    return BundledIndex.parse(
        "index.json",
        "{\"format\": \"siarchive-rule-index/1\", \"tables\": ["
            + String.join(", ", entries)
            + "]}");
  }

  @Test
  void text_matchingDigest_returnsTheFile_otherwiseRefusesNamingBothDigests() {
    BundledIndex real = BundledIndex.of(BundledIndexTest.class);
    assertThat(real.text(BundledIndexTest.class, 0)).isEqualTo("{\"a\": 1}\n");
    String actual = real.tables().get(0).sha256();

    BundledIndex wrong = index(entry("a.json", "1", 1, WRONG_DIGEST));
    assertThatThrownBy(() -> wrong.text(BundledIndexTest.class, 0))
        .isInstanceOf(RuleDataException.class)
        .hasMessage(
            "a.json: (document): SHA-256 differs from index.json /tables/0/sha256 "
                + WRONG_DIGEST
                + ": "
                + actual);
  }

  @Test
  void parse_fileOrEditionListedTwice_isRefusedAtTheSecond() {
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
  void parse_anotherIndexFormat_isRefusedAtItsPointer() {
    assertThatThrownBy(
            () ->
                BundledIndex.parse(
                    "index.json",
                    "{\"format\": \"siarchive-rule-index/2\", \"tables\": ["
                        + entry("a.json", "1", 1, "0".repeat(64))
                        + "]}"))
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
}
