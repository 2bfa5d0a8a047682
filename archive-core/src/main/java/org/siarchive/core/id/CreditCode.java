package org.siarchive.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) of an employer (参保单位): 18 characters over
 * {@code 0-9} and the upper-case letters except I, O, S, V, Z, the last being a check character
 * computed modulo 31.
 *
 * <p>Immutable and thread-safe. Treated as personal data (sole proprietors carry one): {@link
 * #toString()} and exception messages show it masked ({@code 913501********0Y43}).
 *
 * <pre>{@code
 * CreditCode code = CreditCode.of("91350100M000100Y43");
 * code.toString();                       // "913501********0Y43"
 * CreditCode.checkCharacter("91350100M000100Y4");  // '3'
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CreditCode extends PersonalIdentifier {
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final String FIELD = "creditCode";

  private CreditCode(String value) {
    super(value);
  }

  /**
   * Checks and wraps an 18-character unified social credit code.
   *
   * @param text the code, upper case
   * @return the code
   * @throws InvalidIdentifierException when the length, a character or the check character is
   *     wrong; the message shows the code masked
   */
  @JsonCreator
  public static CreditCode of(String text) {
    String reason = problem(text);
    if (reason != null) {
      throw new InvalidIdentifierException(FIELD, reason, text);
    }
    return new CreditCode(text);
  }

  /**
   * {@return true when {@link #of} would accept the text}
   *
   * @param text the text to check; null gives false
   */
  public static boolean isValid(CharSequence text) {
    return problem(text) == null;
  }

  /**
   * {@return the check character for the first 17 characters of a code}
   *
   * @param first17 17 characters of the code alphabet
   * @throws InvalidIdentifierException when it is not 17 characters of the alphabet
   */
  public static char checkCharacter(CharSequence first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != 17 || !inAlphabet(first17, 17)) {
      throw new InvalidIdentifierException(
          FIELD, "the first 17 characters must be 0-9 or A-Y without I, O, S, V", first17);
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  static @Nullable String problem(CharSequence text) {
    if (text == null) {
      return "required";
    }
    if (text.length() != 18) {
      return "must be 18 characters, got " + text.length();
    }
    if (!inAlphabet(text, 18)) {
      return "characters must be 0-9 or A-Y without I, O, S, V, Z";
    }
    if (checkCharacter(text.subSequence(0, 17)) != text.charAt(17)) {
      return "check character does not match the first 17 characters";
    }
    return null;
  }

  private static boolean inAlphabet(CharSequence s, int length) {
    for (int i = 0; i < length; i++) {
      if (ALPHABET.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
