package org.siarchive.sampling.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * The exact weights: their canonical form (lowest terms, the radicand free of perfect squares and
 * of the squares of the primes up to 47), their square, their double approximation, and the exact
 * comparison of scaled weights on each of its paths (64-bit, 128-bit, big integers).
 */
class SurdTest {
  private static final MathContext MC = new MathContext(80);

  private static Surd surd(long num, long den, long rad) {
    return new Surd(BigInteger.valueOf(num), BigInteger.valueOf(den), BigInteger.valueOf(rad));
  }

  private static Surd surd(BigInteger num, BigInteger den, BigInteger rad) {
    return new Surd(num, den, rad);
  }

  /** The primes up to 47, multiplied: 614889782588491410. */
  private static final BigInteger PRIMORIAL_47 = new BigInteger("614889782588491410");

  /** The primes up to 23, multiplied: 223092870, whose square times 2 still fits in a long. */
  private static final long PRIMORIAL_23 = 223_092_870L;

  private static void assertForm(Surd s, long num, long den, long rad) {
    assertThat(new long[] {s.num.longValueExact(), s.den.longValueExact(), s.rad.longValueExact()})
        .as("(num, den, rad)")
        .containsExactly(num, den, rad);
  }

  /** The oracle: (num / den) sqrt(rad) to 80 digits. */
  static BigDecimal value(BigInteger num, BigInteger den, BigInteger rad) {
    return new BigDecimal(num)
        .divide(new BigDecimal(den), MC)
        .multiply(new BigDecimal(rad).sqrt(MC), MC);
  }

  @Test
  void new_reducesToLowestTerms_andPullsOutSquareFactors() {
    // (3 / 6) sqrt(12) = (1/2) 2 sqrt(3) = sqrt(3)
    assertForm(surd(3, 6, 12), 1, 1, 3);
    assertForm(surd(6, 4, 1), 3, 2, 1);
    // a perfect square radicand leaves a rational
    assertForm(surd(2, 3, 49), 14, 3, 1);
    assertForm(surd(5, 7, 1L << 62), 5L << 31, 7, 1);
    // a prime's square taken out as often as it divides: 96 = 4 x 4 x 6
    assertForm(surd(1, 1, 96), 4, 1, 6);
    assertForm(surd(1, 5, 2 * 27 * 125), 3, 1, 30);
    // every small prime's square, in a radicand that fits in 63 bits
    assertForm(surd(1, 1, PRIMORIAL_23 * PRIMORIAL_23 * 2), PRIMORIAL_23, 1, 2);
    assertForm(surd(1, 47, 47L * 47 * 43 * 43 * 3), 43, 1, 3);
  }

