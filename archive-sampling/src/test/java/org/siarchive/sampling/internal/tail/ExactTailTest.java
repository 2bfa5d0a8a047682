package org.siarchive.sampling.internal.tail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siarchive.sampling.size.ExactOracle.choose;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ExactTailTest {

  private static Rational r(String decimal) {
    return Rational.of(new BigDecimal(decimal));
  }

  @Test
  void compareBinomial_everyTrialNonconforming_tailIsOneAtCEqualToN_zeroBelow() {
    // at p = 1 every one of the n trials is nonconforming: P(X <= n) = 1, P(X <= n - 1) = 0
    assertThat(ExactTail.compareBinomial(3, 3, r("1"), r("0.5"))).isPositive();
    assertThat(ExactTail.compareBinomial(3, 3, r("1"), r("1"))).isZero();
    assertThat(ExactTail.compareBinomial(3, 4, r("1"), r("0.5"))).isPositive();
    assertThat(ExactTail.compareBinomial(3, 2, r("1"), r("0.5"))).isNegative();
    assertThat(ExactTail.compareBinomial(3, 2, r("1"), r("0"))).isZero();
  }

  @Test
  void compareHypergeometric_smallLots_agreeWithTheExactFraction() {
    // every lot of N <= 12 units, every D, n, c: P(X <= c) = sum C(D,x) C(N-D,n-x) / C(N,n)
    // against bounds at, just below and just above it (8 digits), also where D = n, D < n and
    // n > N - D (the support not starting at 0)
    int checked = 0;
    for (int bigN = 1; bigN <= 12; bigN++) {
      for (int d = 0; d <= bigN; d++) {
        for (int n = 1; n <= bigN; n++) {
          BigInteger total = choose(bigN, n);
          BigInteger favourable = BigInteger.ZERO;
          for (int c = 0; c <= n; c++) {
            favourable = favourable.add(choose(d, c).multiply(choose(bigN - d, n - c)));
            BigDecimal tail =
                new BigDecimal(favourable).divide(new BigDecimal(total), 8, RoundingMode.FLOOR);
            for (BigDecimal bound :
                new BigDecimal[] {
                  tail,
                  tail.add(new BigDecimal("1e-8")),
                  tail.subtract(new BigDecimal("1e-8")).max(BigDecimal.ZERO)
                }) {
              int expected =
                  new BigDecimal(favourable).compareTo(bound.multiply(new BigDecimal(total)));
              assertThat(
                      Integer.signum(
                          ExactTail.compareHypergeometric(bigN, d, n, c, Rational.of(bound))))
                  .as("N=%d D=%d n=%d c=%d bound=%s", bigN, d, n, c, bound)
                  .isEqualTo(expected);
              checked++;
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void compareHypergeometric_handComputedTails() {
    // N = 10, D = 5, n = 4: P(X <= 2) = (C(5,0)C(5,4) + C(5,1)C(5,3) + C(5,2)C(5,2)) / C(10,4)
    // = (5 + 50 + 100) / 210 = 0.738095...
    assertThat(ExactTail.compareHypergeometric(10, 5, 4, 2, r("0.738"))).isPositive();
    assertThat(ExactTail.compareHypergeometric(10, 5, 4, 2, r("0.7381"))).isNegative();
    // N = 10, D = 8, n = 4: at least 2 marked units in any sample; P(X <= 3) = 1 - 70/210 = 2/3
    assertThat(ExactTail.compareHypergeometric(10, 8, 4, 3, r("0.6666"))).isPositive();
    assertThat(ExactTail.compareHypergeometric(10, 8, 4, 3, r("0.6667"))).isNegative();
    // D = n = 2 of N = 4: P(X = 0) = C(2,2) / C(4,2) = 1/6
    assertThat(ExactTail.compareHypergeometric(4, 2, 2, 0, r("0.1666"))).isPositive();
    assertThat(ExactTail.compareHypergeometric(4, 2, 2, 0, r("0.1667"))).isNegative();
    // D = 1 < n = 5 of N = 10: P(X = 0) = C(9,5) / C(10,5) = 1/2 exactly
    assertThat(ExactTail.compareHypergeometric(10, 1, 5, 0, r("0.5"))).isZero();
    assertThat(ExactTail.compareHypergeometric(10, 1, 5, 0, r("0.25"))).isPositive();
  }
}
