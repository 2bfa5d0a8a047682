package org.siarchive.sampling.internal.tail;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A non-negative decimal written as an exact fraction {@code numerator / denominator} with a power
 * of ten as denominator: the form in which rates and confidences reach the exact comparisons.
 */
public record Rational(BigInteger numerator, BigInteger denominator) {

  /** Converts an exact decimal such as {@code 0.05} into {@code 5 / 100}. */
  public static Rational of(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() <= 0) {
      return new Rational(v.toBigIntegerExact(), BigInteger.ONE);
    }
    return new Rational(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
  }
}
