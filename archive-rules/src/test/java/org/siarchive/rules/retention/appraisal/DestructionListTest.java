package org.siarchive.rules.retention.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siarchive.rules.retention.appraisal.AppraisalFixtures.NATIONAL;
import static org.siarchive.rules.retention.appraisal.AppraisalFixtures.on;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.model.RetentionPeriod;

/**
 * A destruction list is final only with a decision, an approver and two supervisors, and no hold.
 */
class DestructionListTest {

  private static final Clock JAN = on(LocalDate.of(2026, 1, 10));
  private static final Clock MAR = on(LocalDate.of(2026, 3, 2));
  private static final List<ArchivedRecord> RECORDS =
      List.of(
          new ArchivedRecord("R1", "一(4)", LocalDate.of(2014, 6, 1), null),
          new ArchivedRecord("R2", "八(3)", LocalDate.of(2000, 1, 1), null),
          new ArchivedRecord("R3", "七(3)", LocalDate.of(2012, 6, 1), null));
  private static final AppraisalList LIST = AppraisalList.of(NATIONAL, RECORDS, Holds.none(), JAN);

  private static AppraisalDecision destroyAll() {
    Map<String, AppraisalDecision.Verdict> v = new LinkedHashMap<>();
    RECORDS.forEach(r -> v.put(r.id(), new AppraisalDecision.Destroy()));
    return new AppraisalDecision(
        "JD-2026-01", LocalDate.of(2026, 2, 20), List.of("张主任", "业务科李某", "档案员王某"), v);
  }

