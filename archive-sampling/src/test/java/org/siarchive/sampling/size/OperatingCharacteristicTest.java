package org.siarchive.sampling.size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class OperatingCharacteristicTest {

  @Test
  void acceptanceProbability_binomial_matchesClosedForm() {
    // n = 80, c = 2 at p = 1%: sum_{x<=2} C(80,x) 0.01^x 0.99^(80-x)
    double expected =
        Math.pow(0.99, 80) + 80 * 0.01 * Math.pow(0.99, 79) + 3160 * 0.0001 * Math.pow(0.99, 78);
    assertThat(OperatingCharacteristic.of(80, 2).acceptanceProbability(0.01))
        .isCloseTo(expected, within(1e-12));
  }

  @Test
  void acceptanceProbability_hypergeometric_usesCeilOfRateTimesLot() {
    // N = 10, n = 2, c = 0, p = 0.15 -> D = 2: P(X = 0) = C(8,2)/C(10,2) = 28/45
    assertThat(OperatingCharacteristic.of(2, 0, 10).acceptanceProbability(0.15))
        .isCloseTo(28.0 / 45, within(1e-12));
  }

  @Test
  void curve_isNonIncreasing_fromOneAtZero() {
    List<OperatingCharacteristic.Point> curve =
        OperatingCharacteristic.of(80, 2, 1000).curve(0.10, 11);
    assertThat(curve).hasSize(11);
    assertThat(curve.get(0).acceptanceProbability()).isEqualTo(1.0);
    assertThat(curve.get(10).rate()).isEqualTo(0.10);
    for (int i = 1; i < curve.size(); i++) {
      assertThat(curve.get(i).acceptanceProbability())
          .isLessThanOrEqualTo(curve.get(i - 1).acceptanceProbability());
    }
  }

  @Test
  void invalidArguments_nameThem() {
    assertThatThrownBy(() -> OperatingCharacteristic.of(5, 6))
        .hasMessage("Invalid value for acceptanceNumber (valid values 0 - 5): 6");
    assertThatThrownBy(() -> OperatingCharacteristic.of(5, 1, 4))
        .hasMessage("Invalid value for population (valid values >= 5): 4");
    assertThatThrownBy(() -> OperatingCharacteristic.of(5, 1).acceptanceProbability(1.5))
        .hasMessage("Invalid value for rate (valid values 0 - 1): 1.5");
  }
}
