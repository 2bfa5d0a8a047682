package org.siarchive.rules.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The keys of the class Javadoc: material keys fold width, case, white space and punctuation; row
 * id keys fold width and white space only; enumerations split at top-level {@code 、}.
 */
class TextKeysTest {

  @Test
  void material_foldsWidthCaseSpaceAndPunctuation() {
    assertThat(TextKeys.material("社会保险卡（证 、手册）"))
        .isEqualTo(TextKeys.material("社会保险卡(证、手册)"))
        .isEqualTo("社会保险卡证手册");
    assertThat(TextKeys.material("ＡＢＣ　１２")).isEqualTo("abc12");
  }

  @Test
  void rowId_foldsWidthAndWhiteSpace_butKeepsCase() {
    assertThat(TextKeys.rowId("八（3）")).isEqualTo("八(3)");
    assertThat(TextKeys.rowId(" 八 (3)\t")).isEqualTo("八(3)");
    assertThat(TextKeys.rowId("八\u3000(3)")).isEqualTo("八(3)");
    assertThat(TextKeys.rowId("A(1)")).isEqualTo("A(1)");
  }

  @Test
  void enumeratedParts_splitsAtEachTopLevelComma() {
    assertThat(TextKeys.enumeratedParts("付款凭证、会计账簿、会计报表")).containsExactly("付款凭证", "会计账簿", "会计报表");
  }

  @Test
  void enumeratedParts_ofATextWithoutAComma_isEmpty() {
    assertThat(TextKeys.enumeratedParts("会计账簿")).isEmpty();
    assertThat(TextKeys.enumeratedParts("")).isEmpty();
  }

  @Test
  void enumeratedParts_keepsCommasInsideParentheses() {
    assertThat(TextKeys.enumeratedParts("社会保险卡(证、手册)")).isEmpty();
    assertThat(TextKeys.enumeratedParts("社会保险卡（证、手册）、登记表"))
        .as("full-width parentheses count after NFKC")
        .containsExactly("社会保险卡(证、手册)", "登记表");
    assertThat(TextKeys.enumeratedParts("凭证(原件)、账簿")).containsExactly("凭证(原件)", "账簿");
  }

  @Test
  void enumeratedParts_keepsCommasInsideBrackets() {
    assertThat(TextKeys.enumeratedParts("报表[月、季]")).isEmpty();
    assertThat(TextKeys.enumeratedParts("报表[月、季]、账簿")).containsExactly("报表[月、季]", "账簿");
  }

  @Test
  void enumeratedParts_countsNestingToTheOutermostClose() {
    assertThat(TextKeys.enumeratedParts("卡(证[甲、乙]、册)、表")).containsExactly("卡(证[甲、乙]、册)", "表");
  }

  @Test
  void enumeratedParts_aStrayCloseDoesNotHideLaterCommas() {
    assertThat(TextKeys.enumeratedParts("凭证)、账簿")).containsExactly("凭证)", "账簿");
    assertThat(TextKeys.enumeratedParts("凭证]、账簿")).containsExactly("凭证]", "账簿");
  }

  @Test
  void enumeratedParts_dropsBlankParts() {
    assertThat(TextKeys.enumeratedParts("凭证、、账簿、 ")).containsExactly("凭证", "账簿");
  }
}
