package org.siarchive.rules.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siarchive.core.InvalidValueException;

class PlanCharacteristicsTest {
  private static final long SEED = 20201026L;

  /** Plans from the demo and the tables: 5% and 10% ratios with c = 0, ISO plans with c > 0. */
  @ParameterizedTest(name = "N={0} n={1} c={2}")
  @CsvSource({
    "50, 3, 0", // supervision of a 50-volume batch: ceil(0.05 x 50)
    "120, 12, 0", // a 10% pre-acceptance sample
    "200, 32, 1", // ISO G 32 1/2 at lot 200
    "500, 50, 3", // ISO H 50 3/4
    "1000, 80, 2", // ISO J 80 2/3
    "7, 7, 0" // a lot inspected in full
  })
  void aoqlAndAti_matchTheExactOracle(long lot, long sample, int c) {
    PlanCharacteristics pc = PlanCharacteristics.of(lot, sample, c);
    double aoql = CharacteristicsOracle.aoql(lot, sample, c).doubleValue();
    assertThat(pc.aoql().value())
        .as("AOQL N=%d n=%d c=%d", lot, sample, c)
        .isCloseTo(aoql, within(1e-12));
    assertThat(pc.averageOutgoingQuality(pc.aoql().defectives())).isCloseTo(aoql, within(1e-12));
    for (long d : new long[] {0, 1, 2, lot / 20, lot / 10, lot / 2, lot}) {
      assertThat(pc.averageTotalInspection(d))
          .as("ATI N=%d n=%d c=%d D=%d", lot, sample, c, d)
          .isCloseTo(CharacteristicsOracle.ati(lot, sample, c, d).doubleValue(), within(1e-9));
      assertThat(pc.acceptanceProbability(d))
          .as("Pa N=%d n=%d c=%d D=%d", lot, sample, c, d)
          .isCloseTo(
              CharacteristicsOracle.acceptance(lot, sample, c, d).doubleValue(), within(1e-12));
    }
  }

  @Test
  void fullInspection_leavesNothingOut_andInspectsEverything() {
    PlanCharacteristics pc = PlanCharacteristics.of(7, 7, 0);
    assertThat(pc.aoql().value()).isZero();
    assertThat(pc.averageTotalInspection(3)).isEqualTo(7.0);
  }

  @Test
  void noSample_acceptsEveryLot_andPassesItsProblemsOn() {
    PlanCharacteristics pc = PlanCharacteristics.of(10, 0, 0);
    assertThat(pc.acceptanceProbability(4)).isEqualTo(1.0);
    assertThat(pc.averageOutgoingQuality(4)).isCloseTo(0.4, within(1e-15));
    assertThat(pc.averageTotalInspection(4)).isZero();
  }

  @Test
  void properties_ocDecreasing_atiBetweenNAndLot_aoqBelowAoql() {
    qt().withFixedSeed(SEED)
        .withExamples(60)
        .forAll(integers().between(1, 300), integers().between(0, 1000), integers().between(0, 4))
        .checkAssert(
            (lot, share, c) -> {
              long n = (long) lot * share / 1000;
              PlanCharacteristics pc = PlanCharacteristics.of(lot, n, c);
              double aoql = pc.aoql().value();
              double previous = 1.0 + 1e-12;
              for (long d = 0; d <= lot; d++) {
                double pa = pc.acceptanceProbability(d);
                assertThat(pa)
                    .as("Pa N=%d n=%d c=%d D=%d", lot, n, c, d)
                    .isLessThanOrEqualTo(previous + 1e-12);
                previous = pa;
                assertThat(pc.averageTotalInspection(d))
                    .as("ATI N=%d n=%d c=%d D=%d", lot, n, c, d)
                    .isBetween(n - 1e-9, lot + 1e-9);
                assertThat(pc.averageOutgoingQuality(d))
                    .as("AOQ N=%d n=%d c=%d D=%d", lot, n, c, d)
                    .isLessThanOrEqualTo(aoql)
                    .isLessThanOrEqualTo((double) d / lot + 1e-15);
              }
            });
  }

