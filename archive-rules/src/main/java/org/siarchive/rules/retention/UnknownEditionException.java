package org.siarchive.rules.retention;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siarchive.rules.RulesException;

/**
 * A schedule or an edition asked for by id that the registry does not hold.
 *
 * <pre>{@code
 * try {
 *   schedules.edition("cn-national", "2030");
 * } catch (UnknownEditionException e) {
 *   e.getMessage(); // "No edition 2030 of schedule cn-national (editions: 2009)"
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class UnknownEditionException extends RulesException {
  private static final long serialVersionUID = 1L;

  /** The schedule asked for. */
  private final String scheduleId;

  /** The edition asked for, or null when the schedule itself is unknown. */
  private final @Nullable String edition;

  /**
   * Creates the exception.
   *
   * @param scheduleId the schedule asked for
   * @param edition the edition asked for, or null when the schedule itself is unknown
   * @param known what the registry holds, for the message
   */
  public UnknownEditionException(String scheduleId, @Nullable String edition, String known) {
    super(
        edition == null
            ? String.format(Locale.ROOT, "No schedule %s (schedules: %s)", scheduleId, known)
            : String.format(
                Locale.ROOT,
                "No edition %s of schedule %s (editions: %s)",
                edition,
                scheduleId,
                known));
    this.scheduleId = Objects.requireNonNull(scheduleId, "scheduleId");
    this.edition = edition;
  }

  /** {@return the schedule asked for} */
  public String scheduleId() {
    return scheduleId;
  }

  /** {@return the edition asked for, when the schedule exists but the edition does not} */
  public Optional<String> edition() {
    return Optional.ofNullable(edition);
  }
}
