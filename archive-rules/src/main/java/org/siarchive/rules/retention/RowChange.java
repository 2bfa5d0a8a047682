package org.siarchive.rules.retention;

import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.siarchive.core.InvalidValueException;

/**
 * A row present in two editions with a difference: the row in each and what kinds of change.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (RowChange c : diff.changed()) {
 *   if (c.kinds().contains(RowChange.Kind.PERIOD_SHORTER)) {
 *     scheduleAppraisalFor(c.rowId());
 *   }
 * }
 * }</pre>
 *
 * @param rowId the row id
 * @param from the row in the older edition
 * @param to the row in the newer edition
 * @param kinds what changed, at least one kind
 * @since 0.1.0
 */
public record RowChange(String rowId, ScheduleRow from, ScheduleRow to, Set<Kind> kinds) {

  /** A kind of change to a row. */
  public enum Kind {
    /** The period is longer (D10 &lt; D30 &lt; D50 &lt; D100 &lt; Y). */
    PERIOD_LONGER,
    /** The period is shorter. */
    PERIOD_SHORTER,
    /** The period changed where no order applies (to or from a deferring or unknown period). */
    PERIOD_CHANGED,
    /** The material, its English, or its aliases changed. */
    TEXT_CHANGED,
    /** The row moved to another category. */
    CATEGORY_CHANGED,
    /** The material codes listed changed. */
    CODES_CHANGED,
    /** The provenance (source, confirmation, note) changed. */
    PROVENANCE_CHANGED
  }

  /**
   * Checks the fields and copies the set.
   *
   * @param rowId the row id
   * @param from the row in the older edition
   * @param to the row in the newer edition
   * @param kinds what changed, at least one kind
   */
  public RowChange {
    Objects.requireNonNull(rowId, "rowId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    kinds = Set.copyOf(kinds);
    if (kinds.isEmpty()) {
      throw new InvalidValueException("kinds", "at least one kind of change", "[]");
    }
    if (!from.id().equals(rowId) || !to.id().equals(rowId)) {
      throw new InvalidValueException(
          "rowId", "the id of both rows", rowId + " (rows " + from.id() + ", " + to.id() + ")");
    }
  }

  /** The kinds of change between two rows of the same id; empty when they are equal. */
  static Set<Kind> between(ScheduleRow a, ScheduleRow b) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    if (!Objects.equals(a.period(), b.period())) {
      OptionalInt order = Periods.compare(b.period(), a.period());
      kinds.add(
          order.isEmpty()
              ? Kind.PERIOD_CHANGED
              : order.getAsInt() > 0 ? Kind.PERIOD_LONGER : Kind.PERIOD_SHORTER);
    }
    if (!Objects.equals(a.material(), b.material())
        || !Objects.equals(a.materialEn(), b.materialEn())
        || !a.aliases().equals(b.aliases())) {
      kinds.add(Kind.TEXT_CHANGED);
    }
    if (!a.category().equals(b.category())) {
      kinds.add(Kind.CATEGORY_CHANGED);
    }
    if (!a.materialCodes().equals(b.materialCodes())) {
      kinds.add(Kind.CODES_CHANGED);
    }
    if (!a.provenance().equals(b.provenance())) {
      kinds.add(Kind.PROVENANCE_CHANGED);
    }
    return kinds;
  }
}
