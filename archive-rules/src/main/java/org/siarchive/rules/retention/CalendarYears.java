package org.siarchive.rules.retention;

import java.time.LocalDate;

/**
 * The first and last day of every year a disposition can name (formation years 1000–9999 plus a
 * period of up to 100 years, plus one), built once. Disposition dates are always one of these, so
 * bulk disposition shares them instead of allocating three dates per record; {@link LocalDate} is
 * immutable, so sharing is safe.
 */
final class CalendarYears {
  private static final int FIRST = Disposition.MIN_YEAR;
  private static final int LAST = Disposition.MAX_YEAR + 101;
  private static final LocalDate[] JANUARY_FIRST = new LocalDate[LAST - FIRST + 1];
  private static final LocalDate[] DECEMBER_LAST = new LocalDate[LAST - FIRST + 1];

  static {
    for (int y = FIRST; y <= LAST; y++) {
      JANUARY_FIRST[y - FIRST] = LocalDate.of(y, 1, 1);
      DECEMBER_LAST[y - FIRST] = LocalDate.of(y, 12, 31);
    }
  }

  private CalendarYears() {}

  /** 1 January of a year in range. */
  static LocalDate januaryFirst(int year) {
    return JANUARY_FIRST[year - FIRST];
  }

  /** 31 December of a year in range. */
  static LocalDate decemberLast(int year) {
    return DECEMBER_LAST[year - FIRST];
  }
}
