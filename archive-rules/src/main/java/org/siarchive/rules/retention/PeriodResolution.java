package org.siarchive.rules.retention;

import java.util.Objects;
import java.util.Optional;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.model.RetentionPeriod;

/**
 * A row's period once any deferral to another regulation is resolved: exactly one of a period
 * ({@link Resolved}, fixed or permanent, never deferring) or the reason it cannot be given ({@link
 * Unresolved}). A row of {@code defers-to:会计档案管理办法} resolves through a loaded table of that
 * regulation by the record's material; without one it stays unresolved: nothing is guessed.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * PeriodResolution r = answer.items().get(0).resolution();
 * if (r instanceof PeriodResolution.Resolved resolved) {
 *   resolved.period();   // e.g. D30
 * } else if (r instanceof PeriodResolution.Unresolved unresolved) {
 *   unresolved.reason(); // e.g. "row 七(4) defers to 会计档案管理办法: no table of that regulation is loaded"
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface PeriodResolution
    permits PeriodResolution.Resolved, PeriodResolution.Unresolved {

  /** {@return the period, when resolved} */
  default Optional<RetentionPeriod> period() {
    return this instanceof Resolved r ? Optional.of(r.resolvedPeriod()) : Optional.empty();
  }

  /**
   * A period that applies.
   *
   * @param resolvedPeriod fixed or permanent, never deferring
   */
  record Resolved(RetentionPeriod resolvedPeriod) implements PeriodResolution {
    /**
     * Checks that the period does not defer.
     *
     * @param resolvedPeriod fixed or permanent, never deferring
     */
    public Resolved {
      Objects.requireNonNull(resolvedPeriod, "resolvedPeriod");
      if (resolvedPeriod instanceof RetentionPeriod.DefersTo) {
        throw new InvalidValueException(
            "resolvedPeriod", "fixed or permanent, not deferring", resolvedPeriod.code());
      }
    }
  }

  /**
   * No period can be given without guessing.
   *
   * @param reason why, naming the row, the regulation or the table looked in
   */
  record Unresolved(String reason) implements PeriodResolution {
    /**
     * Checks the field.
     *
     * @param reason why, naming the row, the regulation or the table looked in
     */
    public Unresolved {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
