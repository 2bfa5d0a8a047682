package org.siarchive.sampling.size;

import java.util.Locale;
import java.util.Objects;

/**
 * The probability model of the number of nonconforming units in a sample.
 *
 * <p>Example: {@code Model.parse("binomial") == Model.BINOMIAL}.
 *
 * @since 0.1.0
 */
public enum Model {
  /** Sampling without replacement from a finite population of N units holding D nonconforming. */
  HYPERGEOMETRIC,
  /** Independent trials at the tolerable rate (an unbounded population). */
  BINOMIAL;

  /**
   * Returns the lower-case name used on the command line and in JSON ({@code "hypergeometric"}).
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a label, ignoring case.
   *
   * @param text {@code hypergeometric} or {@code binomial}
   * @return the model
   * @throws IllegalArgumentException naming the valid values and the text
   */
  public static Model parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    for (Model m : values()) {
      if (m.label().equalsIgnoreCase(text.toString())) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "Invalid value for model (valid values hypergeometric, binomial): %s",
            text));
  }
}
