package org.siarchive.rules.retention;

import java.util.List;
import java.util.Objects;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.model.RetentionPeriod;

/**
 * The one retention answer for a volume: the schedule rows it falls under, the period it is kept
 * for, and how that was reached; exactly one of {@link Decided} or {@link Undecided}. Given by
 * {@link RetentionRules#classify(org.siarchive.core.model.Volume)}, which {@link
 * RetentionRules#disposition(org.siarchive.core.model.Volume)}, {@link
 * RetentionRules#impactOn(org.siarchive.core.model.Volume)}, the {@code
 * RETENTION_SCHEDULE_MISMATCH} check and the command line all use.
 *
 * <p>The order, documented once here:
 *
 * <ol>
 *   <li>{@link Basis#BUSINESS_TYPE}: the row the material rules (bound with {@link
 *       RetentionRules#withMaterialRules}) name for the volume's business type, when the edition
 *       decides that row. Every entry falls under it; a deferring row is resolved with each entry's
 *       title.
 *   <li>Otherwise {@link Basis#ITEMS}: each catalogue entry by its material code, else by its title
 *       as material text (each first in the edition, then through the material rules); the volume's
 *       period is the longest of its entries' periods. When an entry cannot be decided the volume
 *       is undecided, unless another entry is already permanent; a volume without entries is
 *       undecided.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * VolumeClassification answer = rules.withMaterialRules(materials).classify(volume);
 * if (answer instanceof VolumeClassification.Decided d) {
 *   d.period();       // e.g. D100
 *   d.rowIds();       // [一(2)]
 *   d.basis();        // BUSINESS_TYPE
 * }
 * answer.disposition().appraisalFrom();   // e.g. Optional[2125-01-01]
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface VolumeClassification
    permits VolumeClassification.Decided, VolumeClassification.Undecided {

  /** {@return the volume's id} */
  String volumeId();

  /** {@return the year the volume was formed} */
  int year();

  /** {@return how the rows were reached} */
  Basis basis();

  /**
   * {@return the rows its entries fall under (or its business type's row), in entry order, no
   * repeats}
   */
  List<String> rowIds();

  /** {@return each catalogue entry's answer, in catalogue order} */
  List<ItemRetention> items();

  /** {@return true when the period is decided} */
  default boolean isDecided() {
    return this instanceof Decided;
  }

  /**
   * {@return when the volume's retention runs out under this answer: from its period and year when
   * decided, else {@link Disposition.Undecided} with the reason}
   */
  default Disposition disposition() {
    if (this instanceof Decided d) {
      return Disposition.ofYear(d.period(), year());
    }
    return new Disposition.Undecided(
        CalendarYears.januaryFirst(year() + 1), ((Undecided) this).reason());
  }

  /** How a volume's rows were reached. */
  enum Basis {
    /** The row the material rules name for the volume's business type. */
    BUSINESS_TYPE,
    /** Each catalogue entry's material code or title. */
    ITEMS
  }

  /**
   * The period is decided.
   *
   * @param volumeId the volume
   * @param year the year formed, {@value Disposition#MIN_YEAR} to {@value Disposition#MAX_YEAR}
   * @param basis how the rows were reached
   * @param rowIds the rows, at least one
   * @param items each entry's answer
   * @param period the period, fixed or permanent
   */
  record Decided(
      String volumeId,
      int year,
      Basis basis,
      List<String> rowIds,
      List<ItemRetention> items,
      RetentionPeriod period)
      implements VolumeClassification {
    /**
     * Checks the fields and copies the lists.
     *
     * @param volumeId the volume
     * @param year the year formed, {@value Disposition#MIN_YEAR} to {@value Disposition#MAX_YEAR}
     * @param basis how the rows were reached
     * @param rowIds the rows, at least one
     * @param items each entry's answer
     * @param period the period, fixed or permanent
     */
    public Decided {
      Objects.requireNonNull(volumeId, "volumeId");
      requireYear(year);
      Objects.requireNonNull(basis, "basis");
      rowIds = List.copyOf(rowIds);
      items = List.copyOf(items);
      Objects.requireNonNull(period, "period");
      if (rowIds.isEmpty()) {
        throw new InvalidValueException("rowIds", "at least one row for a decided volume", "[]");
      }
      if (period instanceof RetentionPeriod.DefersTo) {
        throw new InvalidValueException(
            "period", "fixed or permanent, not deferring", period.code());
      }
    }
  }

  /**
   * The period cannot be decided without guessing.
   *
   * @param volumeId the volume
   * @param year the year formed, {@value Disposition#MIN_YEAR} to {@value Disposition#MAX_YEAR}
   * @param basis how the rows were looked for
   * @param rowIds the rows found for some entries (possibly none)
   * @param items each entry's answer
   * @param reason why, naming the first entry that cannot be decided and the edition
   */
  record Undecided(
      String volumeId,
      int year,
      Basis basis,
      List<String> rowIds,
      List<ItemRetention> items,
      String reason)
      implements VolumeClassification {
    /**
     * Checks the fields and copies the lists.
     *
     * @param volumeId the volume
     * @param year the year formed, {@value Disposition#MIN_YEAR} to {@value Disposition#MAX_YEAR}
     * @param basis how the rows were looked for
     * @param rowIds the rows found for some entries (possibly none)
     * @param items each entry's answer
     * @param reason why, naming the first entry that cannot be decided and the edition
     */
    public Undecided {
      Objects.requireNonNull(volumeId, "volumeId");
      requireYear(year);
      Objects.requireNonNull(basis, "basis");
      rowIds = List.copyOf(rowIds);
      items = List.copyOf(items);
      Objects.requireNonNull(reason, "reason");
    }
  }

  private static void requireYear(int year) {
    if (year < Disposition.MIN_YEAR || year > Disposition.MAX_YEAR) {
      throw new InvalidValueException(
          "year",
          "valid values " + Disposition.MIN_YEAR + " - " + Disposition.MAX_YEAR,
          Integer.toString(year));
    }
  }
}
