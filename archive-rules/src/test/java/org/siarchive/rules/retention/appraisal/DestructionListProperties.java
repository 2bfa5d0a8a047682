package org.siarchive.rules.retention.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.siarchive.rules.retention.appraisal.AppraisalFixtures.NATIONAL;
import static org.siarchive.rules.retention.appraisal.AppraisalFixtures.on;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A record on hold never appears in a destruction list: over generated records, holds placed before
 * the appraisal list or between drafting and finalising, released or not, and finalising days, the
 * final list (when one is made) holds no record held on its day.
 */
class DestructionListProperties {

  private static final List<String> ROWS = List.of("一(4)", "七(2)", "八(3)", "九(1)", "一(1)", "七(1)");
  private static final LocalDate LIST_DAY = LocalDate.of(2026, 1, 10);

  @Test
  void recordOnHold_neverAppearsInAFinalDestructionList() {
    AtomicInteger heldAtListing = new AtomicInteger();
    AtomicInteger refusedForAHold = new AtomicInteger();
    AtomicInteger finalised = new AtomicInteger();
    qt().withFixedSeed(20260110L)
        .withExamples(400)
        .forAll(
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 40),
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 10),
            integers().between(0, 120))
        .checkAssert(
            (recordSeeds, holdSeeds, daysAfter) -> {
              List<ArchivedRecord> records = new ArrayList<>();
              for (int i = 0; i < recordSeeds.size(); i++) {
                int s = recordSeeds.get(i);
                records.add(
                    new ArchivedRecord(
                        "R" + i,
                        ROWS.get(s % ROWS.size()),
                        LocalDate.of(1980 + (s / 7) % 46, 1 + (s / 11) % 12, 1),
                        null));
              }
              List<Hold> holds = new ArrayList<>();
              for (int h = 0; h < holdSeeds.size(); h++) {
                int s = holdSeeds.get(h);
                LocalDate placed = LIST_DAY.minusDays(60).plusDays(s % 180);
                LocalDate released = (s / 180) % 3 == 0 ? placed.plusDays((s / 540) % 90) : null;
                holds.add(
                    new Hold(
                        "H" + h,
                        (s & 1) == 0 ? HoldKind.LEGAL : HoldKind.BUSINESS,
                        Set.of("R" + (s / 7) % recordSeeds.size()),
                        "generated",
                        placed,
                        released));
              }
              Holds all = Holds.of(holds);
              AppraisalList list = AppraisalList.of(NATIONAL, records, all, on(LIST_DAY));
              list.due().forEach(d -> assertThat(all.isHeld(d.record().id(), LIST_DAY)).isFalse());
              heldAtListing.addAndGet(list.held().size());
              assertThat(list.recordCount()).isEqualTo(records.size());

              Map<String, AppraisalDecision.Verdict> verdicts = new LinkedHashMap<>();
              records.forEach(r -> verdicts.put(r.id(), new AppraisalDecision.Destroy()));
              AppraisalDecision decision =
                  new AppraisalDecision("JD", LIST_DAY, List.of("张主任"), verdicts);
              LocalDate finalDay = LIST_DAY.plusDays(daysAfter);
              try {
                FinalDestructionList fin =
                    DestructionList.draft("XH", list)
                        .withDecision(decision)
                        .finalise("王局长", List.of("李监销", "赵监销"), all, on(finalDay));
                finalised.incrementAndGet();
                fin.entries()
                    .forEach(
                        e ->
                            assertThat(all.holding(e.record().id(), fin.approvedOn()))
                                .as("record %s", e.record().id())
                                .isEmpty());
              } catch (DestructionListException e) {
                assertThat(e.field()).isEqualTo("entries");
                if (e.recordId().isPresent()) {
                  assertThat(all.isHeld(e.recordId().get(), finalDay)).isTrue();
                  refusedForAHold.incrementAndGet();
                } else {
                  assertThat(list.due()).isEmpty();
                }
              }
            });
    // The generated cases reach every branch: holds at listing, holds placed later, clean lists.
    assertThat(heldAtListing.get()).isPositive();
    assertThat(refusedForAHold.get()).isPositive();
    assertThat(finalised.get()).isPositive();
  }
}
