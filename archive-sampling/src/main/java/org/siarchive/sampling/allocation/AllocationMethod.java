package org.siarchive.sampling.allocation;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;

/**
 * How a total is shared among strata: the weight of stratum {@code h} of {@code N_h} units and rate
 * {@code p_h}.
 *
 * <p>Example: {@code AllocationMethod.parse("defect-rate") == AllocationMethod.DEFECT_RATE}.
 *
 * @since 0.1.0
 */
public enum AllocationMethod {
  /** Weight {@code N_h}. */
  PROPORTIONAL("proportional"),
  /** Weight {@code N_h sqrt(p_h (1 - p_h))} (Neyman's optimum for estimating a rate). */
  NEYMAN("neyman"),
  /** Weight {@code N_h p_h}: more inspection where more problems are expected. */
  DEFECT_RATE("defect-rate");

  private final String label;

  AllocationMethod(String label) {
    this.label = label;
  }

  /** {@return the label used on the command line, e.g. {@code "defect-rate"}} */
  public String label() {
    return label;
  }

  /**
   * Tells whether the method needs each stratum's rate.
   *
   * @return false for proportional, true otherwise
   */
  public boolean needsRates() {
    return this != PROPORTIONAL;
  }

  /**
   * Parses a label.
   *
   * @param text {@code proportional}, {@code neyman} or {@code defect-rate}
   * @return the method
   * @throws IllegalArgumentException naming the valid values and the text
   */
  public static AllocationMethod parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    for (AllocationMethod m : values()) {
      if (m.label.contentEquals(text)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "Invalid value for method (valid values proportional, neyman, defect-rate): %s",
            text));
  }

  /**
   * The exact weight of a stratum: {@code N_h}, {@code N_h p_h} or {@code N_h sqrt(p_h (1 - p_h))}.
   */
  Surd weight(Stratum s) {
    BigInteger size = BigInteger.valueOf(s.size());
    switch (this) {
      case PROPORTIONAL:
        return new Surd(size, BigInteger.ONE, BigInteger.ONE);
      case NEYMAN:
        {
          // sqrt(n/d (d - n)/d) = sqrt(n (d - n)) / d
          Rate p = s.rate().orElseThrow();
          BigInteger n = p.numerator();
          BigInteger d = p.denominator();
          return new Surd(size, d, n.multiply(d.subtract(n)));
        }
      case DEFECT_RATE:
        {
          Rate p = s.rate().orElseThrow();
          return new Surd(size.multiply(p.numerator()), p.denominator(), BigInteger.ONE);
        }
      default:
        throw new IllegalStateException("unreachable: " + this);
    }
  }
}