  @Test
  void finalise_withDecisionApproverAndTwoSupervisors_givesAPermanentList() {
    FinalDestructionList list =
        DestructionList.draft("XH-2026-01", LIST)
            .withDecision(destroyAll())
            .finalise("王局长", List.of("李监销", "赵监销"), Holds.none(), MAR);
    assertThat(list.entries()).extracting(e -> e.record().id()).containsExactly("R1", "R2", "R3");
    assertThat(list.retention()).isEqualTo(RetentionPeriod.PERMANENT);
    assertThat(list.disposition().expires()).isEmpty();
    assertThat(list.approvedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(list.supervisors()).containsExactly("李监销", "赵监销");
    assertThat(list.edition().toString()).isEqualTo("cn-national 2009");
    assertThat(list.id()).isEqualTo("XH-2026-01");
    assertThat(list.approver()).isEqualTo("王局长");
    assertThat(list.decision()).isEqualTo(destroyAll());
  }

  @Test
  void draft_givesBackItsIdAndItsDecisionOnceGiven() {
    DestructionList draft = DestructionList.draft("XH-2026-02", LIST);
    assertThat(draft.id()).isEqualTo("XH-2026-02");
    assertThat(draft.decision()).isEmpty();
    assertThat(draft.withDecision(destroyAll()).decision()).contains(destroyAll());
    assertThat(destroyAll().verdictOn("R2")).containsInstanceOf(AppraisalDecision.Destroy.class);
    assertThat(destroyAll().verdictOn("R9")).isEmpty();
  }

  @Test
  void hold_isReleasedOnlyOnceADayIsGiven_andHoldsKeepTheirOrder() {
    Hold first =
        new Hold("H-1", HoldKind.LEGAL, Set.of("R1"), "诉讼", LocalDate.of(2026, 1, 5), null);
    Hold second =
        new Hold("H-2", HoldKind.LEGAL, Set.of("R2"), "审计", LocalDate.of(2026, 1, 6), null);
    assertThat(first.released()).isEmpty();
    assertThat(first.releasedOn(LocalDate.of(2026, 2, 1)).released())
        .contains(LocalDate.of(2026, 2, 1));
    assertThat(Holds.of(List.of(first)).with(second).all()).containsExactly(first, second);
  }

  @Test
  void record_givesBackItsMaterialWhenGiven() {
    assertThat(new ArchivedRecord("R8", "七(4)", LocalDate.of(2014, 6, 1), "付款凭证").materialIfAny())
        .contains("付款凭证");
    assertThat(RECORDS.get(0).materialIfAny()).isEmpty();
  }

  @Test
  void finalise_withoutDecision_isRefused() {
    assertThatThrownBy(
            () ->
                DestructionList.draft("XH-1", LIST)
                    .finalise("王局长", List.of("李", "赵"), Holds.none(), MAR))
        .isInstanceOf(DestructionListException.class)
        .hasMessage("destruction list XH-1: decision: an appraisal decision is required")
        .extracting(e -> ((DestructionListException) e).listId())
        .isEqualTo("XH-1");
  }

  @Test
  void finalise_withoutApprover_isRefused() {
    assertThatThrownBy(
            () ->
                DestructionList.draft("XH-1", LIST)
                    .withDecision(destroyAll())
                    .finalise(" ", List.of("李", "赵"), Holds.none(), MAR))
        .isInstanceOf(DestructionListException.class)
        .hasMessage("destruction list XH-1: approver: required, not blank: \" \"");
  }

  @Test
  void finalise_withOneDistinctSupervisor_isRefused() {
    assertThatThrownBy(
            () ->
                DestructionList.draft("XH-1", LIST)
                    .withDecision(destroyAll())
                    .finalise("王局长", List.of("李监销", " 李监销 "), Holds.none(), MAR))
        .isInstanceOf(DestructionListException.class)
        .hasMessage(
            "destruction list XH-1: supervisors: at least 2 distinct supervisors: [\"李监销\", \" 李监销 \"]");
  }

  @Test
  void finalise_entryOnHold_isRefusedNamingTheRecordAndHold() {
    Hold hold =
        new Hold("H-9", HoldKind.LEGAL, Set.of("R2"), "诉讼", LocalDate.of(2026, 2, 25), null);
    DestructionList draft = DestructionList.draft("XH-1", LIST).withDecision(destroyAll());
    assertThatThrownBy(() -> draft.finalise("王局长", List.of("李", "赵"), Holds.of(List.of(hold)), MAR))
        .isInstanceOf(DestructionListException.class)
        .hasMessage(
            "destruction list XH-1: entries (record R2): on LEGAL hold H-9 since 2026-02-25")
        .extracting(e -> ((DestructionListException) e).recordId().orElseThrow())
        .isEqualTo("R2");
  }

  @Test
  void finalise_entryWithoutADestroyVerdict_isRefused() {
    AppraisalDecision partial =
        new AppraisalDecision(
            "JD-2",
            LocalDate.of(2026, 2, 20),
            List.of("张主任"),
            Map.of("R1", new AppraisalDecision.Destroy()));
    assertThatThrownBy(
            () ->
                DestructionList.draft("XH-1", LIST)
                    .withDecision(partial)
                    .finalise("王局长", List.of("李", "赵"), Holds.none(), MAR))
        .isInstanceOf(DestructionListException.class)
        .hasMessage(
            "destruction list XH-1: entries (record R2): appraisal decision JD-2 does not order it destroyed");
  }

  @Test
  void extendVerdict_takesTheRecordOffTheList() {
    Map<String, AppraisalDecision.Verdict> v = new LinkedHashMap<>(destroyAll().verdicts());
    v.put("R3", new AppraisalDecision.Extend(RetentionPeriod.ofYears(30), "仍在追偿"));
    DestructionList draft =
        DestructionList.draft("XH-1", LIST)
            .withDecision(
                new AppraisalDecision("JD-3", LocalDate.of(2026, 2, 20), List.of("张主任"), v));
    assertThat(draft.entries()).extracting(e -> e.record().id()).containsExactly("R1", "R2");
  }

  @Test
  void finalise_decisionDatedAfterToday_isRefused() {
    AppraisalDecision future =
        new AppraisalDecision(
            "JD-4", LocalDate.of(2026, 4, 1), List.of("张主任"), destroyAll().verdicts());
    assertThatThrownBy(
            () ->
                DestructionList.draft("XH-1", LIST)
                    .withDecision(future)
                    .finalise("王局长", List.of("李", "赵"), Holds.none(), MAR))
        .hasMessage(
            "destruction list XH-1: decision: decision JD-4 is dated 2026-04-01, after today 2026-03-02");
  }

  @Test
  void finalise_decisionBeforeAnEntryExpired_isRefused() {
    AppraisalDecision early =
        new AppraisalDecision(
            "JD-5", LocalDate.of(2024, 12, 31), List.of("张主任"), destroyAll().verdicts());
    assertThatThrownBy(
            () ->
                DestructionList.draft("XH-1", LIST)
                    .withDecision(early)
                    .finalise("王局长", List.of("李", "赵"), Holds.none(), MAR))
        .hasMessage(
            "destruction list XH-1: entries (record R1): appraised on 2024-12-31, before its appraisal date 2025-01-01");
  }

  @Test
  void draft_ofARecordNotDue_isRefused() {
    assertThatThrownBy(() -> DestructionList.draft("XH-1", LIST, List.of("R1", "R9")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid value for recordIds (records due in appraisal list of 2026-01-10): \"R9\"");
  }

  @Test
  void finalise_ofAnEmptyList_isRefused() {
    AppraisalList none = AppraisalList.of(NATIONAL, List.of(), Holds.none(), JAN);
    assertThatThrownBy(
            () ->
                DestructionList.draft("XH-0", none)
                    .withDecision(destroyAll())
                    .finalise("王局长", List.of("李", "赵"), Holds.none(), MAR))
        .hasMessage("destruction list XH-0: entries: a destruction list needs at least one entry");
  }
}
