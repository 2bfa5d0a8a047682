package org.siarchive.rules.retention.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.ArchiveTime;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.Masking;
import org.siarchive.core.internal.Checks;
import org.siarchive.rules.retention.EditionRef;

/**
 * A draft destruction list (销毁清册): records taken from an {@link AppraisalList}'s due records. It
 * becomes a {@link FinalDestructionList} through {@link #finalise} only when an appraisal decision
 * orders each entry destroyed, an approver signs it and at least two supervisors attend, and no
 * entry is on hold on the day.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DestructionList draft = DestructionList.draft("XH-2026-01", appraisalList)
 *     .withDecision(decision);          // keeps only the entries the decision orders destroyed
 * FinalDestructionList list =
 *     draft.finalise("王主任", List.of("李监销", "赵监销"), holds, clock);
 * list.retention();                     // Y: the list itself is kept permanently
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DestructionList {
  private final String id;
  private final EditionRef edition;
  private final List<AppraisalList.Due> entries;
  private final @Nullable AppraisalDecision decision;

  private DestructionList(
      String id,
      EditionRef edition,
      List<AppraisalList.Due> entries,
      @Nullable AppraisalDecision decision) {
    this.id = id;
    this.edition = edition;
    this.entries = List.copyOf(entries);
    this.decision = decision;
  }

  /**
   * {@return a draft of every record due in the appraisal list}
   *
   * @param id the list's id, 1 to 64 characters
   * @param list the appraisal list the records are taken from
   */
  public static DestructionList draft(String id, AppraisalList list) {
    Objects.requireNonNull(list, "list");
    return new DestructionList(Checks.text(id, 64, "id"), list.edition(), list.due(), null);
  }

  /**
   * {@return a draft of some of the records due in the appraisal list}
   *
   * @param id the list's id, 1 to 64 characters
   * @param list the appraisal list the records are taken from
   * @param recordIds the ids of the records to draft, each among the list's due records; a repeated
   *     id counts once
   * @throws InvalidValueException naming {@code recordIds} when an id is not among the list's due
   *     records (a record on hold, not expired or unknown cannot be drafted)
   */
  public static DestructionList draft(String id, AppraisalList list, Collection<String> recordIds) {
    Objects.requireNonNull(list, "list");
    Map<String, AppraisalList.Due> due =
        list.due().stream().collect(Collectors.toMap(d -> d.record().id(), Function.identity()));
    List<AppraisalList.Due> entries = new ArrayList<>();
    for (String recordId : new LinkedHashSet<>(Objects.requireNonNull(recordIds, "recordIds"))) {
      AppraisalList.Due d = due.get(recordId);
      if (d == null) {
        throw new InvalidValueException(
            "recordIds",
            "records due in appraisal list of " + list.asOf(),
            Masking.quoted(recordId));
      }
      entries.add(d);
    }
    return new DestructionList(Checks.text(id, 64, "id"), list.edition(), entries, null);
  }

  /**
   * {@return this draft with the appraisal decision: entries the decision keeps for a new period
   * ({@link AppraisalDecision.Extend}) leave the list; entries it says nothing about stay, and
   * {@link #finalise} refuses them}
   *
   * @param decision the appraisal decision on the list's records
   */
  public DestructionList withDecision(AppraisalDecision decision) {
    Objects.requireNonNull(decision, "decision");
    List<AppraisalList.Due> kept =
        entries.stream()
            .filter(
                e ->
                    !(decision.verdicts().get(e.record().id()) instanceof AppraisalDecision.Extend))
            .toList();
    return new DestructionList(id, edition, kept, decision);
  }

  /** {@return the list's identifier} */
  public String id() {
    return id;
  }

  /** {@return the edition whose rows gave the periods} */
  public EditionRef edition() {
    return edition;
  }

  /** {@return the entries, in order} */
  public List<AppraisalList.Due> entries() {
    return entries;
  }

  /** {@return the appraisal decision, once given} */
  public Optional<AppraisalDecision> decision() {
    return Optional.ofNullable(decision);
  }

  /**
   * Finalises the list on the clock's date.
   *
   * @param approver the agency head who approves it
   * @param supervisors those supervising the destruction, at least two distinct
   * @param holds the holds standing; checked on the clock's date
   * @param clock the clock whose date, in the archives' time zone, is the day of finalising
   * @return the final list: its entries, the decision, the approver, the distinct supervisors and
   *     the day
   * @throws DestructionListException naming the field and record: no decision; no approver; fewer
   *     than two distinct supervisors; no entries; a decision dated after today; an entry the
   *     decision does not order destroyed; an entry appraised before its appraisal date; an entry
   *     on hold
   */
  public FinalDestructionList finalise(
      String approver, List<String> supervisors, Holds holds, Clock clock) {
    Objects.requireNonNull(supervisors, "supervisors");
    Objects.requireNonNull(holds, "holds");
    LocalDate today = ArchiveTime.today(Objects.requireNonNull(clock, "clock"));
    if (decision == null) {
      throw new DestructionListException(id, "decision", null, "an appraisal decision is required");
    }
    if (approver == null || approver.isBlank()) {
      throw new DestructionListException(
          id, "approver", null, "required, not blank: " + Masking.quoted(approver));
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String s : supervisors) {
      if (s != null && !s.isBlank()) {
        distinct.add(s.strip());
      }
    }
    if (distinct.size() < 2) {
      throw new DestructionListException(
          id,
          "supervisors",
          null,
          "at least 2 distinct supervisors: " + supervisors.stream().map(Masking::quoted).toList());
    }
    if (entries.isEmpty()) {
      throw new DestructionListException(
          id, "entries", null, "a destruction list needs at least one entry");
    }
    if (decision.decidedOn().isAfter(today)) {
      throw new DestructionListException(
          id,
          "decision",
          null,
          String.format(
              Locale.ROOT,
              "decision %s is dated %s, after today %s",
              decision.id(),
              decision.decidedOn(),
              today));
    }
    for (AppraisalList.Due e : entries) {
      String recordId = e.record().id();
      if (!(decision.verdicts().get(recordId) instanceof AppraisalDecision.Destroy)) {
        throw new DestructionListException(
            id,
            "entries",
            recordId,
            "appraisal decision " + decision.id() + " does not order it destroyed");
      }
      if (decision.decidedOn().isBefore(e.disposition().appraisalFromDate())) {
        throw new DestructionListException(
            id,
            "entries",
            recordId,
            String.format(
                Locale.ROOT,
                "appraised on %s, before its appraisal date %s",
                decision.decidedOn(),
                e.disposition().appraisalFromDate()));
      }
      Optional<Hold> hold = holds.holding(recordId, today);
      if (hold.isPresent()) {
        throw new DestructionListException(
            id,
            "entries",
            recordId,
            String.format(
                Locale.ROOT,
                "on %s hold %s since %s",
                hold.get().kind(),
                hold.get().id(),
                hold.get().placedOn()));
      }
    }
    return new FinalDestructionList(
        id, edition, decision, approver.strip(), List.copyOf(distinct), today, entries);
  }
}
