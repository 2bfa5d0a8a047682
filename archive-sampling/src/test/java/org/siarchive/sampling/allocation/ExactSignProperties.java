package org.siarchive.sampling.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Surd#compareScaled} and {@link ExactSign#sign} against 200-digit decimals. The weights are
 * built to tie: a radicand from a few classes that are rational squares apart ({@code 3}, {@code
 * 12}, {@code 53^2 x 3}, ...), parts from 1 to past 2^62. The forms have coefficients below 100
 * over at most five such weights, so a non-zero form is far above {@code 10^-150} and the oracle's
 * threshold separates zero from non-zero.
 */
class ExactSignProperties {
  private static final MathContext MC = new MathContext(200);
  private static final BigDecimal ZERO_BELOW = new BigDecimal("1e-150");

  /** Radicands: 1 and three classes (2, 3, 5), each written with and without square factors. */
  private static final long[] RADICANDS = {
    1, 4, 2, 8, 18, 2L * 61 * 61, 3, 12, 27, 53L * 53 * 3, 5, 45, 59L * 59 * 5, 1L << 40
  };

  private static Gen<BigInteger> part() {
    Gen<Long> small = longs().between(1, 60);
    Gen<Long> wide = longs().between(1L << 30, (1L << 32) + 5);
    Gen<Long> huge = longs().between(1L << 53, Long.MAX_VALUE);
    return small.mix(wide, 30).mix(huge, 20).map(BigInteger::valueOf);
  }

  private static Gen<Surd> surd() {
    return part()
        .zip(
            part(),
            integers().between(0, RADICANDS.length - 1),
            (n, d, r) -> new Surd(n, d, BigInteger.valueOf(RADICANDS[r])));
  }

  private static BigDecimal value(Surd s) {
    return new BigDecimal(s.num)
        .divide(new BigDecimal(s.den), MC)
        .multiply(new BigDecimal(s.rad).sqrt(MC), MC);
  }

  private static int oracleSign(BigDecimal value, BigDecimal scale) {
    return value.abs().compareTo(scale.multiply(ZERO_BELOW)) <= 0 ? 0 : value.signum();
  }

  @Test
  void compareScaled_matchesDecimals() {
    Gen<Long> scale = longs().between(0, 40).mix(longs().between((1L << 31) - 3, (1L << 31) + 3));
    qt().withFixedSeed(2859L)
        .withExamples(400)
        .forAll(surd(), scale, scale, surd())
        .checkAssert(
            (x, a, b, y) -> {
              BigDecimal left = value(x).multiply(BigDecimal.valueOf(a), MC);
              BigDecimal right = value(y).multiply(BigDecimal.valueOf(b), MC);
              int expected = oracleSign(left.subtract(right), left.abs().add(right.abs()));
              assertThat(x.compareScaled(a, b, y))
                  .as("%d x %s against %d x %s", a, value(x).round(MathContext.DECIMAL64), b, y)
                  .isEqualTo(expected);
              // (a / b) x, written with the factors inside and a radicand 61^2 times larger, ties
              if (b > 0) {
                BigInteger a61 = BigInteger.valueOf(a);
                BigInteger b61 = BigInteger.valueOf(b).multiply(BigInteger.valueOf(61));
                Surd tie =
                    new Surd(
                        x.num.multiply(a61),
                        x.den.multiply(b61),
                        x.rad.multiply(BigInteger.valueOf(61 * 61)));
                assertThat(x.compareScaled(a, b, tie))
                    .as("%d x %s against %d x %s", a, x, b, tie)
                    .isZero();
              }
            });
  }

  @Test
  void sign_matchesDecimals_andFindsTheZeroOfAFormMinusItsValue() {
    qt().withFixedSeed(1999L)
        .withExamples(300)
        .forAll(
            lists()
                .of(integers().between(-3, 3).mix(integers().between(-99, 99)))
                .ofSizeBetween(1, 5),
            lists().of(integers().between(0, RADICANDS.length - 1)).ofSize(5),
            lists().of(integers().between(1, 4).mix(integers().between(1, 60))).ofSize(10))
        .checkAssert(
            (coefficients, radicands, parts) -> {
              ExactSign form = new ExactSign();
              ExactSign negated = new ExactSign();
              BigDecimal value = BigDecimal.ZERO;
              BigDecimal scale = BigDecimal.ZERO;
              for (int i = 0; i < coefficients.size(); i++) {
                Surd w =
                    new Surd(
                        BigInteger.valueOf(parts.get(2 * i)),
                        BigInteger.valueOf(parts.get(2 * i + 1)),
                        BigInteger.valueOf(RADICANDS[radicands.get(i)]));
                form.add(coefficients.get(i), w);
                negated.add(-coefficients.get(i), w);
                BigDecimal term = value(w).multiply(BigDecimal.valueOf(coefficients.get(i)), MC);
                value = value.add(term, MC);
                scale = scale.add(term.abs(), MC);
              }
              int expected = oracleSign(value, scale);
              // the form minus itself, each weight written again with a square factor m^2 inside
              // its radicand (m = 2 is taken out again, m = 61 is not): exactly zero
              for (long m : new long[] {2, 61}) {
                ExactSign zero = ExactSign.scaled(form, BigInteger.ONE);
                for (int i = 0; i < coefficients.size(); i++) {
                  zero.add(
                      -coefficients.get(i),
                      new Surd(
                          BigInteger.valueOf(parts.get(2 * i)),
                          BigInteger.valueOf(parts.get(2 * i + 1) * m),
                          BigInteger.valueOf(RADICANDS[radicands.get(i)] * m * m)));
                }
                assertThat(zero.sign())
                    .as("%s over %s, m = %d", coefficients, radicands, m)
                    .isZero();
              }
              assertThat(form.sign()).as("%s over %s", coefficients, radicands).isEqualTo(expected);
              assertThat(negated.sign()).isEqualTo(-expected);
              assertThat(ExactSign.scaled(form, BigInteger.valueOf(7)).sign()).isEqualTo(expected);
            });
  }
}
