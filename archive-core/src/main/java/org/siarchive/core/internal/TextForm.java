package org.siarchive.core.internal;

import com.google.common.base.CharMatcher;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The form of a code: a first character from one class, then {@code minRest} to {@code maxRest}
 * characters from another — what the model's {@code [A-Z][A-Z0-9_]{0,39}}-style patterns say.
 * Checked with Guava's {@link CharMatcher} because regular expressions cost a fifth of decoding a
 * volume; {@link #regex()} is the same form as a regular expression, for messages and for the
 * Jakarta {@code @Pattern} annotations, and a property test proves the two agree.
 */
public final class TextForm {
  private final String regex;
  private final CharMatcher first;
  private final CharMatcher rest;
  private final int minRest;
  private final int maxRest;

  private TextForm(String regex, CharMatcher first, CharMatcher rest, int minRest, int maxRest) {
    this.regex = Objects.requireNonNull(regex, "regex");
    this.first = first;
    this.rest = rest;
    this.minRest = minRest;
    this.maxRest = maxRest;
    Pattern.compile(regex);
  }

  /**
   * A form.
   *
   * @param regex the same form as a regular expression
   * @param first the class of the first character
   * @param rest the class of the other characters
   * @param minRest the fewest other characters
   * @param maxRest the most other characters
   * @return the form
   */
  public static TextForm of(
      String regex, CharMatcher first, CharMatcher rest, int minRest, int maxRest) {
    return new TextForm(regex, first.precomputed(), rest.precomputed(), minRest, maxRest);
  }

  /**
   * The characters {@code A-Z}.
   *
   * @return a matcher of those characters
   */
  public static CharMatcher upper() {
    return CharMatcher.inRange('A', 'Z');
  }

  /**
   * The characters {@code a-z}.
   *
   * @return a matcher of those characters
   */
  public static CharMatcher lower() {
    return CharMatcher.inRange('a', 'z');
  }

  /**
   * The characters {@code 0-9}.
   *
   * @return a matcher of those characters
   */
  public static CharMatcher digits() {
    return CharMatcher.inRange('0', '9');
  }

  /**
   * Whether a text has this form.
   *
   * @param text the text
   * @return true when the whole text has this form
   */
  public boolean matches(CharSequence text) {
    int n = text.length();
    if (n < 1 + minRest || n > 1 + maxRest || !first.matches(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      if (!rest.matches(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@return the form as a regular expression} */
  public String regex() {
    return regex;
  }

  @Override
  public String toString() {
    return regex;
  }
}
