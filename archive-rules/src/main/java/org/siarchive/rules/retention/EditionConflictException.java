package org.siarchive.rules.retention;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.ruledata.RuleDataException;

/**
 * An edition that is well formed on its own but refused by the registry because of the editions it
 * already holds: the same schedule id and edition twice, effective dates that overlap another
 * edition of the schedule, an edition it supersedes that is not older, a base edition that is not
 * loaded, or a category that neither it nor its base declares. The registry keeps the editions it
 * had. A {@link RuleDataException}, so that every refusal of a load is caught as one.
 *
 * <pre>{@code
 * try {
 *   schedules.load(Path.of("tianjin-2021.json"));
 * } catch (EditionConflictException e) {
 *   e.pointer();      // "/effectiveFrom"
 *   e.conflictsWith(); // "tianjin 2019"
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class EditionConflictException extends RuleDataException {
  private static final long serialVersionUID = 1L;

  /** The other edition ({@code "scheduleId edition"}), or the missing reference. */
  private final String conflictsWith;

  /**
   * Creates the exception.
   *
   * @param source the file or resource name
   * @param pointer the JSON pointer of the offending value
   * @param rowId the row concerned, or null
   * @param reason the conflict in words, naming the other edition
   * @param value the offending value as shown, or null
   * @param conflictsWith the other edition ({@code "scheduleId edition"}), or the missing reference
   */
  public EditionConflictException(
      String source,
      String pointer,
      @Nullable String rowId,
      String reason,
      @Nullable String value,
      String conflictsWith) {
    super(source, pointer, rowId, reason, value);
    this.conflictsWith = Objects.requireNonNull(conflictsWith, "conflictsWith");
  }

  /**
   * {@return the other edition, as {@code "scheduleId edition"}, or the reference that is missing}
   */
  public String conflictsWith() {
    return conflictsWith;
  }
}
