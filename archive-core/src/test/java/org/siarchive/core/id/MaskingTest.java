package org.siarchive.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How messages show values: identifiers masked, long values cut, control characters escaped. */
class MaskingTest {

  @Test
  void mask_keepsAThirdAtMostSixAtTheStart_andAQuarterAtMostFourAtTheEnd() {
    assertThat(Masking.mask("120101197905080684")).isEqualTo("120101********0684");
    assertThat(Masking.mask("abc")).isEqualTo("a**"); // 3/3 = 1 kept, 3/4 = 0 kept
    assertThat(Masking.mask("abcd")).isEqualTo("a**d"); // 4/3 = 1, 4/4 = 1
    assertThat(Masking.mask("abcdefghijkl")).isEqualTo("abcd*****jkl"); // 12/3 = 4, 12/4 = 3
    assertThat(Masking.mask("a".repeat(24))).isEqualTo("aaaaaa" + "*".repeat(14) + "aaaa");
    assertThat(Masking.mask("")).isEmpty();
    assertThat(Masking.mask(null)).isEqualTo("null");
    // Kept characters that are control characters are shown as '?', never raw.
    assertThat(Masking.mask("\u0007bcdefghijk\u007f")).isEqualTo("?bcd*****jk?");
    assertThat(Masking.mask("\u001f\u0020\u0021")).isEqualTo("?**");
  }

  @Test
  void excerpt_cutsPast80Characters_namingTheWholeLength() {
    String eighty = "x".repeat(80);
    assertThat(Masking.excerpt(eighty)).isEqualTo(eighty);
    assertThat(Masking.excerpt(eighty + "y")).isEqualTo(eighty + "…(81 chars)");
    assertThat(Masking.excerpt(null)).isEqualTo("null");
    assertThat(Masking.quoted(null)).isEqualTo("null");
    assertThat(Masking.quoted("a")).isEqualTo("\"a\"");
  }

  @Test
  void excerpt_escapesControlsAndLoneSurrogates_butNotSpaceOrOtherText() {
    assertThat(Masking.excerpt("a\u0000b\u001fc\u007fd")).isEqualTo("a\\u0000b\\u001fc\\u007fd");
    assertThat(Masking.excerpt(" ~\u0080题")).isEqualTo(" ~\u0080题");
    assertThat(Masking.excerpt("x\ud800y\udfffz")).isEqualTo("x\\ud800y\\udfffz");
    assertThat(Masking.excerpt("\ud83d\ude00"))
        .isEqualTo("\ud83d\ude00"); // a pair is one code point
  }

  @Test
  void redact_masksEveryIdentifierShapedRun_andLeavesTheRest() {
    assertThat(Masking.redact(null)).isEqualTo("null");
    assertThat(Masking.redact("no ids here")).isEqualTo("no ids here");
    assertThat(Masking.redact("id 120101197905080684 and 913501007054178Y44 end"))
        .isEqualTo("id 120101********0684 and 913501********8Y44 end");
  }
}
