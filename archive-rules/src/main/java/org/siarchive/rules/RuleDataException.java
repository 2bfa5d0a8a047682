package org.siarchive.rules;

import java.util.Locale;
import java.util.Objects;
import org.siarchive.core.ArchiveException;

/**
 * A rule table (material rules, defect catalogue) that could not be loaded: it is not valid JSON of
 * its documented format, breaks a declared constraint, or breaks a semantic rule (a duplicate id, a
 * reference to nothing). Carries the file or resource, the JSON pointer (RFC 6901) of the offending
 * value and the value as it may be shown.
 *
 * <pre>{@code
 * try {
 *   MaterialRules.load(Path.of("local-rules.json"));
 * } catch (RuleDataException e) {
 *   e.source();   // "local-rules.json"
 *   e.pointer();  // "/businessTypes/3/materials/0/material"
 *   e.getMessage(); // "local-rules.json: /businessTypes/3/materials/0/material: no material with
 *                   //  that code is defined (value \"M-X\")"
 * }
 * }</pre>
 */
public class RuleDataException extends ArchiveException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String pointer;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param source the file or resource name
   * @param pointer the JSON pointer of the offending value; {@code ""} for the whole document
   * @param reason what is wrong, naming the constraint
   * @param value the offending value as it may be shown; null when there is none to show
   */
  public RuleDataException(String source, String pointer, String reason, String value) {
    super(format(source, pointer, reason, value));
    this.source = Objects.requireNonNull(source, "source");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.value = value;
  }

  /**
   * Wraps a lower-level failure (JSON syntax, strict binding) with its location.
   *
   * @param source the file or resource name
   * @param pointer the JSON pointer of the offending value
   * @param reason what is wrong
   * @param cause the failure
   */
  public RuleDataException(String source, String pointer, String reason, Throwable cause) {
    super(format(source, pointer, reason, null), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.value = null;
  }

  private static String format(String source, String pointer, String reason, String value) {
    String where = pointer.isEmpty() ? "(document)" : pointer;
    return value == null
        ? String.format(Locale.ROOT, "%s: %s: %s", source, where, reason)
        : String.format(Locale.ROOT, "%s: %s: %s (value %s)", source, where, reason, value);
  }

  /** The file or resource name. */
  public String source() {
    return source;
  }

  /** The JSON pointer of the offending value; {@code ""} for the whole document. */
  public String pointer() {
    return pointer;
  }

  /** The offending value as it may be shown, or null. */
  public String value() {
    return value;
  }
}
