package org.siarchive.sampling.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact rate in [0, 1]: the fraction {@code numerator / denominator} in lowest terms. Rates
 * reach an allocation exactly, so that a tie between two strata is a tie of the numbers given and
 * not of their binary approximations ({@code 0.05 x 0.95} and {@code 0.95 x 0.05} are equal here,
 * not in {@code double}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Rate.parse("0.05");                 // 1/20, read from the text, never through a double
 * Rate.of(BigInteger.ONE, BigInteger.valueOf(202));   // 1/202, e.g. a smoothed rate
 * Rate.parse("0.05").compareTo(Rate.of(new BigDecimal("0.050"))) == 0
 * }</pre>
 *
 * @param numerator at least 0, at most the denominator
 * @param denominator at least 1; with the numerator in lowest terms
 * @since 0.1.0
 */
public record Rate(BigInteger numerator, BigInteger denominator) implements Comparable<Rate> {
  /** The rate 0. */
  public static final Rate ZERO = new Rate(BigInteger.ZERO, BigInteger.ONE);

  /** The rate 1. */
  public static final Rate ONE = new Rate(BigInteger.ONE, BigInteger.ONE);

  /**
   * Validates the components and reduces them to lowest terms.
   *
   * @param numerator at least 0, at most the denominator
   * @param denominator at least 1; with the numerator in lowest terms
   */
  public Rate {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException(
          "Invalid value for denominator of rate (valid values >= 1): " + denominator);
    }
    if (numerator.signum() < 0 || numerator.compareTo(denominator) > 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for rate (valid values 0 - 1): %s/%s",
              numerator,
              denominator));
    }
    BigInteger g = numerator.gcd(denominator);
    if (!g.equals(BigInteger.ONE) && g.signum() > 0) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
  }

  /**
   * Obtains a rate from a fraction.
   *
   * @param numerator 0 to {@code denominator}
   * @param denominator at least 1
   * @return the rate in lowest terms
   * @throws IllegalArgumentException naming the range and the value
   */
  public static Rate of(BigInteger numerator, BigInteger denominator) {
    return new Rate(numerator, denominator);
  }

  /**
   * Obtains a rate from an exact decimal.
   *
   * @param value 0 to 1
   * @return the rate, e.g. {@code 1/20} for {@code 0.05}
   * @throws IllegalArgumentException naming the range and the value
   */
  public static Rate of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "Invalid value for rate (valid values 0 - 1): " + value.toPlainString());
    }
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() <= 0) {
      return new Rate(v.toBigIntegerExact(), BigInteger.ONE);
    }
    return new Rate(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
  }

  /**
   * Parses a decimal rate exactly (as {@link BigDecimal#BigDecimal(String)} reads it).
   *
   * @param text e.g. {@code 0.05} or {@code 5E-2}
   * @return the rate
   * @throws IllegalArgumentException when the text is not a decimal in [0, 1], naming the text
   */
  public static Rate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    BigDecimal value;
    try {
      value = new BigDecimal(text.toString());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Invalid value for rate (a decimal 0 - 1): " + text, e);
    }
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("Invalid value for rate (valid values 0 - 1): " + text);
    }
    return of(value);
  }

  /** {@return whether the rate is 0} */
  public boolean isZero() {
    return numerator.signum() == 0;
  }

  /** {@return {@code 1 - rate}, exactly} */
  public Rate complement() {
    return new Rate(denominator.subtract(numerator), denominator);
  }

  /**
   * Returns the rate rounded to a decimal.
   *
   * @param context the precision and rounding mode
   * @return the rounded value
   */
  public BigDecimal toBigDecimal(MathContext context) {
    Objects.requireNonNull(context, "context");
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), context);
  }

  /** {@return the nearest {@code double}, for display only} */
  public double doubleValue() {
    return toBigDecimal(MathContext.DECIMAL64).doubleValue();
  }

  @Override
  public int compareTo(Rate other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** Returns {@code numerator/denominator}, e.g. {@code 1/202}. */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
