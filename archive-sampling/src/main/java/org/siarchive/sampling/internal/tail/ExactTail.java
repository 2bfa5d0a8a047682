package org.siarchive.sampling.internal.tail;

import com.google.common.math.BigIntegerMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact comparison of a lower tail {@code P(X <= c)} with a decimal bound, in integer arithmetic.
 *
 * <p>Design: the double-precision distributions of Commons Statistics decide almost every case;
 * they call in here only when their value lies too close to the bound to trust. Both tails are
 * cleared of denominators and compared as integers, so the answer is exact whatever the sizes (at
 * the cost of numbers with thousands of digits, which is why this is the slow path). The binomial
 * tail {@code sum C(n,x) a^x q^(n-x) / b^n} (rate {@code a/b}, {@code q = b - a}) is factored as
 * {@code q^(n-c) * sum C(n,x) a^x q^(c-x)} and the sum evaluated by Horner's rule; the
 * hypergeometric tail {@code sum C(D,x) C(N-D,n-x) / C(N,n)} walks both binomials by their exact
 * recurrences, with the smaller of {@code n} and {@code D} as the sample (the distribution is
 * symmetric in the two), so a lot of {@code N = 2 * 10^9} holding 200 nonconforming units needs
 * numbers of a few thousand digits, not of {@code 10^8}.
 *
 * <p>The binomial's integers have {@code n log10 b} digits ({@code 2 * 10^8} for {@code n = 3 *
 * 10^7} at a rate of {@code 10^-7}), so it is first bracketed: the tail is evaluated twice at 60
 * significant digits, once rounding every step down and once up ({@code q^n} by squaring, then
 * {@code t(x+1) = t(x) (n-x) p / ((x+1) q)}; every quantity is positive, so each chain bounds the
 * exact value from its side). When the bracket lies wholly on one side of the bound that side is
 * the exact answer; only a tail equal to the bound in its first 55 or so digits reaches the
 * integers.
 */
public final class ExactTail {
  private ExactTail() {}

  /**
   * Compares the binomial {@code P(X <= c)} for {@code n} trials at rate {@code p} with {@code
   * bound}.
   *
   * @return negative, zero or positive as the tail is below, equal to or above the bound
   */
  public static int compareBinomial(int n, int c, Rational p, Rational bound) {
    if (c >= n) {
      return BigInteger.ONE.multiply(bound.denominator()).compareTo(bound.numerator());
    }
    BigDecimal beta = fraction(bound.numerator(), bound.denominator());
    try {
      if (binomialBound(n, c, p, RoundingMode.CEILING).compareTo(beta) < 0) {
        return -1;
      }
      if (binomialBound(n, c, p, RoundingMode.FLOOR).compareTo(beta) > 0) {
        return 1;
      }
    } catch (ArithmeticException underflow) {
      // A scale beyond an int (a tail below 10^-(2^31)): the integers below decide.
    }
    return compareBinomialInIntegers(n, c, p, bound);
  }

  /**
   * The binomial {@code P(X <= c)} at 60 digits, every step rounded in {@code direction}: a lower
   * bound with {@code FLOOR}, an upper bound with {@code CEILING}.
   */
  static BigDecimal binomialBound(int n, int c, Rational p, RoundingMode direction) {
    MathContext mc = new MathContext(60, direction);
    BigDecimal rate = fraction(p.numerator(), p.denominator());
    BigDecimal q = BigDecimal.ONE.subtract(rate);
    if (q.signum() == 0) {
      return BigDecimal.ZERO; // p = 1 and c < n: no outcome at most c
    }
    BigDecimal term = power(q, n, mc);
    BigDecimal sum = term;
    for (int x = 0; x < c && term.signum() > 0; x++) {
      term =
          term.multiply(BigDecimal.valueOf((long) n - x).multiply(rate), mc)
              .divide(BigDecimal.valueOf(x + 1L).multiply(q), mc);
      sum = sum.add(term, mc);
    }
    return sum.min(BigDecimal.ONE);
  }

  /** {@code base^exponent} by squaring, each product rounded as {@code mc} says. */
  private static BigDecimal power(BigDecimal base, int exponent, MathContext mc) {
    BigDecimal result = BigDecimal.ONE;
    BigDecimal square = base;
    for (int e = exponent; e > 0; e >>>= 1) {
      if ((e & 1) != 0) {
        result = result.multiply(square, mc);
      }
      if (e > 1) {
        square = square.multiply(square, mc);
      }
    }
    return result;
  }

  /** {@code numerator / denominator} exactly; the denominator is a power of ten. */
  private static BigDecimal fraction(BigInteger numerator, BigInteger denominator) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator));
  }

  private static int compareBinomialInIntegers(int n, int c, Rational p, Rational bound) {
    BigInteger a = p.numerator();
    BigInteger b = p.denominator();
    BigInteger q = b.subtract(a);
    BigInteger binom = BigInteger.ONE;
    BigInteger aPow = BigInteger.ONE;
    BigInteger horner = BigInteger.ONE;
    for (int x = 1; x <= c; x++) {
      binom = binom.multiply(BigInteger.valueOf(n - x + 1)).divide(BigInteger.valueOf(x));
      aPow = aPow.multiply(a);
      horner = horner.multiply(q).add(binom.multiply(aPow));
    }
    BigInteger tail = horner.multiply(q.pow(n - c));
    return tail.multiply(bound.denominator()).compareTo(bound.numerator().multiply(b.pow(n)));
  }

  /**
   * Compares the hypergeometric {@code P(X <= c)} (population {@code N} holding {@code D}
   * nonconforming units, sample {@code n}) with {@code bound}.
   *
   * @return negative, zero or positive as the tail is below, equal to or above the bound
   */
  public static int compareHypergeometric(
      int populationSize, int defectives, int n, int c, Rational bound) {
    if (defectives < n) {
      return compareHypergeometric(populationSize, n, defectives, c, bound);
    }
    int conforming = populationSize - defectives;
    int first = Math.max(0, n - conforming);
    int last = Math.min(c, Math.min(defectives, n));
    BigInteger sum = BigInteger.ZERO;
    if (first <= last) {
      BigInteger left = BigIntegerMath.binomial(defectives, first);
      BigInteger right = BigIntegerMath.binomial(conforming, n - first);
      sum = left.multiply(right);
      for (int x = first; x < last; x++) {
        left = left.multiply(BigInteger.valueOf(defectives - x)).divide(BigInteger.valueOf(x + 1L));
        right =
            right
                .multiply(BigInteger.valueOf(n - x))
                .divide(BigInteger.valueOf((long) conforming - n + x + 1));
        sum = sum.add(left.multiply(right));
      }
    }
    BigInteger total = BigIntegerMath.binomial(populationSize, n);
    return sum.multiply(bound.denominator()).compareTo(bound.numerator().multiply(total));
  }
}
