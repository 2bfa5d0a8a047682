package org.siarchive.rules.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;

/**
 * The 95% interval of a mean against Student's t by hand: {@code mean +- t(0.975, n - 1) s /
 * sqrt(n)}, with the quantiles from the printed table (t(0.975, 2) = 4.303, t(0.975, 4) = 2.776);
 * bounds inclusive.
 */
class IntervalTest {

  @Test
  void of_isTheMeanPlusOrMinusStudentsTTimesTheStandardError() {
    // 1, 2, 3: mean 2, s = 1, se = 1 / sqrt(3).
    Interval three = Interval.of(new double[] {1, 2, 3});
    assertThat(three.mean()).isEqualTo(2);
    assertThat(three.high() - 2).isCloseTo(4.303 / Math.sqrt(3), within(1e-3));
    assertThat(2 - three.low()).isCloseTo(4.303 / Math.sqrt(3), within(1e-3));
    // 2, 4, 4, 4, 6: mean 4, s^2 = 8 / 4 = 2, se = sqrt(2 / 5).
    Interval five = Interval.of(new double[] {2, 4, 4, 4, 6});
    assertThat(five.mean()).isEqualTo(4);
    assertThat(five.high() - 4).isCloseTo(2.776 * Math.sqrt(2 / 5.0), within(1e-3));
    assertThat(4 - five.low()).isCloseTo(2.776 * Math.sqrt(2 / 5.0), within(1e-3));
    // Equal values: the interval is the point.
    assertThat(Interval.of(new double[] {7, 7})).isEqualTo(new Interval(7, 7, 7));
  }

  @Test
  void of_refusesFewerThanTwoValuesAndValuesNotFinite() {
    assertThatThrownBy(() -> Interval.of(new double[] {1}))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for values (2 or more): 1");
    assertThatThrownBy(() -> Interval.of(new double[] {1, Double.NaN}))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for values (finite): NaN");
    assertThatThrownBy(() -> new Interval(3, 4, 5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for interval (low <= mean <= high): 4.0 / 3.0 / 5.0");
  }

  @Test
  void contains_includesBothBounds() {
    Interval i = new Interval(2, 1, 3);
    assertThat(i.contains(1)).isTrue();
    assertThat(i.contains(3)).isTrue();
    assertThat(i.contains(2)).isTrue();
    assertThat(i.contains(Math.nextDown(1.0))).isFalse();
    assertThat(i.contains(Math.nextUp(3.0))).isFalse();
  }
}
