package org.siarchive.core.ruledata;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.ArchiveException;

/**
 * Rule data refused at loading, in the one shape every rule table of siarchive uses (retention
 * editions, material rules, the defect catalogue, a bundled index; archive-sampling's ISO 2859
 * tables use the same shape and wording in their own exception): malformed JSON, an unknown
 * property, a duplicate key, trailing content, a missing field, a constraint violated, a semantic
 * rule broken (a duplicate id, an unknown period code, a reference to nothing), or a bundled file
 * whose digest does not match its index. Carries the file (or resource) name, the JSON pointer (RFC
 * 6901) of the offending value, the value as shown and, when the problem is in a row, the row id.
 *
 * <pre>{@code
 * try {
 *   schedules.load(Path.of("local.json"));
 * } catch (RuleDataException e) {
 *   e.source();   // "local.json"
 *   e.pointer();  // "/rows/3/period"
 *   e.rowId();    // Optional[一(4)]
 *   e.value();    // Optional["D20"]
 *   e.getMessage();
 *   // local.json: /rows/3/period (row 一(4)): unknown period code (one of Y, D10, D30, D50,
 *   // D100, defers-to:NAME): "D20"
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class RuleDataException extends ArchiveException {
  private static final long serialVersionUID = 1L;

  /** The file or resource name. */
  private final String source;

  /** The JSON pointer of the offending value; {@code ""} for the whole document. */
  private final String pointer;

  /** The id of the row concerned; null when the problem is not in a row or the id is not known. */
  private final @Nullable String rowId;

  /** The constraint broken, in words. */
  private final String reason;

  /** The offending value as it may be shown; null when the reason shows it or there is none. */
  private final @Nullable String value;

  /**
   * Creates the exception for a problem that is not in a row.
   *
   * @param source the file or resource name
   * @param pointer the JSON pointer of the offending value; {@code ""} for the whole document
   * @param reason the constraint broken, in words
   * @param value the offending value as it may be shown (quoted when a text); null when the reason
   *     already shows it or there is none
   */
  public RuleDataException(String source, String pointer, String reason, @Nullable String value) {
    this(source, pointer, null, reason, value, null);
  }

  /**
   * Creates the exception.
   *
   * @param source the file or resource name
   * @param pointer the JSON pointer of the offending value; {@code ""} for the whole document
   * @param rowId the id of the row concerned; null when the problem is not in a row or the id is
   *     not known
   * @param reason the constraint broken, in words
   * @param value the offending value as it may be shown (quoted when a text); null when the reason
   *     already shows it or there is none
   */
  public RuleDataException(
      String source,
      String pointer,
      @Nullable String rowId,
      String reason,
      @Nullable String value) {
    this(source, pointer, rowId, reason, value, null);
  }

  /**
   * Creates the exception for a lower-level failure (JSON syntax, strict binding).
   *
   * @param source the file or resource name
   * @param pointer the JSON pointer of the offending value; {@code ""} for the whole document
   * @param rowId the id of the row concerned, or null
   * @param reason the constraint broken, in words
   * @param value the offending value as it may be shown, or null
   * @param cause the failure; may be null
   */
  public RuleDataException(
      String source,
      String pointer,
      @Nullable String rowId,
      String reason,
      @Nullable String value,
      @Nullable Throwable cause) {
    super(format(source, pointer, rowId, reason, value), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.rowId = rowId;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.value = value;
  }

  private static String format(
      String source,
      String pointer,
      @Nullable String rowId,
      String reason,
      @Nullable String value) {
    return String.format(
        Locale.ROOT,
        "%s: %s%s: %s%s",
        source,
        pointer.isEmpty() ? "(document)" : pointer,
        rowId == null ? "" : " (row " + rowId + ")",
        reason,
        value == null ? "" : ": " + value);
  }

  /** {@return the file or resource name} */
  public String source() {
    return source;
  }

  /** {@return the JSON pointer of the offending value; {@code ""} for the whole document} */
  public String pointer() {
    return pointer;
  }

  /** {@return the id of the row concerned, when the problem is in a row whose id is known} */
  public Optional<String> rowId() {
    return Optional.ofNullable(rowId);
  }

  /** {@return the constraint broken, in words} */
  public String reason() {
    return reason;
  }

  /** {@return the offending value as shown, when it is not already part of the reason} */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }
}
