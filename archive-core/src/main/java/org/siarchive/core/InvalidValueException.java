package org.siarchive.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A value refused by a model type's factory or constructor. Carries the field name, the constraint
 * in words and the value as it may be shown (masked when it is a personal identifier).
 *
 * <pre>{@code
 * try {
 *   new Page(-1);
 * } catch (InvalidValueException e) {
 *   e.field();    // "number"
 *   e.getMessage(); // "Invalid value for number (valid values 0 - 9999): -1"
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class InvalidValueException extends ArchiveException {
  private static final long serialVersionUID = 1L;

  /** The field or parameter name, as in the JSON schema. */
  private final String field;

  /** The constraint in words. */
  private final String constraint;

  /** The value as it may be shown, already masked when personal; may be null. */
  private final String shownValue;

  /**
   * Creates the exception.
   *
   * @param field the field or parameter name, as in the JSON schema
   * @param constraint the constraint in words, e.g. {@code "valid values 1 - 9999"}
   * @param shownValue the value as it may be shown (already masked when personal); may be null
   */
  public InvalidValueException(String field, String constraint, String shownValue) {
    super(
        String.format(Locale.ROOT, "Invalid value for %s (%s): %s", field, constraint, shownValue));
    this.field = Objects.requireNonNull(field, "field");
    this.constraint = Objects.requireNonNull(constraint, "constraint");
    this.shownValue = shownValue;
  }

  /** {@return the field or parameter name, as in the JSON schema} */
  public String field() {
    return field;
  }

  /** {@return the constraint in words} */
  public String constraint() {
    return constraint;
  }

  /** {@return the value as it may be shown (masked when personal), or null} */
  public String shownValue() {
    return shownValue;
  }
}
