package org.siarchive.sampling.size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ClopperPearsonTest {

  @Test
  void upperLimit_zeroOf59_isOneMinusBetaToThe1Over59() {
    // x = 0: the limit solves (1 - p)^n = 1 - confidence
    assertThat(ClopperPearson.upperLimit(0, 59, 0.95))
        .isCloseTo(1 - Math.pow(0.05, 1.0 / 59), within(1e-12));
  }

  @Test
  void upperLimit_isTheRateWhereTheTailEqualsBeta() {
    double u = ClopperPearson.upperLimit(1, 93, 0.95);
    // at the limit the binomial P(X <= 1) is exactly 0.05; 5% lies just above it (0.049976 < 0.05)
    assertThat(OperatingCharacteristic.of(93, 1).acceptanceProbability(u))
        .isCloseTo(0.05, within(1e-9));
    assertThat(u).isLessThan(0.05).isGreaterThan(0.0499);
    assertThat(ExactOracle.binomialMeets(93, 1, new BigDecimal("0.05"), new BigDecimal("0.05")))
        .isTrue();
  }

  @Test
  void upperLimit_allNonconforming_isOne() {
    assertThat(ClopperPearson.upperLimit(5, 5, 0.9)).isEqualTo(1.0);
  }

  @Test
  void upperLimit_invalidArguments_nameThem() {
    assertThatThrownBy(() -> ClopperPearson.upperLimit(6, 5, 0.9))
        .hasMessage("Invalid value for nonconforming (valid values 0 - 5): 6");
    assertThatThrownBy(() -> ClopperPearson.upperLimit(0, 0, 0.9))
        .hasMessage("Invalid value for sampleSize (valid values >= 1): 0");
    assertThatThrownBy(() -> ClopperPearson.upperLimit(0, 5, 1.0))
        .hasMessage("Invalid value for confidence (valid values > 0 - 1 exclusive): 1.0");
    assertThatThrownBy(() -> ClopperPearson.upperLimit(0, 5, 0.0))
        .hasMessage("Invalid value for confidence (valid values > 0 - 1 exclusive): 0.0");
    assertThatThrownBy(() -> ClopperPearson.upperLimit(-1, 5, 0.9))
        .hasMessage("Invalid value for nonconforming (valid values 0 - 5): -1");
    // one unit inspected, none nonconforming: 1 - (1 - 0.95)^(1/1)
    assertThat(ClopperPearson.upperLimit(0, 1, 0.95)).isCloseTo(0.95, within(1e-12));
  }
}
