package org.siarchive.sampling.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;

/**
 * A stratum's exact weight, the non-negative real {@code (num / den) x sqrt(rad)}: a rational for
 * proportional and defect-rate allocation ({@code rad = 1}), a rational multiple of a square root
 * for Neyman's {@code N_h sqrt(p_h (1 - p_h))}. The radicand is kept free of perfect squares and of
 * the squares of small primes, so that equal weights usually share a radicand; {@link ExactSign}
 * merges the rest. {@link #approx} is the nearest double within a few units in the last place, for
 * the fast filter in front of every exact decision.
 */
final class Surd {
  static final Surd ZERO = new Surd(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE);

  private static final int[] SMALL_PRIMES = {
    2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47
  };

  final BigInteger num;
  final BigInteger den;
  final BigInteger rad;

  /** The weight to double precision (relative error at most 2^-50). */
  final double approx;

  /** The square of the weight, {@code numSquare / denSquare}. */
  final BigInteger numSquare;

  final BigInteger denSquare;

  /** Whether both parts of the square fit in 62 bits. */
  private final boolean small;

  Surd(BigInteger num, BigInteger den, BigInteger rad) {
    if (num.signum() == 0) {
      rad = BigInteger.ONE;
      den = BigInteger.ONE;
    }
    if (!rad.equals(BigInteger.ONE)) {
      BigInteger[] root = rad.sqrtAndRemainder();
      if (root[1].signum() == 0) {
        num = num.multiply(root[0]);
        rad = BigInteger.ONE;
      } else if (rad.bitLength() < 63) {
        long r = rad.longValue();
        long out = 1;
        for (int p : SMALL_PRIMES) {
          long square = (long) p * p;
          while (r % square == 0) {
            r /= square;
            out *= p;
          }
        }
        rad = BigInteger.valueOf(r);
        num = num.multiply(BigInteger.valueOf(out));
      } else {
        for (int p : SMALL_PRIMES) {
          BigInteger square = BigInteger.valueOf((long) p * p);
          while (rad.mod(square).signum() == 0) {
            rad = rad.divide(square);
            num = num.multiply(BigInteger.valueOf(p));
          }
        }
      }
    }
    BigInteger g = num.gcd(den);
    if (g.signum() > 0 && !g.equals(BigInteger.ONE)) {
      num = num.divide(g);
      den = den.divide(g);
    }
    this.num = num;
    this.den = den;
    this.rad = rad;
    this.numSquare = num.multiply(num).multiply(rad);
    this.denSquare = den.multiply(den);
    if (num.bitLength() <= 53 && den.bitLength() <= 53 && rad.bitLength() <= 53) {
      // exact conversions, then three correctly rounded operations: within 2 ulps
      double v = (double) num.longValue() / (double) den.longValue();
      this.approx = rad.equals(BigInteger.ONE) ? v : v * Math.sqrt((double) rad.longValue());
    } else {
      // 34 digits: three roundings cost about 10^-33, then one to double; with 16 digits they cost
      // up to 5 x 2^-52, past the 2^-50 the quota solver's error bounds assume
      MathContext mc = MathContext.DECIMAL128;
      BigDecimal value = new BigDecimal(num).divide(new BigDecimal(den), mc);
      if (!rad.equals(BigInteger.ONE)) {
        value = value.multiply(new BigDecimal(rad).sqrt(mc), mc);
      }
      this.approx = value.doubleValue();
    }
    this.small = numSquare.bitLength() < 62 && denSquare.bitLength() < 62;
  }

  /** A whole weight {@code n}. */
  static Surd of(long n) {
    return new Surd(BigInteger.valueOf(n), BigInteger.ONE, BigInteger.ONE);
  }

  boolean isZero() {
    return num.signum() == 0;
  }

  /**
   * Compares {@code a x this} with {@code b x other} exactly, for {@code a, b >= 0}: both sides are
   * non-negative, so their squares (rationals) compare the same way.
   */
  int compareScaled(long a, long b, Surd other) {
    if (a == b && num.equals(other.num) && den.equals(other.den) && rad.equals(other.rad)) {
      return 0;
    }
    if (small && other.small && a < (1L << 31) && b < (1L << 31)) {
      // a^2 n_x d_y against b^2 n_y d_x in 128 bits
      long l1 = a * a;
      long r1 = b * b;
      int c =
          compare128(
              l1,
              numSquare.longValue(),
              other.denSquare.longValue(),
              r1,
              other.numSquare.longValue(),
              denSquare.longValue());
      if (c != 2) {
        return c;
      }
    }
    BigInteger aa = BigInteger.valueOf(a).pow(2);
    BigInteger bb = BigInteger.valueOf(b).pow(2);
    return aa.multiply(numSquare)
        .multiply(other.denSquare)
        .compareTo(bb.multiply(other.numSquare).multiply(denSquare));
  }

  /**
   * Compares x1 y1 z1 with x2 y2 z2 (all below 2^62), or returns 2 when a product needs more than
   * 126 bits.
   */
  private static int compare128(long x1, long y1, long z1, long x2, long y2, long z2) {
    long[] l = product(x1, y1, z1);
    long[] r = product(x2, y2, z2);
    if (l == null || r == null) {
      return 2;
    }
    int c = Long.compareUnsigned(l[0], r[0]);
    return c != 0 ? Integer.signum(c) : Integer.signum(Long.compareUnsigned(l[1], r[1]));
  }

  /**
   * {high, low} of x y z (non-negative: the signed high word is the unsigned one), or null when x y
   * needs 64 bits.
   */
  private static long @Nullable [] product(long x, long y, long z) {
    if (Math.multiplyHigh(x, y) != 0 || x * y < 0) {
      return null;
    }
    long xy = x * y;
    return new long[] {Math.multiplyHigh(xy, z), xy * z};
  }
}
