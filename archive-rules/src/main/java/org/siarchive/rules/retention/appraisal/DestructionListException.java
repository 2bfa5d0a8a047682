package org.siarchive.rules.retention.appraisal;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siarchive.rules.RulesException;

/**
 * A destruction list that may not be finalised: no appraisal decision, no approver, fewer than two
 * supervisors, an entry the decision does not order destroyed, an entry not yet expired when
 * appraised, or an entry on hold. Names the list, the field and the record concerned.
 *
 * <pre>{@code
 * try {
 *   draft.finalise("王主任", List.of("李监销"), holds, clock);
 * } catch (DestructionListException e) {
 *   e.field();  // "supervisors"
 *   e.getMessage();
 *   // destruction list XH-2024-01: supervisors: at least 2 distinct supervisors: ["李监销"]
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class DestructionListException extends RulesException {
  private static final long serialVersionUID = 1L;

  /** The destruction list. */
  private final String listId;

  /**
   * The field at fault: {@code decision}, {@code approver}, {@code supervisors} or {@code entries}.
   */
  private final String field;

  /** The record concerned, or null. */
  private final @Nullable String recordId;

  /**
   * Creates the exception.
   *
   * @param listId the destruction list
   * @param field the field at fault: {@code decision}, {@code approver}, {@code supervisors} or
   *     {@code entries}
   * @param recordId the record concerned, or null
   * @param reason the rule broken and the value
   */
  public DestructionListException(
      String listId, String field, @Nullable String recordId, String reason) {
    super(
        String.format(
            Locale.ROOT,
            "destruction list %s: %s%s: %s",
            listId,
            field,
            recordId == null ? "" : " (record " + recordId + ")",
            reason));
    this.listId = Objects.requireNonNull(listId, "listId");
    this.field = Objects.requireNonNull(field, "field");
    this.recordId = recordId;
  }

  /** {@return the destruction list} */
  public String listId() {
    return listId;
  }

  /** {@return the field at fault} */
  public String field() {
    return field;
  }

  /** {@return the record concerned, if the problem is about one} */
  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }
}
