package org.siarchive.sampling.internal.tail;

import com.google.common.math.BigIntegerMath;
import java.math.BigInteger;

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
 * recurrences.
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
