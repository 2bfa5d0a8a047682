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
  void curve_lastPointIsMaxRateExactly_evenWhereTheSpacingRoundsOff() {
    // 0.1 x 3 / 3 is 0.10000000000000002 in doubles: the last point must still be 0.1
    assertThat(0.1 * 3 / 3).isNotEqualTo(0.1);
    OperatingCharacteristic oc = OperatingCharacteristic.of(80, 2);
    List<OperatingCharacteristic.Point> curve = oc.curve(0.1, 4);
    assertThat(curve).hasSize(4);
    assertThat(curve.get(3).rate()).isEqualTo(0.1);
    assertThat(curve.get(3).acceptanceProbability()).isEqualTo(oc.acceptanceProbability(0.1));
    assertThat(curve.get(1).rate()).isEqualTo(0.1 / 3);
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

  @Test
  void edgesOfEachRange_areAccepted_andTheCurveIsEquallySpaced() {
    // n = 1, c = 0 and c = n; the whole lot inspected (N = n)
    OperatingCharacteristic one = OperatingCharacteristic.of(1, 0);
    assertThat(one.acceptanceProbability(0)).isEqualTo(1.0);
    assertThat(one.acceptanceProbability(1)).isEqualTo(0.0);
    assertThat(OperatingCharacteristic.of(1, 1).acceptanceProbability(1)).isEqualTo(1.0);
    OperatingCharacteristic whole = OperatingCharacteristic.of(5, 0, 5);
    assertThat(whole.acceptanceProbability(0)).isEqualTo(1.0);
    assertThat(whole.acceptanceProbability(0.2)).isEqualTo(0.0); // D = 1 of 5, always found
    // two points: 0 and maxRate; three: 0, maxRate / 2, maxRate, at (1 - p)^10
    List<OperatingCharacteristic.Point> two = OperatingCharacteristic.of(10, 0).curve(1, 2);
    assertThat(two)
        .containsExactly(
            new OperatingCharacteristic.Point(0, 1), new OperatingCharacteristic.Point(1, 0));
    List<OperatingCharacteristic.Point> three = OperatingCharacteristic.of(10, 0).curve(0.5, 3);
    assertThat(three)
        .extracting(OperatingCharacteristic.Point::rate)
        .containsExactly(0.0, 0.25, 0.5);
    assertThat(three.get(1).acceptanceProbability()).isCloseTo(Math.pow(0.75, 10), within(1e-15));
    assertThat(three.get(2).acceptanceProbability()).isCloseTo(Math.pow(0.5, 10), within(1e-15));
  }

  @Test
  void invalidArguments_justOutsideEachRange_nameThem() {
    assertThatThrownBy(() -> OperatingCharacteristic.of(0, 0))
        .hasMessage("Invalid value for sampleSize (valid values >= 1): 0");
    assertThatThrownBy(() -> OperatingCharacteristic.of(5, -1))
        .hasMessage("Invalid value for acceptanceNumber (valid values 0 - 5): -1");
    assertThatThrownBy(() -> OperatingCharacteristic.of(5, 1).acceptanceProbability(-0.01))
        .hasMessage("Invalid value for rate (valid values 0 - 1): -0.01");
    assertThatThrownBy(() -> OperatingCharacteristic.of(5, 1).acceptanceProbability(Double.NaN))
        .hasMessage("Invalid value for rate (valid values 0 - 1): NaN");
    assertThatThrownBy(() -> OperatingCharacteristic.of(5, 1).curve(0, 3))
        .hasMessage("Invalid value for maxRate (valid values > 0 - 1): 0.0");
    assertThatThrownBy(() -> OperatingCharacteristic.of(5, 1).curve(1.01, 3))
        .hasMessage("Invalid value for maxRate (valid values > 0 - 1): 1.01");
    assertThatThrownBy(() -> OperatingCharacteristic.of(5, 1).curve(0.5, 1))
        .hasMessage("Invalid value for points (valid values >= 2): 1");
  }
}
