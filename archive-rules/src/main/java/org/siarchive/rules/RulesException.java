package org.siarchive.rules;

import org.jspecify.annotations.Nullable;
import org.siarchive.core.ArchiveException;

/**
 * The root of the unchecked exceptions of siarchive's rules module. Its subtypes carry their
 * context as data:
 *
 * <ul>
 *   <li>{@link org.siarchive.rules.retention.UnknownEditionException}: a schedule or edition that
 *       is not in the registry.
 *   <li>{@link org.siarchive.rules.retention.appraisal.DestructionListException}: a destruction
 *       list that may not be finalised.
 * </ul>
 *
 * <p>A rule table that could not be loaded (retention edition, material rules, defect catalogue,
 * bundled index) is refused with the rule-data kernel's {@link
 * org.siarchive.core.ruledata.RuleDataException}, the one refusal of every module, naming the file,
 * the JSON pointer, the value and, for a row, the row id; {@link
 * org.siarchive.rules.retention.EditionConflictException} is one that conflicts with an edition
 * already loaded.
 *
 * <p>A defect found in an archive, or a record whose retention cannot be decided, is a result,
 * never an exception.
 *
 * <pre>{@code
 * try {
 *   schedules.load(Path.of("tianjin-2021.json"));
 * } catch (RulesException e) {
 *   System.err.println(e.getMessage());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class RulesException extends ArchiveException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what is wrong, naming the field, row or record and the value
   */
  public RulesException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what is wrong, naming the field, row or record and the value
   * @param cause the underlying failure
   */
  public RulesException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