  @Test
  void new_radicandBeyond63Bits_reducedTheSameWay() {
    BigInteger rad = PRIMORIAL_47.pow(2).multiply(BigInteger.valueOf(2));
    assertThat(rad.bitLength()).isGreaterThan(63);
    Surd s = surd(BigInteger.ONE, BigInteger.valueOf(3), rad);
    assertThat(s.num).isEqualTo(PRIMORIAL_47.divide(BigInteger.valueOf(3)));
    assertThat(s.den).isEqualTo(BigInteger.ONE);
    assertThat(s.rad).isEqualTo(BigInteger.TWO);
    // 2^61 - 1 is prime: 4 x 9 x it keeps it, with 6 outside
    BigInteger mersenne = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);
    Surd m = surd(BigInteger.ONE, BigInteger.ONE, mersenne.multiply(BigInteger.valueOf(36)));
    assertThat(m.num).isEqualTo(BigInteger.valueOf(6));
    assertThat(m.rad).isEqualTo(mersenne);
    // a perfect square beyond 63 bits
    Surd whole = surd(BigInteger.ONE, BigInteger.ONE, mersenne.pow(2));
    assertThat(whole.num).isEqualTo(mersenne);
    assertThat(whole.rad).isEqualTo(BigInteger.ONE);
  }

  @Test
  void zero_hasTheFormOfZero_whateverItWasBuiltFrom() {
    Surd z = surd(0, 7, 5);
    assertThat(z.isZero()).isTrue();
    assertForm(z, 0, 1, 1);
    assertForm(Surd.ZERO, 0, 1, 1);
    assertThat(z.approx).isZero();
    assertThat(z.numSquare).isZero();
    assertThat(z.denSquare).isEqualTo(BigInteger.ONE);
    assertThat(Surd.of(3).isZero()).isFalse();
    assertForm(Surd.of(12), 12, 1, 1);
  }

  @Test
  void square_isTheSquareOfTheWeight() {
    Surd s = surd(3, 10, 12); // (3/10) 2 sqrt(3) = (3/5) sqrt(3): square 27/25
    assertThat(s.numSquare).isEqualTo(BigInteger.valueOf(27));
    assertThat(s.denSquare).isEqualTo(BigInteger.valueOf(25));
    Surd r = surd(7, 9, 1);
    assertThat(r.numSquare).isEqualTo(BigInteger.valueOf(49));
    assertThat(r.denSquare).isEqualTo(BigInteger.valueOf(81));
  }

  @Test
  void approx_isWithinTwoToTheMinus50_onTheDoubleAndTheDecimalPaths() {
    BigInteger big = BigInteger.ONE.shiftLeft(60).add(BigInteger.ONE);
    BigInteger mersenne = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);
    BigInteger[][] cases = {
      {BigInteger.ONE, BigInteger.valueOf(3), BigInteger.ONE},
      {BigInteger.valueOf(7), BigInteger.valueOf(3), BigInteger.valueOf(2)},
      {BigInteger.valueOf(1000), BigInteger.valueOf(7), BigInteger.valueOf(4751)},
      {big, BigInteger.valueOf(3), BigInteger.ONE},
      {BigInteger.valueOf(3), big, BigInteger.ONE},
      {BigInteger.ONE, BigInteger.valueOf(7), mersenne},
      {big, mersenne, BigInteger.valueOf(5)},
      {big.pow(3), BigInteger.ONE, mersenne},
      // one part past 64 bits, the others small
      {big.pow(2), BigInteger.valueOf(7), BigInteger.ONE},
      {BigInteger.valueOf(7), big.pow(2), BigInteger.ONE},
      {BigInteger.valueOf(7), BigInteger.valueOf(3), big.pow(2).add(BigInteger.TWO)},
      // in lowest terms already; three roundings to 16 digits
      // put it 5.3 x 2^-52 off
      {
        new BigInteger("5082302661633459365"),
        BigInteger.valueOf(491_270_630_678L),
        BigInteger.valueOf(1_091_451_174_826L)
      },
    };
    for (BigInteger[] c : cases) {
      Surd s = surd(c[0], c[1], c[2]);
      BigDecimal exact = value(c[0], c[1], c[2]);
      BigDecimal error = new BigDecimal(s.approx).subtract(exact).abs();
      assertThat(error)
          .as("(%s / %s) sqrt(%s) ~ %s", c[0], c[1], c[2], s.approx)
          .isLessThanOrEqualTo(exact.multiply(BigDecimal.valueOf(Math.scalb(1.0, -50))));
    }
  }

  @Test
  void compareScaled_equalValuesInOtherForms_areEqual() {
    // 53 is not a small prime: sqrt(53^2 x 3) keeps its radicand, yet equals 53 sqrt(3)
    Surd a = surd(1, 1, 53L * 53 * 3);
    Surd b = surd(53, 1, 3);
    assertThat(a.rad).isNotEqualTo(b.rad);
    assertThat(a.compareScaled(1, 1, b)).isZero();
    assertThat(b.compareScaled(1, 1, a)).isZero();
    assertThat(a.compareScaled(2, 1, b)).isOne();
    assertThat(a.compareScaled(1, 2, b)).isEqualTo(-1);
    // 2 sqrt(2) against 1 x sqrt(8), and 3 x (1/3) against 1
    assertThat(surd(1, 1, 2).compareScaled(2, 1, surd(1, 1, 8))).isZero();
    assertThat(surd(1, 3, 1).compareScaled(3, 1, Surd.of(1))).isZero();
    assertThat(Surd.of(5).compareScaled(7, 7, Surd.of(5))).isZero();
    assertThat(Surd.of(5).compareScaled(7, 6, Surd.of(5))).isOne();
    // sqrt(2) against 1.4142 and 1.4143
    Surd root2 = surd(1, 1, 2);
    assertThat(root2.compareScaled(10_000, 1, Surd.of(14_142))).isOne();
    assertThat(root2.compareScaled(10_000, 1, Surd.of(14_143))).isEqualTo(-1);
    assertThat(Surd.of(14_142).compareScaled(1, 10_000, root2)).isEqualTo(-1);
    assertThat(Surd.ZERO.compareScaled(1, 0, root2)).isZero();
    assertThat(Surd.ZERO.compareScaled(1, 1, root2)).isEqualTo(-1);
    // the same scale, numerator and denominator, other radicands
    assertThat(root2.compareScaled(1, 1, surd(1, 1, 3))).isEqualTo(-1);
    assertThat(surd(1, 1, 3).compareScaled(1, 1, root2)).isOne();
  }

  @Test
  void compareScaled_productsPast64And128Bits_stayExact() {
    // squares below 2^62 (denominators near 2^30), products a^2 n_x d_y past 63 bits: 128 bits
    long d = 1L << 30;
    Surd x = surd(1, d, 1);
    Surd y = surd(1, d + 1, 1);
    // 9 (d + 1)^2 against 9 d^2: one word each, the top bit set
    assertThat(x.compareScaled(3, 3, y)).isOne();
    assertThat(y.compareScaled(3, 3, x)).isEqualTo(-1);
    // 16 (d + 1)^2 = 2^64 + 2^35 + 16 against 16 d^2 = 2^64: equal high words
    assertThat(x.compareScaled(4, 4, y)).isOne();
    assertThat(y.compareScaled(4, 4, x)).isEqualTo(-1);
    // high words apart
    assertThat(x.compareScaled(1 << 20, 1 << 20, y)).isOne();
    assertThat(y.compareScaled(1 << 20, 1 << 20, x)).isEqualTo(-1);
    // d / d against (d + 1) / (d + 1): equal, each side about 2^120
    assertThat(x.compareScaled(d, d + 1, y)).isZero();
    assertThat(x.compareScaled(d, d + 2, y)).isEqualTo(-1);
    assertThat(y.compareScaled(d + 1, d, x)).isZero();
    // a^2 n_x itself past 63 bits: big integers
    Surd three = surd(3, d, 1);
    assertThat(three.compareScaled(d + 1, d, surd(3, d + 1, 1))).isOne();
    assertThat(three.compareScaled(d, d + 1, surd(3, d + 1, 1))).isZero();
    assertThat(surd(3, d + 1, 1).compareScaled(d, d + 1, three)).isEqualTo(-1);
    // squares past 64 bits against small ones: never read as longs
    Surd wideWhole = Surd.of(3L << 32);
    Surd wideFraction = surd(1, 3L << 32, 1);
    assertThat(wideWhole.compareScaled(1, 1, Surd.of(5))).isOne();
    assertThat(Surd.of(5).compareScaled(1, 1, wideWhole)).isEqualTo(-1);
    assertThat(wideWhole.compareScaled(1, 1, Surd.of((1L << 33) + 1))).isOne();
    assertThat(wideFraction.compareScaled(1, 1, surd(1, 5, 1))).isEqualTo(-1);
    assertThat(surd(1, 5, 1).compareScaled(1, 1, wideFraction)).isOne();
    // scales past 2^31 against small weights: never squared in a long
    assertThat(Surd.of(1).compareScaled(1L << 32, 1, Surd.of(5))).isOne();
    assertThat(Surd.of(5).compareScaled(1, 1L << 32, Surd.of(1))).isEqualTo(-1);
    // a scale at 2^31 and past it: big integers
    long m = 1L << 31;
    assertThat(Surd.of(m + 1).compareScaled(m, m + 1, Surd.of(m))).isZero();
    assertThat(Surd.of(m + 1).compareScaled(m, m + 2, Surd.of(m))).isEqualTo(-1);
    assertThat(Surd.of(m).compareScaled(m, m - 1, Surd.of(m - 1))).isOne();
    assertThat(Surd.of(m - 1).compareScaled(m - 1, m, Surd.of(m - 2))).isOne();
    assertThat(Surd.of(m - 2).compareScaled(m, m - 1, Surd.of(m - 1))).isEqualTo(-1);
    // squares of 62 bits and more: weights past 2^31
    Surd wide = surd(m + 3, 1, 2);
    Surd wider = surd(m + 4, 1, 2);
    assertThat(wide.compareScaled(1, 1, wider)).isEqualTo(-1);
    assertThat(wider.compareScaled(1, 1, wide)).isOne();
    assertThat(wide.compareScaled(m + 4, m + 3, wider)).isZero();
    assertThat(surd(1, m + 3, 2).compareScaled(1, 1, surd(1, m + 4, 2))).isOne();
    BigInteger twoTo64 = BigInteger.ONE.shiftLeft(64);
    Surd near = surd(BigInteger.ONE, BigInteger.ONE, twoTo64.add(BigInteger.ONE));
    Surd nearer = surd(BigInteger.ONE, BigInteger.ONE, twoTo64.add(BigInteger.TWO));
    assertThat(near.compareScaled(1, 1, nearer)).isEqualTo(-1);
    assertThat(nearer.compareScaled(1, 1, near)).isOne();
  }
}
