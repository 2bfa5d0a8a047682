package org.siarchive.sampling.internal.tail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;
import org.junit.jupiter.api.Test;

class HypergeometricTailProperties {

  @Test
  void lowerTail_agreesWithCommonsStatistics() {
    qt().withFixedSeed(17L)
        .withExamples(300)
        .forAll(
            integers().between(1, 5_000),
            integers().between(0, 1_000),
            integers().between(0, 1_000),
            integers().between(0, 10))
        .checkAssert(
            (bigN, dPerMille, nPerMille, c) -> {
              int d = (int) ((long) bigN * dPerMille / 1000);
              int n = Math.max(1, (int) ((long) bigN * nPerMille / 1000));
              double expected = HypergeometricDistribution.of(bigN, d, n).cumulativeProbability(c);
              double actual = HypergeometricTail.lowerTail(bigN, d, n, c);
              assertThat(actual)
                  .as("N=%d D=%d n=%d c=%d", bigN, d, n, c)
                  .isCloseTo(expected, within(1e-12 + 1e-10 * expected));
            });
  }

  @Test
  void lowerTail_largePopulation_matchesExactFraction() {
    int bigN = 10_000_000;
    int d = 500_000;
    int n = 93;
    BigInteger favourable = BigInteger.ZERO;
    for (int x = 0; x <= 1; x++) {
      favourable =
          favourable.add(
              com.google.common.math.BigIntegerMath.binomial(d, x)
                  .multiply(com.google.common.math.BigIntegerMath.binomial(bigN - d, n - x)));
    }
    double exact =
        new BigDecimal(favourable)
            .divide(
                new BigDecimal(com.google.common.math.BigIntegerMath.binomial(bigN, n)),
                MathContext.DECIMAL64)
            .doubleValue();
    assertThat(HypergeometricTail.lowerTail(bigN, d, n, 1)).isCloseTo(exact, within(1e-15));
  }

  @Test
  void exactTail_hypergeometricAndBinomial_decideEqualityAsZero() {
    assertThat(ExactTail.compareHypergeometric(4, 2, 1, 0, Rational.of(new BigDecimal("0.5"))))
        .isZero();
    assertThat(
            ExactTail.compareBinomial(
                2, 0, Rational.of(new BigDecimal("0.5")), Rational.of(new BigDecimal("0.25"))))
        .isZero();
    assertThat(
            ExactTail.compareBinomial(
                93, 1, Rational.of(new BigDecimal("0.05")), Rational.of(new BigDecimal("0.05"))))
        .isNegative();
    assertThat(
            ExactTail.compareBinomial(
                92, 1, Rational.of(new BigDecimal("0.05")), Rational.of(new BigDecimal("0.05"))))
        .isPositive();
  }
}
