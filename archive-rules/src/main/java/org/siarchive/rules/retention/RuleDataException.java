package org.siarchive.rules.retention;

/**
 * The retention package's former name for {@link org.siarchive.rules.RuleDataException}, kept so
 * that code catching it still compiles and catches every refusal of {@link RetentionSchedules}: the
 * registry's loading methods throw this subtype, with the same source, pointer, row id, value and
 * message as the {@link org.siarchive.rules.RuleDataException} it wraps.
 *
 * @deprecated catch {@link org.siarchive.rules.RuleDataException}, which every rule table of this
 *     module throws; this subtype will be removed.
 */
@Deprecated
public class RuleDataException extends org.siarchive.rules.RuleDataException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param source the file or resource name
   * @param pointer the JSON pointer of the offending value; {@code ""} for the whole document
   * @param rowId the id of the row concerned, or null
   * @param reason the constraint broken, in words
   * @param value the offending value as it may be shown, or null
   */
  public RuleDataException(String source, String pointer, String rowId, String reason, String value) {
    super(source, pointer, rowId, reason, value);
  }

  /**
   * The refusal as this subtype, unchanged when it already is one.
   *
   * @param e the refusal
   * @return {@code e}, or a copy of it with {@code e} as its cause
   */
  static RuleDataException of(org.siarchive.rules.RuleDataException e) {
    return e instanceof RuleDataException r ? r : new RuleDataException(e);
  }

  private RuleDataException(org.siarchive.rules.RuleDataException other) {
    super(other);
  }
}
