package org.siarchive.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCodeTest {

  @Test
  void of_standardExample_isValid() {
    assertThat(CreditCode.of("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
    assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
  }

  @Test
  void toString_isMasked() {
    assertThat(CreditCode.of("91350100M000100Y43")).hasToString("913501********0Y43");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "91350100M000100Y44|check character does not match the first 17 characters|913501********0Y44",
        "91350100M000100Y4|must be 18 characters, got 17|91350********00Y4",
        "91350100O000100Y43|characters must be 0-9 or A-Y without I, O, S, V, Z|913501********0Y43",
        "91350100m000100Y43|characters must be 0-9 or A-Y without I, O, S, V, Z|913501********0Y43",
      })
  void of_invalid_explainsWithoutEchoingTheCode(String raw, String reason, String masked) {
    assertThatThrownBy(() -> CreditCode.of(raw))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("Invalid value for creditCode (" + reason + "): " + masked)
        .hasMessageNotContaining(raw);
    assertThat(CreditCode.isValid(raw)).isFalse();
  }

  @Test
  void checkCharacter_outsideAlphabet_isRefused() {
    assertThatThrownBy(() -> CreditCode.checkCharacter("91350100I000100Y4"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining("the first 17 characters must be 0-9 or A-Y without I, O, S, V");
  }
}
