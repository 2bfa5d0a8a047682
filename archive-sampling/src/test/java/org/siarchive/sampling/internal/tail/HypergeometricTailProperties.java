package org.siarchive.sampling.internal.tail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
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
  void lowerTail_firstTermBelowTheDoubleRange_rescaledAsTheSumGrows() {
    // P(X = 0) = C(50000, 3000) / C(100000, 3000) is about 2^-3000: the sum is carried scaled by
    // 2^-500 steps, and brought back as it passes 2^500
    for (int c : new int[] {1200, 1450, 1500, 1550, 1800}) {
      double expected =
          HypergeometricDistribution.of(100_000, 50_000, 3_000).cumulativeProbability(c);
      assertThat(HypergeometricTail.lowerTail(100_000, 50_000, 3_000, c))
          .as("c=%d", c)
          .isCloseTo(expected, within(1e-12 + 1e-9 * expected));
    }
    assertThat(HypergeometricTail.lowerTail(100_000, 50_000, 3_000, 1500)).isBetween(0.5, 0.53);
    // far in the tail the result underflows to 0, as the exact value is below the double range
    assertThat(HypergeometricTail.lowerTail(100_000, 50_000, 3_000, 10)).isZero();
  }

  @Test
  void lowerTail_cAtTheMostMarkedUnitsASampleCanHold_isExactlyOne() {
    // a sample of n holds at most min(n, D) marked units, so P(X <= min(n, D)) is 1 exactly, not
    // a sum of terms rounded to 0.9999999999999999
    assertThat(HypergeometricTail.lowerTail(10, 3, 2, 2)).isEqualTo(1.0);
    assertThat(HypergeometricTail.lowerTail(10, 5, 3, 3)).isEqualTo(1.0);
    assertThat(HypergeometricTail.lowerTail(12, 4, 3, 3)).isEqualTo(1.0);
    assertThat(HypergeometricTail.lowerTail(10, 2, 3, 2)).isEqualTo(1.0);
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

  @Test
  void lowerTail_symmetricInSampleAndMarkedUnits() {
    qt().withFixedSeed(23L)
        .withExamples(200)
        .forAll(
            integers().between(1, 3_000),
            integers().between(0, 1_000),
            integers().between(0, 1_000),
            integers().between(0, 6))
        .checkAssert(
            (bigN, dPerMille, nPerMille, c) -> {
              int d = (int) ((long) bigN * dPerMille / 1000);
              int n = Math.max(1, (int) ((long) bigN * nPerMille / 1000));
              double expected = HypergeometricDistribution.of(bigN, d, n).cumulativeProbability(c);
              if (d >= 1) {
                assertThat(HypergeometricTail.lowerTail(bigN, n, d, c))
                    .as("N=%d D=%d n=%d c=%d swapped", bigN, d, n, c)
                    .isCloseTo(expected, within(1e-12 + 1e-10 * expected));
              }
            });
  }

  /** The exact tail as a decimal: with p = a / 10^k every term is a terminating decimal. */
  private static BigDecimal binomialTail(int n, int c, BigDecimal p) {
    BigDecimal q = BigDecimal.ONE.subtract(p);
    BigDecimal tail = BigDecimal.ZERO;
    for (int x = 0; x <= Math.min(c, n); x++) {
      tail =
          tail.add(
              new BigDecimal(com.google.common.math.BigIntegerMath.binomial(n, x))
                  .multiply(p.pow(x))
                  .multiply(q.pow(n - x)));
    }
    return tail;
  }

  @Test
  void binomialBounds_bracketTheExactTail() {
    qt().withFixedSeed(29L)
        .withExamples(200)
        .forAll(integers().between(1, 400), integers().between(0, 12), integers().between(1, 999))
        .checkAssert(
            (n, c, perMille) -> {
              BigDecimal p = BigDecimal.valueOf(perMille, 3);
              Rational rate = Rational.of(p);
              BigDecimal exact = binomialTail(n, c, p);
              BigDecimal low = ExactTail.binomialBound(n, c, rate, RoundingMode.FLOOR);
              BigDecimal high = ExactTail.binomialBound(n, c, rate, RoundingMode.CEILING);
              assertThat(low).as("n=%d c=%d p=%s", n, c, p).isLessThanOrEqualTo(exact);
              assertThat(high).as("n=%d c=%d p=%s", n, c, p).isGreaterThanOrEqualTo(exact);
              if (exact.signum() > 0) {
                assertThat(high.subtract(low).divide(exact, MathContext.DECIMAL64))
                    .isLessThan(new BigDecimal("1e-50"));
              }
            });
  }

  @Test
  void compareBinomial_agreesWithTheExactDecimal_evenAtEquality() {
    qt().withFixedSeed(31L)
        .withExamples(200)
        .forAll(
            integers().between(1, 200),
            integers().between(0, 8),
            integers().between(1, 99),
            integers().between(-1, 1))
        .checkAssert(
            (n, c, percent, side) -> {
              BigDecimal p = BigDecimal.valueOf(percent, 2);
              BigDecimal exact = binomialTail(n, c, p);
              // a bound just below, at, or just above the exact tail (a terminating decimal)
              BigDecimal bound =
                  exact.add(BigDecimal.valueOf(side).movePointLeft(exact.scale() + 1));
              int expected = exact.compareTo(bound);
              assertThat(
                      Integer.signum(
                          ExactTail.compareBinomial(n, c, Rational.of(p), Rational.of(bound))))
                  .as("n=%d c=%d p=%s side=%d", n, c, p, side)
                  .isEqualTo(expected);
            });
  }
}
