package org.siarchive.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siarchive.core.InvalidValueException;

class ArchivalCodeTest {

  @Test
  void parse_exposesEveryPart() {
    ArchivalCode code = ArchivalCode.parse("J001-SB·2024-D30-YL-0012");
    assertThat(code.fonds()).isEqualTo("J001");
    assertThat(code.category()).isEqualTo("SB");
    assertThat(code.year()).isEqualTo(2024);
    assertThat(code.period()).isEqualTo(RetentionPeriod.ofYears(30));
    assertThat(code.organisation()).isEqualTo("YL");
    assertThat(code.itemNumber()).isEqualTo(12);
    assertThat(code.format()).isEqualTo("J001-SB·2024-D30-YL-0012");
  }

  @Test
  void parse_withoutOrganisationLevel() {
    ArchivalCode code = ArchivalCode.parse("0001-WS·2016-Y-0001");
    assertThat(code.organisation()).isNull();
    assertThat(code.period()).isEqualTo(RetentionPeriod.PERMANENT);
    assertThat(code).hasToString("0001-WS·2016-Y-0001");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "J001-SB-2024-D30-YL-0012", // "-" where "·" belongs
        "J001-SB·2024-D20-YL-0012", // no such period
        "J01-SB·2024-D30-0012", // fonds of 3 characters
        "J001-SB·2024-D30-YL-12", // item number not zero-padded
        "J001-SB·2024-D30-YL-0000", // item number 0
        "J001-S1·2024-D30-0012", // category with a digit
        "J001-SB·24-D30-0012", // two-digit year
        "",
      })
  void parse_malformed_namesTheCodeAndTheExpectedForm(String text) {
    assertThatThrownBy(() -> ArchivalCode.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Invalid value for ");
    assertThat(ArchivalCode.tryParse(text)).isEmpty();
  }

  @Test
  void parse_message_showsTheText() {
    assertThatThrownBy(() -> ArchivalCode.parse("J001-SB-2024"))
        .hasMessage(
            "Invalid value for archivalCode (全宗号-门类代码·年度-保管期限代码[-机构代码]-件号, e.g."
                + " J001-SB·2024-D30-YL-0012): \"J001-SB-2024\"");
  }

  @Test
  void constructor_refusesDeferringPeriod() {
    assertThatThrownBy(
            () ->
                new ArchivalCode("J001", "SB", 2024, RetentionPeriod.defersTo("会计档案管理办法"), null, 1))
        .hasMessage("Invalid value for period (Y, D10, D30, D50 or D100): defers-to:会计档案管理办法");
  }

  @Test
  void withItemNumber_changesOnlyTheItemNumber() {
    ArchivalCode code = ArchivalCode.parse("J001-SB·2024-D30-YL-0012").withItemNumber(13);
    assertThat(code.format()).isEqualTo("J001-SB·2024-D30-YL-0013");
  }
}
