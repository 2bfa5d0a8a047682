package org.siarchive.core.ruledata;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One edition of a rule table (a retention schedule's edition, an edition of material rules): the
 * table it belongs to, its own id, and the days it is in force. A {@link Timeline} orders the
 * editions of one table.
 *
 * <pre>{@code
 * TableEdition e = schedules.latest("cn-national");
 * e.tableId();        // "cn-national"
 * e.edition();        // "2009"
 * e.effectiveFrom();  // 2009-09-01
 * }</pre>
 *
 * @since 0.1.0
 */
public interface TableEdition {

  /** {@return the id of the table, the same for every edition of it} */
  String tableId();

  /** {@return the edition's id, unique within its table} */
  String edition();

  /** {@return the first day the edition is in force} */
  LocalDate effectiveFrom();

  /**
   * {@return the last day the edition is in force, when the edition itself says so; otherwise it is
   * in force until the next edition of its table}
   */
  default Optional<LocalDate> effectiveUntil() {
    return Optional.empty();
  }

  /** {@return the file or resource the edition was loaded from, for messages} */
  String sourceName();
}
