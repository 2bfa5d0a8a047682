package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siarchive.rules.retention.VolumeImpactTest.entry;
import static org.siarchive.rules.retention.VolumeImpactTest.volume;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The words and JSON of a volume's classification, of an edition's impact on it, and of a run's
 * summary, on the fixture editions whose dates {@link VolumeImpactTest} works out by hand.
 */
class RetentionFormsTest {
  private static final RetentionSchedules SCHEDULES =
      Fixtures.withFixtures("tianjin-2019.json", "tianjin-2021.json", "accounting-2015.json");
  private static final RetentionRules RULES_2021 =
      SCHEDULES.rules(SCHEDULES.edition("tianjin", "2021"), Fixtures.TODAY);

  @Test
  void impact_longer_appliesAtOnceAndIsWrittenWithItsDates() {
    VolumeImpact i =
        RULES_2021.impactOn(volume("V1", 2015, "D10", entry(1, "M-STAT-MONTHLY", "2015年3月统计月报")));
    assertThat(RetentionJson.impact(i, Fixtures.TODAY))
        .isEqualTo(
            new RetentionJson.Impact(
                "V1",
                2015,
                List.of("八(3)"),
                "D10",
                "D30",
                "LONGER",
                new RetentionJson.Dates("2016-01-01", "2025-12-31", "2026-01-01"),
                new RetentionJson.Dates("2016-01-01", "2045-12-31", "2046-01-01"),
                new RetentionJson.Dates("2016-01-01", "2045-12-31", "2046-01-01"),
                null,
                false,
                "rows [八(3)]: D10 → D30, longer; applies at once"));
  }

  @Test
  void impact_shorter_waitsForAnAppraisalDueNow() {
    VolumeImpact i =
        RULES_2021.impactOn(volume("V2", 2010, "D30", entry(1, "M-REG-CERT", "登记证换发")));
    RetentionJson.Impact j = RetentionJson.impact(i, Fixtures.TODAY);
    assertThat(j.kind()).isEqualTo("SHORTER");
    assertThat(j.reappraisalFrom()).isEqualTo("2021-01-01");
    assertThat(j.reappraisalDue()).isTrue();
    assertThat(j.inEffect()).isEqualTo(j.before());
    assertThat(j.inEffect().expires()).isEqualTo("2040-12-31");
    assertThat(RetentionJson.impact(i, java.time.LocalDate.of(2020, 12, 31)).reappraisalDue())
        .isFalse();
  }

  @Test
  void volume_classifiedAndUndecided_inWordsAndJson() {
    VolumeClassification c =
        RULES_2021.classify(volume("V1", 2015, "D10", entry(1, "M-STAT-MONTHLY", "2015年3月统计月报")));
    assertThat(RetentionText.volume(c))
        .isEqualTo(
            "V1 (2015) rows [八(3)] by "
                + c.basis()
                + ", D30: retention from 2016-01-01, expires 2045-12-31, appraisal from"
                + " 2046-01-01");
    RetentionJson.VolumeDisposition d = RetentionJson.disposition(7, c);
    assertThat(d.line()).isEqualTo(7);
    assertThat(d.volumeId()).isEqualTo("V1");
    assertThat(d.year()).isEqualTo(2015);
    assertThat(d.decided()).isTrue();
    assertThat(d.basis()).isEqualTo(c.basis().name());
    assertThat(d.rowIds()).containsExactly("八(3)");
    assertThat(d.period()).isEqualTo("D30");
    assertThat(d.retentionStart()).isEqualTo("2016-01-01");
    assertThat(d.expires()).isEqualTo("2045-12-31");
    assertThat(d.appraisalFrom()).isEqualTo("2046-01-01");
    assertThat(d.reason()).isNull();
    assertThat(d.items()).hasSize(1);
    RetentionJson.Item item = d.items().get(0);
    assertThat(item.itemNumber()).isEqualTo(1);
    assertThat(item.materialCode()).isEqualTo("M-STAT-MONTHLY");
    assertThat(item.rowId()).isEqualTo("八(3)");
    assertThat(item.match()).isNotNull();
    assertThat(item.period()).isEqualTo("D30");
    assertThat(item.reason()).isNull();

    VolumeClassification none = RULES_2021.classify(volume("V9", 2015, "D10"));
    assertThat(none.isDecided()).isFalse();
    RetentionJson.VolumeDisposition u = RetentionJson.disposition(8, none);
    assertThat(u.decided()).isFalse();
    assertThat(u.period()).isNull();
    assertThat(u.reason()).isNotBlank();
    assertThat(u.expires()).isNull();
    assertThat(RetentionText.volume(none)).contains(": retention from ").contains("undecided");
  }

  @Test
  void summaries_ofARun_inWordsAndJson() {
    Map<VolumeImpact.Kind, Long> impacts = new EnumMap<>(VolumeImpact.Kind.class);
    impacts.put(VolumeImpact.Kind.UNCHANGED, 1L);
    impacts.put(VolumeImpact.Kind.LONGER, 2L);
    impacts.put(VolumeImpact.Kind.SHORTER, 3L);
    impacts.put(VolumeImpact.Kind.UNDECIDED, 4L);
    EditionRef ref = EditionRef.of("tianjin", "2021");
    RetentionRunSummary s =
        new RetentionRunSummary(ref, Fixtures.TODAY, 11, 10, 1, 6, 4, impacts, 2);
    assertThat(RetentionText.impactSummary(s))
        .isEqualTo(
            "tianjin 2021 on 2026-03-15: read 11, valid 10, rejected 1; unchanged 1, longer 2,"
                + " shorter 3 (re-appraisal possible now: 2), undecided 4");
    assertThat(RetentionText.dispositionSummary(s))
        .isEqualTo(
            "tianjin 2021 on 2026-03-15: read 11, valid 10, rejected 1; dated 6, undecided 4");
    RetentionJson.ImpactRun run = RetentionJson.impactRun(s, List.of(), List.of());
    assertThat(run)
        .isEqualTo(
            new RetentionJson.ImpactRun(
                new RetentionJson.Ref("tianjin", "2021"),
                "2026-03-15",
                11,
                10,
                1,
                Map.of("UNCHANGED", 1L, "LONGER", 2L, "SHORTER", 3L, "UNDECIDED", 4L),
                2,
                List.of(),
                List.of()));
    assertThat(List.copyOf(run.counts().keySet()))
        .containsExactly("UNCHANGED", "LONGER", "SHORTER", "UNDECIDED");
    assertThat(RetentionJson.dispositionRun(s, List.of(), List.of()))
        .isEqualTo(
            new RetentionJson.DispositionRun(
                new RetentionJson.Ref("tianjin", "2021"),
                "2026-03-15",
                11,
                10,
                1,
                6,
                4,
                List.of(),
                List.of()));
  }
}
