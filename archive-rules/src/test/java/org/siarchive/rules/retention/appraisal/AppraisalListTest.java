package org.siarchive.rules.retention.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siarchive.rules.retention.appraisal.AppraisalFixtures.NATIONAL;
import static org.siarchive.rules.retention.appraisal.AppraisalFixtures.on;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;

/** Which records are due for appraisal on a day, held, undecided, not yet due or permanent. */
class AppraisalListTest {

  private static final List<ArchivedRecord> RECORDS =
      List.of(
          new ArchivedRecord(
              "R1", "一(4)", LocalDate.of(2014, 6, 1), null), // D10: appraisal from 2025-01-01
          new ArchivedRecord(
              "R2", "一(4)", LocalDate.of(2015, 6, 1), null), // appraisal from 2026-01-01
          new ArchivedRecord(
              "R3", "一(4)", LocalDate.of(2016, 6, 1), null), // appraisal from 2027-01-01
          new ArchivedRecord("R4", "一(1)", LocalDate.of(1990, 6, 1), null), // permanent
          new ArchivedRecord("R5", "七(4)", LocalDate.of(1990, 6, 1), "付款凭证"), // defers, no table
          new ArchivedRecord("R6", "八(3)", LocalDate.of(2000, 1, 1), null)); // D10: from 2011-01-01

  @Test
  void list_sortsEveryRecordIntoExactlyOneGroup() {
    Hold hold =
        new Hold("H1", HoldKind.LEGAL, Set.of("R6"), "劳动争议诉讼", LocalDate.of(2026, 1, 5), null);
    AppraisalList list =
        AppraisalList.of(NATIONAL, RECORDS, Holds.of(List.of(hold)), on(LocalDate.of(2026, 1, 1)));
    assertThat(list.due()).extracting(d -> d.record().id()).containsExactly("R1", "R2", "R6");
    assertThat(list.held()).isEmpty();
    assertThat(list.undecided()).extracting(u -> u.record().id()).containsExactly("R5");
    assertThat(list.notYetDue()).isEqualTo(1);
    assertThat(list.permanent()).isEqualTo(1);
    assertThat(list.recordCount()).isEqualTo(RECORDS.size());
    assertThat(list.asOf()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(list.edition().toString()).isEqualTo("cn-national 2009");
  }

  @Test
  void heldRecord_isNeverDue_whileTheHoldStands() {
    Hold hold =
        new Hold(
            "H1",
            HoldKind.BUSINESS,
            Set.of("R6"),
            "待遇复核未结",
            LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 2, 28));
    Holds holds = Holds.of(List.of(hold));
    AppraisalList during =
        AppraisalList.of(NATIONAL, RECORDS, holds, on(LocalDate.of(2026, 2, 28)));
    assertThat(during.due()).extracting(d -> d.record().id()).containsExactly("R1", "R2");
    assertThat(during.held())
        .extracting(h -> h.record().id() + " " + h.hold().id())
        .containsExactly("R6 H1");
    assertThat(during.recordCount()).isEqualTo(RECORDS.size());
    AppraisalList after = AppraisalList.of(NATIONAL, RECORDS, holds, on(LocalDate.of(2026, 3, 1)));
    assertThat(after.due()).extracting(d -> d.record().id()).containsExactly("R1", "R2", "R6");
  }

  @Test
  void repeatedRecordId_isRefused() {
    List<ArchivedRecord> twice = List.of(RECORDS.get(0), RECORDS.get(0));
    assertThatThrownBy(
            () -> AppraisalList.of(NATIONAL, twice, Holds.none(), on(LocalDate.of(2026, 1, 1))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for records (each record id once): \"R1\"");
  }

  @Test
  void hold_releasedBeforePlaced_isRefused() {
    assertThatThrownBy(
            () ->
                new Hold(
                    "H",
                    HoldKind.LEGAL,
                    Set.of("R"),
                    "x",
                    LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 1, 31)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for releasedOn (not before placedOn 2026-02-01): 2026-01-31");
  }
}
