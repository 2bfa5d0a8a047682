package org.siarchive.sampling.size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.siarchive.sampling.InfeasibleRequestException;

/**
 * Properties of attribute sample sizes, against the slow exact oracle and each other. Rates are
 * whole percents and betas whole percents, so every boundary is a rational the oracle decides
 * exactly.
 */
class AttributeSamplingProperties {

  private static BigDecimal percent(int p) {
    return BigDecimal.valueOf(p, 2);
  }

  private static int size(int ptPercent, int betaPercent, Integer population, int c) {
    SampleSizeRequest.Builder b =
        SampleSizeRequest.builder()
            .tolerableRate(percent(ptPercent))
            .confidence(BigDecimal.ONE.subtract(percent(betaPercent)))
            .acceptanceNumber(c);
    if (population != null) {
      b.population(population);
    }
    return AttributeSampling.sampleSize(b.build()).sampleSize();
  }

  @Test
  void binomialSize_equalsExactOracle() {
    qt().withFixedSeed(20240501L)
        .withExamples(60)
        .forAll(integers().between(3, 30), integers().between(1, 20), integers().between(0, 3))
        .checkAssert(
            (pt, beta, c) ->
                assertThat(size(pt, beta, null, c))
                    .as("p_t=%d%% beta=%d%% c=%d", pt, beta, c)
                    .isEqualTo(
                        ExactOracle.sampleSize(percent(pt), percent(beta), null, c, null, 5_000)));
  }

  @Test
  void hypergeometricSize_equalsExactOracle_andIsAtMostN() {
    qt().withFixedSeed(7L)
        .withExamples(80)
        .forAll(
            integers().between(1, 250),
            integers().between(1, 40),
            integers().between(1, 20),
            integers().between(0, 3))
        .checkAssert(
            (bigN, pt, beta, c) -> {
              int expected =
                  ExactOracle.sampleSize(percent(pt), percent(beta), bigN, c, null, bigN);
              if (ExactOracle.defectives(bigN, percent(pt)) <= c) {
                assertThat(expected).isEqualTo(-1);
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> size(pt, beta, bigN, c))
                    .isInstanceOf(InfeasibleRequestException.class);
              } else {
                int n = size(pt, beta, bigN, c);
                assertThat(n)
                    .as("N=%d p_t=%d%% beta=%d%% c=%d", bigN, pt, beta, c)
                    .isEqualTo(expected);
                assertThat(n).isLessThanOrEqualTo(bigN);
              }
            });
  }

  @Test
  void expectedRateSize_equalsExactOracle() {
    qt().withFixedSeed(99L)
        .withExamples(40)
        .forAll(integers().between(4, 30), integers().between(1, 20), integers().between(0, 50))
        .checkAssert(
            (pt, beta, peTenthOfPercent) -> {
              BigDecimal pe = BigDecimal.valueOf(peTenthOfPercent * (long) pt, 4); // p_e <= p_t / 2
              SampleSize s =
                  AttributeSampling.sampleSize(
                      SampleSizeRequest.builder()
                          .tolerableRate(percent(pt))
                          .confidence(BigDecimal.ONE.subtract(percent(beta)))
                          .expectedRate(pe)
                          .build());
              assertThat(s.sampleSize())
                  .as("p_t=%d%% beta=%d%% p_e=%s", pt, beta, pe)
                  .isEqualTo(
                      ExactOracle.sampleSize(percent(pt), percent(beta), null, 0, pe, 20_000));
            });
  }

  @Test
  void size_nonDecreasingInC_nonIncreasingInRateAndBeta() {
    qt().withFixedSeed(3L)
        .withExamples(60)
        .forAll(
            integers().between(2, 29),
            integers().between(1, 19),
            integers().between(0, 4),
            integers().between(0, 1))
        .checkAssert(
            (pt, beta, c, withPopulation) -> {
              Integer bigN =
                  withPopulation == 1 ? 2_000 : null; // p_t N an integer for whole percents
              int n = size(pt, beta, bigN, c);
              assertThat(size(pt, beta, bigN, c + 1)).isGreaterThanOrEqualTo(n);
              assertThat(size(pt + 1, beta, bigN, c)).isLessThanOrEqualTo(n);
              assertThat(size(pt, beta + 1, bigN, c)).isLessThanOrEqualTo(n);
            });
  }

  @Test
  void hypergeometricSize_nonDecreasingInN_whereRateTimesNIsWhole_andTendsToBinomial() {
    qt().withFixedSeed(11L)
        .withExamples(40)
        .forAll(
            integers().between(1, 40),
            integers().between(2, 20),
            integers().between(1, 10),
            integers().between(0, 3))
        .checkAssert(
            (hundreds, pt, beta, c) -> {
              int bigN = hundreds * 100;
              if (pt * hundreds <= c) {
                return; // D <= c: no size exists (covered above)
              }
              int n = size(pt, beta, bigN, c);
              int binomial = size(pt, beta, null, c);
              assertThat(size(pt, beta, bigN + 100, c)).as("N=%d", bigN).isGreaterThanOrEqualTo(n);
              assertThat(n).isLessThanOrEqualTo(binomial);
              assertThat(size(pt, beta, 10_000_000, c)).isEqualTo(binomial);
            });
  }
}
