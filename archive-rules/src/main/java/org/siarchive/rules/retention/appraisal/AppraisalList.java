package org.siarchive.rules.retention.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.siarchive.core.ArchiveTime;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.Masking;
import org.siarchive.rules.retention.Disposition;
import org.siarchive.rules.retention.EditionRef;
import org.siarchive.rules.retention.RetentionRules;

/**
 * The records whose retention has run out on a date, for the appraisal team (鉴定小组): those due for
 * appraisal; those that would be due but are on hold (never due for destruction); those whose
 * disposition cannot be decided; and how many are not yet due or permanent. Every record given is
 * counted exactly once: {@code records = due + held + undecided + notYetDue + permanent}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * AppraisalList list = AppraisalList.of(rules, records, holds, clock);
 * for (AppraisalList.Due d : list.due()) {
 *   System.out.println(d.record().id() + " expired " + d.disposition().expiresOn());
 * }
 * }</pre>
 *
 * @param edition the edition whose rows gave the periods
 * @param asOf the date of the list
 * @param due the records due for appraisal, not on hold, in the order given
 * @param held the records that would be due but are on hold, with the hold
 * @param undecided the records whose disposition cannot be decided, with the reason
 * @param notYetDue how many records have a fixed period that has not run out
 * @param permanent how many records are kept permanently
 * @since 0.1.0
 */
public record AppraisalList(
    EditionRef edition,
    LocalDate asOf,
    List<Due> due,
    List<Held> held,
    List<Undecided> undecided,
    int notYetDue,
    int permanent) {

  /**
   * Checks the fields and copies the lists.
   *
   * @param edition the edition whose rows gave the periods
   * @param asOf the date of the list
   * @param due the records due for appraisal, not on hold, in the order given
   * @param held the records that would be due but are on hold, with the hold
   * @param undecided the records whose disposition cannot be decided, with the reason
   * @param notYetDue how many records have a fixed period that has not run out
   * @param permanent how many records are kept permanently
   */
  public AppraisalList {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(asOf, "asOf");
    due = List.copyOf(due);
    held = List.copyOf(held);
    undecided = List.copyOf(undecided);
    if (notYetDue < 0 || permanent < 0) {
      throw new InvalidValueException("notYetDue", "not negative", notYetDue + ", " + permanent);
    }
    for (Due d : due) {
      if (!d.disposition().isDueForAppraisal(asOf)) {
        throw new InvalidValueException(
            "due",
            "expired by " + asOf,
            d.record().id() + " appraisal from " + d.disposition().appraisalFromDate());
      }
    }
  }

  /**
   * A record due for appraisal.
   *
   * @param record the record
   * @param disposition its disposition, expired
   */
  public record Due(ArchivedRecord record, Disposition.Expiring disposition) {
    /**
     * Checks the fields.
     *
     * @param record the record
     * @param disposition its disposition, expired
     */
    public Due {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(disposition, "disposition");
    }
  }

  /**
   * A record that would be due, on hold.
   *
   * @param record the record
   * @param disposition its disposition, expired
   * @param hold the hold that keeps it
   */
  public record Held(ArchivedRecord record, Disposition.Expiring disposition, Hold hold) {
    /**
     * Checks the fields.
     *
     * @param record the record
     * @param disposition its disposition, expired
     * @param hold the hold that keeps it
     */
    public Held {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(disposition, "disposition");
      Objects.requireNonNull(hold, "hold");
    }
  }

  /**
   * A record whose disposition cannot be decided.
   *
   * @param record the record
   * @param reason why, naming the row or regulation
   */
  public record Undecided(ArchivedRecord record, String reason) {
    /**
     * Checks the fields.
     *
     * @param record the record
     * @param reason why, naming the row or regulation
     */
    public Undecided {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Appraises records against the rules on the clock's date.
   *
   * @param rules the edition's rules that give each record's period
   * @param records the records, each id once
   * @param holds the holds standing
   * @param clock the clock whose date, in the archives' time zone, is the list's date
   * @return the list: the records due, held, undecided, not yet due and permanent on that date
   * @throws InvalidValueException naming {@code records} and the id when an id repeats
   */
  public static AppraisalList of(
      RetentionRules rules, Collection<ArchivedRecord> records, Holds holds, Clock clock) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(holds, "holds");
    LocalDate today = ArchiveTime.today(Objects.requireNonNull(clock, "clock"));
    List<Due> due = new ArrayList<>();
    List<Held> held = new ArrayList<>();
    List<Undecided> undecided = new ArrayList<>();
    int notYetDue = 0;
    int permanent = 0;
    Set<String> seen = new HashSet<>();
    for (ArchivedRecord r : records) {
      if (!seen.add(r.id())) {
        throw new InvalidValueException("records", "each record id once", Masking.quoted(r.id()));
      }
      Disposition d = rules.disposition(r.rowId(), r.formedOn(), r.material());
      if (d instanceof Disposition.Undecided u) {
        undecided.add(new Undecided(r, u.reason()));
      } else if (d instanceof Disposition.Permanent) {
        permanent++;
      } else if (!d.isDueForAppraisal(today)) {
        notYetDue++;
      } else {
        Disposition.Expiring expiring = (Disposition.Expiring) d;
        Optional<Hold> hold = holds.holding(r.id(), today);
        if (hold.isPresent()) {
          held.add(new Held(r, expiring, hold.get()));
        } else {
          due.add(new Due(r, expiring));
        }
      }
    }
    return new AppraisalList(
        rules.edition().ref(), today, due, held, undecided, notYetDue, permanent);
  }

  /** {@return the number of records appraised: every one counted once} */
  public int recordCount() {
    return due.size() + held.size() + undecided.size() + notYetDue + permanent;
  }
}