  @Test
  void curve_spansZeroToTheMaximum_withoutRepeats() {
    List<PlanCharacteristics.Point> c = PlanCharacteristics.of(1000, 80, 2).curve(100, 11);
    assertThat(c).hasSize(11);
    assertThat(c.get(0).defectives()).isZero();
    assertThat(c.get(0).acceptanceProbability()).isEqualTo(1.0);
    assertThat(c.get(10).defectives()).isEqualTo(100);
    assertThat(c.get(10).rate()).isEqualTo(0.1);
    assertThat(PlanCharacteristics.of(10, 2, 0).curve(2, 5))
        .extracting(PlanCharacteristics.Point::defectives)
        .containsExactly(0L, 1L, 2L);
  }

  @Test
  void invalidValues_nameTheFieldAndTheValue() {
    assertThatThrownBy(() -> PlanCharacteristics.of(10, 11, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for sampleSize (valid values 0 - 10): 11");
    assertThatThrownBy(() -> PlanCharacteristics.of(10, 2, 0).acceptanceProbability(11))
        .hasMessage("Invalid value for defectives (valid values 0 - 10): 11");
    assertThatThrownBy(() -> PlanCharacteristics.of(0, 0, 0))
        .hasMessage("Invalid value for lotSize (valid values 1 - 2147483647): 0");
  }

  @Test
  void fullInspection_hasNoOutgoingQualityToSpeakOf_soTheAoqlIsAtNoDefectives() {
    PlanCharacteristics full = PlanCharacteristics.of(20, 20, 0);
    assertThat(full.aoql()).isEqualTo(new PlanCharacteristics.Aoql(0, 0.0, 0.0));
    PlanCharacteristics.Aoql a = PlanCharacteristics.of(50, 8, 1).aoql();
    assertThat(a.defectives()).isPositive();
    assertThat(a.rate()).isEqualTo((double) a.defectives() / 50);
    assertThat(a.value())
        .isEqualTo(PlanCharacteristics.of(50, 8, 1).averageOutgoingQuality(a.defectives()));
  }

  @Test
  void ranges_includeTheirEnds() {
    assertThat(PlanCharacteristics.of(Integer.MAX_VALUE, 0, 0).acceptanceProbability(5))
        .isEqualTo(1.0);
    assertThatThrownBy(() -> PlanCharacteristics.of(Integer.MAX_VALUE + 1L, 0, 0))
        .hasMessage("Invalid value for lotSize (valid values 1 - 2147483647): 2147483648");
    PlanCharacteristics one = PlanCharacteristics.of(1, 1, 0);
    assertThat(one.acceptanceProbability(1)).isZero();
    assertThat(one.curve(1, 2))
        .extracting(PlanCharacteristics.Point::defectives)
        .containsExactly(0L, 1L);
    PlanCharacteristics p = PlanCharacteristics.of(10, 3, 0);
    assertThat(p.curve(10, 2))
        .extracting(PlanCharacteristics.Point::defectives)
        .containsExactly(0L, 10L);
    assertThatThrownBy(() -> p.averageOutgoingQuality(11))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for defectives (valid values 0 - 10): 11");
    assertThatThrownBy(() -> p.averageOutgoingQuality(-1))
        .hasMessage("Invalid value for defectives (valid values 0 - 10): -1");
    assertThatThrownBy(() -> p.curve(11, 2))
        .hasMessage("Invalid value for maxDefectives (valid values 1 - 10): 11");
    assertThatThrownBy(() -> p.curve(0, 2))
        .hasMessage("Invalid value for maxDefectives (valid values 1 - 10): 0");
    assertThatThrownBy(() -> p.curve(10, 1))
        .hasMessage("Invalid value for points (valid values >= 2): 1");
  }
}
