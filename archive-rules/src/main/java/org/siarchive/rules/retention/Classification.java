package org.siarchive.rules.retention;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.siarchive.core.model.RetentionPeriod;

/**
 * The row, and so the period, that a row id, a material code or a material text falls under in an
 * edition; or why that cannot be decided.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Classification c = rules.classifyMaterial("参保单位登记材料");
 * if (c instanceof Classification.Classified found) {
 *   found.row().id();   // "一(1)"
 *   found.period();     // Y
 * } else if (c instanceof Classification.Undecided undecided) {
 *   undecided.reason(); // e.g. AMBIGUOUS, with the candidate rows
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface Classification permits Classification.Classified, Classification.Undecided {

  /** {@return what was looked up: the row id, material code or material text as given} */
  String query();

  /** {@return true when a row with a period was found} */
  default boolean isDecided() {
    return this instanceof Classified;
  }

  /** {@return the row found, if decided} */
  default Optional<ScheduleRow> foundRow() {
    return this instanceof Classified c ? Optional.of(c.row()) : Optional.empty();
  }

  /** How a query was matched to a row. */
  enum Match {
    /** The row id, exactly or after NFKC normalisation. */
    ROW_ID,
    /** A material code listed by the row. */
    MATERIAL_CODE,
    /** The material text or an alias, after normalisation. */
    SAME_TEXT,
    /** The query contains the row's material text (or one of its enumerated parts). */
    ROW_TEXT_IN_QUERY,
    /** The query is part of exactly one row's material text. */
    QUERY_IN_ROW_TEXT,
    /**
     * The row the material rules name for the volume's business type (the query is the business
     * type, e.g. {@code GENERAL/PERSON_ENROLMENT}).
     */
    BUSINESS_TYPE,
    /**
     * The edition cannot place the material code or text itself, but the material rules list that
     * material only under business types filed under this row.
     */
    MATERIAL_RULES
  }

  /** Why a query could not be decided. */
  enum Reason {
    /** No such row, and its category (if any) lists every row. */
    NO_SUCH_ROW,
    /** Not listed, but its category's rows are not all listed in the edition. */
    ROW_NOT_LISTED,
    /** The row is listed but not confirmed, and its period is unknown. */
    PERIOD_UNKNOWN,
    /** No row's material matches the text or code. */
    NO_MATCH,
    /** Several rows match equally well. */
    AMBIGUOUS
  }

  /**
   * A row with a period was found.
   *
   * @param query what was looked up
   * @param row the row; its period is not null
   * @param match how it matched
   */
  record Classified(String query, ScheduleRow row, Match match) implements Classification {
    /**
     * Checks the fields.
     *
     * @param query what was looked up
     * @param row the row; its period is not null
     * @param match how it matched
     */
    public Classified {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(row, "row");
      Objects.requireNonNull(match, "match");
      Objects.requireNonNull(row.period(), "row.period");
    }

    /** {@return the row's period (possibly one that defers to another regulation)} */
    public RetentionPeriod period() {
      return Objects.requireNonNull(row.period(), "row.period");
    }
  }

  /**
   * No row, or no period, can be given without guessing.
   *
   * @param query what was looked up
   * @param reason why
   * @param candidates the rows concerned (the unconfirmed row, or the rows that match equally)
   * @param message the reason in words, naming the query, the edition and the rows
   */
  record Undecided(String query, Reason reason, List<ScheduleRow> candidates, String message)
      implements Classification {
    /**
     * Checks the fields and copies the list.
     *
     * @param query what was looked up
     * @param reason why
     * @param candidates the rows concerned (the unconfirmed row, or the rows that match equally)
     * @param message the reason in words, naming the query, the edition and the rows
     */
    public Undecided {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(reason, "reason");
      candidates = List.copyOf(candidates);
      Objects.requireNonNull(message, "message");
    }
  }
}
