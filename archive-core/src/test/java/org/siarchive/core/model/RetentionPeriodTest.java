package org.siarchive.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siarchive.core.InvalidValueException;

class RetentionPeriodTest {

  @ParameterizedTest
  @ValueSource(strings = {"Y", "D10", "D30", "D50", "D100", "defers-to:会计档案管理办法"})
  void parse_code_roundTrips(String code) {
    assertThat(RetentionPeriod.parse(code).code()).isEqualTo(code);
  }

  @Test
  void fixedYears_onlyForFixedPeriods() {
    assertThat(RetentionPeriod.parse("D30").fixedYears()).hasValue(30);
    assertThat(RetentionPeriod.PERMANENT.fixedYears()).isEmpty();
    assertThat(RetentionPeriod.defersTo("会计档案管理办法").fixedYears()).isEmpty();
    assertThat(RetentionPeriod.PERMANENT.isPermanent()).isTrue();
    assertThat(RetentionPeriod.defersTo("会计档案管理办法").isDeferred()).isTrue();
    assertThat(RetentionPeriod.parse("D30").isPermanent()).isFalse();
    assertThat(RetentionPeriod.defersTo("会计档案管理办法").isPermanent()).isFalse();
  }

  @Test
  void toString_isTheCode_orTheRegulationDeferredTo() {
    assertThat(RetentionPeriod.PERMANENT).hasToString("Y");
    assertThat(RetentionPeriod.parse("D100")).hasToString("D100");
    assertThat(RetentionPeriod.defersTo("会计档案管理办法")).hasToString("defers to 会计档案管理办法");
  }

  @ParameterizedTest
  @ValueSource(strings = {"D20", "d30", "Y ", "永久", "D", "defers-to:", "defers-to:   "})
  void parse_unknownCode_isRefusedWithTheCode(String code) {
    assertThatThrownBy(() -> RetentionPeriod.parse(code))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid value for ");
  }

  @Test
  void parse_message_listsTheCodes() {
    assertThatThrownBy(() -> RetentionPeriod.parse("D20"))
        .hasMessage(
            "Invalid value for retention (one of Y, D10, D30, D50, D100, defers-to:NAME): \"D20\"");
  }

  @Test
  void ofYears_outsideTheCodes_isRefused() {
    assertThatThrownBy(() -> RetentionPeriod.ofYears(20))
        .hasMessage("Invalid value for years (one of 10, 30, 50, 100): 20");
  }
}
