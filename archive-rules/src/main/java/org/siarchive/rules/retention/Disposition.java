package org.siarchive.rules.retention;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.model.RetentionPeriod;

/**
 * When a record's retention runs out. Retention starts on 1 January of the year after the record
 * was formed; a fixed period of N years expires at the end of year (formed + N), and appraisal is
 * due from the day after. A permanent record never expires. A period that defers to another
 * regulation, or a row whose period is unknown, gives an {@link Undecided} disposition: nothing is
 * guessed.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Disposition d = Disposition.of(RetentionPeriod.ofYears(10), LocalDate.of(2015, 6, 30));
 * d.retentionStart();  // 2016-01-01
 * d.expires();         // Optional[2025-12-31]
 * d.appraisalFrom();   // Optional[2026-01-01]
 * Disposition.of(RetentionPeriod.PERMANENT, LocalDate.of(2015, 6, 30)).expires();  // empty
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface Disposition
    permits Disposition.Expiring, Disposition.Permanent, Disposition.Undecided {

  /** The earliest year of formation accepted. */
  int MIN_YEAR = 1000;

  /** The latest year of formation accepted. */
  int MAX_YEAR = 9999;

  /** {@return the first day of retention: 1 January of the year after formation} */
  LocalDate retentionStart();

  /** {@return the last day of retention, for a fixed period} */
  default Optional<LocalDate> expires() {
    return Optional.empty();
  }

  /** {@return the first day on which the record may be appraised, for a fixed period} */
  default Optional<LocalDate> appraisalFrom() {
    return Optional.empty();
  }

  /** {@return true when the retention is decided (fixed or permanent)} */
  default boolean isDecided() {
    return !(this instanceof Undecided);
  }

  /**
   * {@return true when the period has run out on the date, so that the record is due for appraisal}
   * Never true for a permanent or undecided disposition. Being due for appraisal is not being
   * destroyable: only an appraisal decision and an approved destruction list make it so.
   *
   * @param date the day judged on
   */
  default boolean isDueForAppraisal(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return appraisalFrom().map(from -> !date.isBefore(from)).orElse(false);
  }

  /**
   * {@return the disposition of a record formed on a date and kept for a period}
   *
   * @param period the period; a deferring period gives an {@link Undecided} disposition
   * @param formedOn the date the record was formed, in the years {@value #MIN_YEAR} to {@value
   *     #MAX_YEAR}
   * @throws InvalidValueException naming {@code formedOn} when the year is out of range
   */
  static Disposition of(RetentionPeriod period, LocalDate formedOn) {
    Objects.requireNonNull(formedOn, "formedOn");
    return ofYear(period, formedOn.getYear());
  }

  /**
   * {@return the disposition of a record formed in a year (only the year of formation matters)}
   *
   * @param period the period; a deferring period gives an {@link Undecided} disposition
   * @param yearFormed the year of formation, {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @throws InvalidValueException naming {@code yearFormed} when out of range
   */
  static Disposition ofYear(RetentionPeriod period, int yearFormed) {
    Objects.requireNonNull(period, "period");
    if (yearFormed < MIN_YEAR || yearFormed > MAX_YEAR) {
      throw new InvalidValueException(
          "yearFormed",
          String.format(Locale.ROOT, "valid values %d - %d", MIN_YEAR, MAX_YEAR),
          Integer.toString(yearFormed));
    }
    LocalDate start = CalendarYears.januaryFirst(yearFormed + 1);
    if (period instanceof RetentionPeriod.Fixed fixed) {
      int lastYear = yearFormed + fixed.years();
      return new Expiring(
          fixed,
          start,
          CalendarYears.decemberLast(lastYear),
          CalendarYears.januaryFirst(lastYear + 1));
    }
    if (period instanceof RetentionPeriod.Permanent) {
      return new Permanent(start);
    }
    RetentionPeriod.DefersTo deferring = (RetentionPeriod.DefersTo) period;
    return new Undecided(
        start,
        String.format(
            Locale.ROOT,
            "the period defers to %s; resolve it through a loaded table of that regulation",
            deferring.regulation()));
  }

  /**
   * A fixed period: the record expires and becomes due for appraisal.
   *
   * @param period the fixed period that applies (after resolving any deferral)
   * @param retentionStart 1 January of the year after formation
   * @param expiresOn 31 December of the year (formed + years)
   * @param appraisalFromDate the day after {@code expiresOn}
   */
  record Expiring(
      RetentionPeriod.Fixed period,
      LocalDate retentionStart,
      LocalDate expiresOn,
      LocalDate appraisalFromDate)
      implements Disposition {
    /**
     * Checks that the dates follow the rule.
     *
     * @param period the fixed period that applies (after resolving any deferral)
     * @param retentionStart 1 January of the year after formation
     * @param expiresOn 31 December of the year (formed + years)
     * @param appraisalFromDate the day after {@code expiresOn}
     */
    public Expiring {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(retentionStart, "retentionStart");
      Objects.requireNonNull(expiresOn, "expiresOn");
      Objects.requireNonNull(appraisalFromDate, "appraisalFromDate");
      int lastYear = retentionStart.getYear() - 1 + period.years();
      if (!isJanuaryFirst(retentionStart)
          || expiresOn.getYear() != lastYear
          || expiresOn.getMonthValue() != 12
          || expiresOn.getDayOfMonth() != 31
          || appraisalFromDate.getYear() != lastYear + 1
          || !isJanuaryFirst(appraisalFromDate)) {
        throw new InvalidValueException(
            "expiresOn",
            "retention from 1 January, expiry on 31 December of the year formed + years,"
                + " appraisal from the next day",
            retentionStart + ", " + expiresOn + ", " + appraisalFromDate);
      }
    }

    /** Month and day compared directly: cheaper than the day of the year, built per record. */
    private static boolean isJanuaryFirst(LocalDate date) {
      return date.getMonthValue() == 1 && date.getDayOfMonth() == 1;
    }

    @Override
    public Optional<LocalDate> expires() {
      return Optional.of(expiresOn);
    }

    @Override
    public Optional<LocalDate> appraisalFrom() {
      return Optional.of(appraisalFromDate);
    }
  }

  /**
   * A permanent record (永久): it never expires.
   *
   * @param retentionStart 1 January of the year after formation
   */
  record Permanent(LocalDate retentionStart) implements Disposition {
    /**
     * Checks the field.
     *
     * @param retentionStart 1 January of the year after formation
     */
    public Permanent {
      Objects.requireNonNull(retentionStart, "retentionStart");
    }
  }

  /**
   * A disposition that cannot be decided from the data at hand, with the reason.
   *
   * @param retentionStart 1 January of the year after formation (known even when the period is not)
   * @param reason why it cannot be decided, naming the row or regulation
   */
  record Undecided(LocalDate retentionStart, String reason) implements Disposition {
    /**
     * Checks the fields.
     *
     * @param retentionStart 1 January of the year after formation (known even when the period is
     *     not)
     * @param reason why it cannot be decided, naming the row or regulation
     */
    public Undecided {
      Objects.requireNonNull(retentionStart, "retentionStart");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
