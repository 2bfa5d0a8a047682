package org.siarchive.sampling.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The exact sign of linear forms in weights: zero forms found zero however their radicands are
 * written, and non-zero forms far below the first precision still given their sign.
 */
class ExactSignTest {

  private static Surd surd(long num, long den, long rad) {
    return new Surd(BigInteger.valueOf(num), BigInteger.valueOf(den), BigInteger.valueOf(rad));
  }

  private static Surd surd(BigInteger num, BigInteger den, BigInteger rad) {
    return new Surd(num, den, rad);
  }

  @Test
  void sign_emptyAndZeroTerms_isZero() {
    assertThat(new ExactSign().sign()).isZero();
    assertThat(new ExactSign().add(0, Surd.of(5)).sign()).isZero();
    assertThat(new ExactSign().add(3, Surd.ZERO).sign()).isZero();
    assertThat(new ExactSign().add(BigInteger.ZERO, surd(1, 1, 2)).sign()).isZero();
  }

  @Test
  void sign_rationalForms_exactly() {
    assertThat(new ExactSign().add(1, Surd.of(5)).sign()).isOne();
    assertThat(new ExactSign().add(-1, Surd.of(5)).sign()).isEqualTo(-1);
    // 1/3 - 1/3, and 3 x 1/3 - 1
    Surd third = surd(1, 3, 1);
    assertThat(new ExactSign().add(1, third).add(-1, third).sign()).isZero();
    assertThat(new ExactSign().add(3, third).add(-1, Surd.of(1)).sign()).isZero();
    // 1/3 + 1/6 - 1/2, accumulated in one coefficient
    assertThat(new ExactSign().add(1, third).add(1, surd(1, 6, 1)).add(-1, surd(1, 2, 1)).sign())
        .isZero();
    // (10^40 + 1) / 10^40 - 1 = 10^-40 > 0
    BigInteger tenTo40 = BigInteger.TEN.pow(40);
    Surd justAboveOne = surd(tenTo40.add(BigInteger.ONE), tenTo40, BigInteger.ONE);
    assertThat(new ExactSign().add(1, justAboveOne).add(-1, Surd.of(1)).sign()).isOne();
    assertThat(new ExactSign().add(-1, justAboveOne).add(1, Surd.of(1)).sign()).isEqualTo(-1);
  }

  @Test
  void sign_radicandsARationalSquareApart_mergedToZero() {
    // sqrt(53^2 x 3) = 53 sqrt(3): the radicands differ, the form is zero
    Surd a = surd(1, 1, 53L * 53 * 3);
    Surd b = surd(1, 1, 3);
    assertThat(new ExactSign().add(1, a).add(-53, b).sign()).isZero();
    assertThat(new ExactSign().add(1, a).add(-52, b).sign()).isOne();
    assertThat(new ExactSign().add(1, a).add(-54, b).sign()).isEqualTo(-1);
    // four radicands in two classes: sqrt(5) against sqrt(59^2 x 5) / 59, sqrt(53^2 x 3) against
    // 53 sqrt(3)
    Surd c = surd(1, 1, 5);
    Surd d = surd(1, 59, 59L * 59 * 5); // (1/59) x 59 sqrt(5) = sqrt(5)
    assertThat(new ExactSign().add(2, a).add(-106, b).add(1, c).add(-1, d).sign()).isZero();
    assertThat(new ExactSign().add(1, c).add(-1, d).add(1, a).add(-53, b).sign()).isZero();
    // but a rational left over is not zero
    assertThat(
            new ExactSign()
                .add(1, c)
                .add(-1, d)
                .add(1, a)
                .add(-53, b)
                .add(1, surd(1, 10, 1))
                .sign())
        .isOne();
    // three radicands no rational square apart: sqrt(2) + sqrt(3) - sqrt(10) = -0.016
    assertThat(
            new ExactSign()
                .add(1, surd(1, 1, 2))
                .add(1, surd(1, 1, 3))
                .add(-1, surd(1, 1, 10))
                .sign())
        .isEqualTo(-1);
  }

  @Test
  void sign_differenceFarBelowFortyDigits_stillDecided() {
    // sqrt(n^2 + 1) - n - 1/(2n) = -1/(8 n^3) + ..., with n = 10^30: about -1.25e-91 against terms
    // of 1e30
    BigInteger n = BigInteger.TEN.pow(30);
    Surd root = surd(BigInteger.ONE, BigInteger.ONE, n.pow(2).add(BigInteger.ONE));
    Surd half = surd(BigInteger.ONE, n.shiftLeft(1), BigInteger.ONE);
    Surd whole = surd(n, BigInteger.ONE, BigInteger.ONE);
    ExactSign form = new ExactSign().add(1, root).add(-1, whole).add(-1, half);
    assertThat(form.sign()).isEqualTo(-1);
    assertThat(ExactSign.scaled(form, BigInteger.valueOf(-3)).sign()).isOne();
    assertThat(ExactSign.scaled(form, BigInteger.ZERO).sign()).isZero();
  }

  @Test
  void scaled_multipliesEveryTerm_andLeavesTheBaseAlone() {
    ExactSign base = new ExactSign().add(2, surd(1, 1, 2)).add(-3, Surd.of(1)); // 2.83 - 3 < 0
    assertThat(base.sign()).isEqualTo(-1);
    ExactSign twice = ExactSign.scaled(base, BigInteger.valueOf(-2)).add(6, Surd.of(1));
    // -2 (2 sqrt(2) - 3) + 6 = 12 - 4 sqrt(2) > 0; the base is unchanged
    assertThat(twice.sign()).isOne();
    assertThat(base.sign()).isEqualTo(-1);
    // factor 1: the same form; adding to the copy leaves the base alone
    ExactSign copy = ExactSign.scaled(base, BigInteger.ONE).add(3, Surd.of(1));
    assertThat(copy.sign()).isOne();
    assertThat(base.sign()).isEqualTo(-1);
    // scaled then cancelled exactly: -2 (2 sqrt(2) - 3) + 4 sqrt(2) - 6 = 0
    assertThat(
            ExactSign.scaled(base, BigInteger.valueOf(-2))
                .add(4, surd(1, 1, 2))
                .add(-6, Surd.of(1))
                .sign())
        .isZero();
  }
}
