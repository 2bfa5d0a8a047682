package org.siarchive.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.siarchive.core.InvalidValueException;

/** The standards' own examples: GB/T 32905-2016 Appendix A for SM3, FIPS 180-4 for SHA-256. */
class HashAlgorithmTest {
  @Test
  void sm3_gbt32905_exampleOne_abc() {
    assertThat(HashAlgorithm.SM3.hashHex("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  }

  @Test
  void sm3_gbt32905_exampleTwo_abcdSixteenTimes() {
    assertThat(HashAlgorithm.SM3.hashHex("abcd".repeat(16).getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
  }

  @Test
  void sha256_fips180_abc() {
    assertThat(HashAlgorithm.SHA_256.hashHex("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @ParameterizedTest
  @EnumSource(HashAlgorithm.class)
  void hashHex_onManyThreadsAtOnce_givesEveryThreadTheStandardsAnswers(HashAlgorithm algorithm)
      throws Exception {
    // Each thread keeps its own hasher: interleaved calls of two lengths on four threads.
    byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
    byte[] abcd16 = "abcd".repeat(16).getBytes(StandardCharsets.US_ASCII);
    String one = algorithm.hashHex(abc);
    String two = algorithm.hashHex(abcd16);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(
            pool.submit(
                () -> {
                  boolean same = true;
                  for (int i = 0; i < 2000; i++) {
                    same &= algorithm.hashHex(abc).equals(one);
                    same &= algorithm.hashHex(abcd16).equals(two);
                  }
                  return same;
                }));
      }
      for (Future<Boolean> run : runs) {
        assertThat(run.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void newMessageDigest_inParts_givesTheStandardsExampleTwo() {
    // GB/T 32905-2016 Appendix A example two, fed as 16 separate parts of "abcd".
    MessageDigest md = HashAlgorithm.SM3.newMessageDigest();
    for (int i = 0; i < 16; i++) {
      md.update("abcd".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(HexFormat.of().formatHex(md.digest()))
        .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
  }

  @ParameterizedTest
  @EnumSource(HashAlgorithm.class)
  void newMessageDigest_equalsHashHexOfTheJoinedParts_andIsNewEachTime(HashAlgorithm a) {
    byte[] first = "volume-record-one\n".getBytes(StandardCharsets.UTF_8);
    byte[] second = "第二条\n".getBytes(StandardCharsets.UTF_8);
    byte[] joined = new byte[first.length + second.length];
    System.arraycopy(first, 0, joined, 0, first.length);
    System.arraycopy(second, 0, joined, first.length, second.length);
    MessageDigest md = a.newMessageDigest();
    MessageDigest other = a.newMessageDigest();
    md.update(first);
    other.update(second); // a digest of its own: nothing of this reaches md
    md.update(second);
    assertThat(md.getDigestLength()).isEqualTo(32);
    assertThat(HexFormat.of().formatHex(md.digest())).isEqualTo(a.hashHex(joined));
    assertThat(HexFormat.of().formatHex(other.digest())).isEqualTo(a.hashHex(second));
  }

  @Test
  void parse_readsTheLabels_andRefusesOthersNamingTheField() {
    assertThat(HashAlgorithm.parse("SHA-256")).isEqualTo(HashAlgorithm.SHA_256);
    assertThat(HashAlgorithm.parse("SM3")).isEqualTo(HashAlgorithm.SM3);
    assertThatThrownBy(() -> HashAlgorithm.parse("MD5"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for algorithm (SHA-256 or SM3): MD5");
  }

  @Test
  void unhex_readsExactly64LowerCaseDigits_andRefusesOthersNamingTheField() {
    String ok = "0123456789abcdef".repeat(4);
    assertThat(HashAlgorithm.unhex("rootHash", ok))
        .hasSize(32)
        .startsWith((byte) 0x01, (byte) 0x23);
    for (String bad :
        new String[] {
          ok.substring(1),
          ok + "0",
          ok.replace('a', 'A'),
          ok.replace('0', '/'),
          ok.replace('9', ':'),
          ok.replace('a', '`'),
          ok.replace('f', 'g')
        }) {
      assertThatThrownBy(() -> HashAlgorithm.unhex("rootHash", bad))
          .hasMessage(
              "Invalid value for rootHash (64 lower-case hexadecimal digits): \"" + bad + "\"");
    }
    assertThat(HashAlgorithm.SM3).hasToString("SM3");
  }

  @Test
  void treeHead_asJson_isOneLineWithItsThreeMembers_andReadsBack() {
    TreeHead head = new TreeHead(3, "ab".repeat(32), HashAlgorithm.SM3);
    String json = head.toJson();
    assertThat(json).doesNotContain("\n").contains("\"treeSize\":3", "\"SM3\"", "ab".repeat(32));
    assertThat(
            TreeHead.read(
                new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "h.json"))
        .isEqualTo(head);
  }
}
