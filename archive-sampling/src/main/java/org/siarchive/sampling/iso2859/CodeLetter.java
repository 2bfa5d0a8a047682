package org.siarchive.sampling.iso2859;

import java.util.Locale;
import java.util.Objects;

/**
 * A sample-size code letter of ISO 2859-1 (I and O are not used; S exists only in the tightened
 * table, reached through an arrow).
 *
 * <p>Example: {@code CodeLetter.parse("J")}.
 *
 * @since 0.1.0
 */
public enum CodeLetter {
  /** Code letter A. */
  A,
  /** Code letter B. */
  B,
  /** Code letter C. */
  C,
  /** Code letter D. */
  D,
  /** Code letter E. */
  E,
  /** Code letter F. */
  F,
  /** Code letter G. */
  G,
  /** Code letter H. */
  H,
  /** Code letter J. */
  J,
  /** Code letter K. */
  K,
  /** Code letter L. */
  L,
  /** Code letter M. */
  M,
  /** Code letter N. */
  N,
  /** Code letter P. */
  P,
  /** Code letter Q. */
  Q,
  /** Code letter R. */
  R,
  /** Code letter S (tightened only). */
  S;

  /**
   * Parses a letter.
   *
   * @param text one of A-H, J-N, P-S
   * @return the letter
   * @throws IllegalArgumentException naming the valid values and the text
   */
  public static CodeLetter parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    for (CodeLetter l : values()) {
      if (l.name().contentEquals(text)) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT, "Invalid value for code letter (valid values A-H, J-N, P-S): %s", text));
  }
}
