package org.siarchive.core.id;

import org.siarchive.core.InvalidValueException;

/**
 * An identifier (citizen ID, unified social credit code) refused by its check. The message says
 * what is wrong and shows the number only masked.
 *
 * <pre>{@code
 * try {
 *   CitizenId.of("110105194912310021");
 * } catch (InvalidIdentifierException e) {
 *   e.reason();      // "check character does not match the first 17 characters"
 *   e.getMessage();  // "Invalid value for citizenId (check character does not match the first 17
 *                    //  characters): 110105********0021"
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class InvalidIdentifierException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** What is wrong, in words, without the number. */
  private final String reason;

  InvalidIdentifierException(String field, String reason, CharSequence raw) {
    super(field, reason, Masking.mask(raw));
    this.reason = reason;
  }

  /** {@return what is wrong, in words, without the number} */
  public String reason() {
    return reason;
  }
}
