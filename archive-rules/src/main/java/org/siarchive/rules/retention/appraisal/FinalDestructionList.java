package org.siarchive.rules.retention.appraisal;

import java.time.LocalDate;
import java.util.List;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.rules.retention.Disposition;
import org.siarchive.rules.retention.EditionRef;

/**
 * A finalised destruction list (销毁清册): every entry ordered destroyed by the appraisal decision,
 * approved, with at least two supervisors, none on hold on the day it was approved. Only {@link
 * DestructionList#finalise} makes one. The list is itself a record kept permanently.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * FinalDestructionList list = draft.finalise("王主任", List.of("李监销", "赵监销"), holds, clock);
 * list.retention();     // Y
 * list.disposition();   // Permanent, from 1 January after approval
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FinalDestructionList {
  private final String id;
  private final EditionRef edition;
  private final AppraisalDecision decision;
  private final String approver;
  private final List<String> supervisors;
  private final LocalDate approvedOn;
  private final List<AppraisalList.Due> entries;

  FinalDestructionList(
      String id,
      EditionRef edition,
      AppraisalDecision decision,
      String approver,
      List<String> supervisors,
      LocalDate approvedOn,
      List<AppraisalList.Due> entries) {
    this.id = id;
    this.edition = edition;
    this.decision = decision;
    this.approver = approver;
    this.supervisors = List.copyOf(supervisors);
    this.approvedOn = approvedOn;
    this.entries = List.copyOf(entries);
  }

  /** {@return the list's identifier} */
  public String id() {
    return id;
  }

  /** {@return the edition whose rows gave the periods} */
  public EditionRef edition() {
    return edition;
  }

  /** {@return the appraisal decision that orders each entry destroyed} */
  public AppraisalDecision decision() {
    return decision;
  }

  /** {@return who approved the list} */
  public String approver() {
    return approver;
  }

  /** {@return the supervisors of the destruction, at least two, distinct} */
  public List<String> supervisors() {
    return supervisors;
  }

  /** {@return the day the list was approved} */
  public LocalDate approvedOn() {
    return approvedOn;
  }

  /** {@return the records to destroy} */
  public List<AppraisalList.Due> entries() {
    return entries;
  }

  /** {@return the list's own retention: permanent} */
  public RetentionPeriod retention() {
    return RetentionPeriod.PERMANENT;
  }

  /** {@return the list's own disposition: permanent, from 1 January after approval} */
  public Disposition disposition() {
    return Disposition.of(retention(), approvedOn);
  }
}
