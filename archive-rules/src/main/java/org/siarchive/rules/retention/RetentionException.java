package org.siarchive.rules.retention;

import org.siarchive.core.ArchiveException;

/**
 * The root of the unchecked exceptions of siarchive's retention rules: rule data that could not be
 * loaded ({@link RuleDataException}), an edition that is not in the registry ({@link
 * UnknownEditionException}) and a destruction list that may not be finalised ({@link
 * org.siarchive.rules.retention.appraisal.DestructionListException}).
 *
 * <p>A record whose retention cannot be decided is not an exception: it is an "undecided" result.
 *
 * <pre>{@code
 * try {
 *   schedules.load(Path.of("tianjin-2021.json"));
 * } catch (RetentionException e) {
 *   System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public class RetentionException extends ArchiveException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what is wrong, naming the field, row or record and the value
   */
  public RetentionException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what is wrong, naming the field, row or record and the value
   * @param cause the underlying failure
   */
  public RetentionException(String message, Throwable cause) {
    super(message, cause);
  }
}
