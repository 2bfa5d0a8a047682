package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.model.RetentionPeriod;

/**
 * The words and JSON forms of periods, classifications and dispositions of the national edition's
 * rows, their dates worked out by hand (a period of n years from a record formed in year y expires
 * on 31 December of y + n).
 */
class RetentionTextTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  private static final RetentionSchedules SCHEDULES = RetentionSchedules.withBundledEditions();
  private static final RetentionRules RULES =
      SCHEDULES.rulesInForce(RetentionSchedules.NATIONAL, TODAY);
  private static final EditionRef EDITION = RULES.edition().ref();

  @Test
  void period_namesYearsPermanentDeferringAndUnknown() {
    assertThat(RetentionText.period(RetentionPeriod.ofYears(30))).isEqualTo("30 years (D30)");
    assertThat(RetentionText.period(RetentionPeriod.PERMANENT)).isEqualTo("permanent (Y)");
    assertThat(RetentionText.period(RetentionPeriod.defersTo("会计档案管理办法")))
        .isEqualTo("defers to 会计档案管理办法");
    assertThat(RetentionText.period(null)).isEqualTo("period unknown");
  }

  @Test
  void disposition_saysWhenItExpiresOrWhyItCannot() {
    assertThat(
            RetentionText.disposition(
                Disposition.of(RetentionPeriod.ofYears(10), LocalDate.of(2015, 6, 1))))
        .isEqualTo("retention from 2016-01-01, expires 2025-12-31, appraisal from 2026-01-01");
    assertThat(
            RetentionText.disposition(
                Disposition.of(RetentionPeriod.PERMANENT, LocalDate.of(2015, 6, 1))))
        .isEqualTo("retention from 2016-01-01, permanent, never expires");
    Disposition deferred =
        Disposition.of(RetentionPeriod.defersTo("会计档案管理办法"), LocalDate.of(2015, 6, 1));
    assertThat(RetentionText.disposition(deferred))
        .isEqualTo(
            "retention from 2016-01-01, undecided: " + ((Disposition.Undecided) deferred).reason());
  }

  @Test
  void classification_namesTheRowItsMaterialAndPeriod() {
    Classification.Classified c = (Classification.Classified) RULES.classifyRow("九(1)");
    assertThat(RetentionText.classification(c))
        .isEqualTo("九(1) 稽核材料 (" + c.row().materialEn() + "): 30 years (D30)");
  }

  @Test
  void rejected_namesTheLineAndPointer() {
    assertThat(RetentionText.rejected(new LineResult.Rejected(3, "", "not JSON")))
        .isEqualTo("line 3: (line): not JSON");
    assertThat(RetentionText.rejected(new LineResult.Rejected(4, "/year", "missing")))
        .isEqualTo("line 4: /year: missing");
    assertThat(RetentionJson.Rejected.of(new LineResult.Rejected(4, "/year", "missing")))
        .isEqualTo(new RetentionJson.Rejected(4, "/year", "missing"));
  }

  @Test
  void json_classification_foundAndNotFound() {
    assertThat(RetentionJson.classification(RULES.classifyRow("九(1)"), EDITION, "九(1)"))
        .isEqualTo(
            new RetentionJson.Found(
                "九(1)",
                "D30",
                null,
                true,
                "九",
                "稽核材料",
                ((Classification.Classified) RULES.classifyRow("九(1)")).row().materialEn(),
                true,
                "ROW_ID",
                new RetentionJson.Ref("cn-national", "2009")));
    RetentionJson.ClassificationForm deferring =
        RetentionJson.classification(RULES.classifyRow("七(4)"), EDITION, "七(4)");
    assertThat(((RetentionJson.Found) deferring).period()).isEqualTo("defers-to:会计档案管理办法");
    assertThat(((RetentionJson.Found) deferring).defersTo()).isEqualTo("会计档案管理办法");
    assertThat(RetentionJson.classification(RULES.classifyRow("十(1)"), EDITION, "十(1)"))
        .isEqualTo(
            new RetentionJson.NotFound(
                "十(1)",
                null,
                null,
                false,
                "NO_SUCH_ROW",
                "no row 十(1) in cn-national 2009",
                List.of(),
                new RetentionJson.Ref("cn-national", "2009")));
  }

  @Test
  void json_disposition_ofARowCarriesItsDates() {
    LocalDate formed = LocalDate.of(2015, 6, 1);
    RetentionJson.RowDisposition d =
        RetentionJson.disposition(
            RULES.classifyRow("九(1)"), "九(1)", formed, RULES.disposition("九(1)", formed), EDITION);
    assertThat(d)
        .isEqualTo(
            new RetentionJson.RowDisposition(
                "2016-01-01",
                "2045-12-31",
                "2046-01-01",
                "九(1)",
                "D30",
                "2015-06-01",
                true,
                null,
                new RetentionJson.Ref("cn-national", "2009")));
    RetentionJson.RowDisposition none =
        RetentionJson.disposition(
            RULES.classifyRow("十(1)"), "十(1)", formed, RULES.disposition("十(1)", formed), EDITION);
    assertThat(none.rowId()).isEqualTo("十(1)");
    assertThat(none.period()).isNull();
    assertThat(none.decided()).isFalse();
    assertThat(none.reason()).isNotBlank();
    assertThat(none.expires()).isNull();
    assertThat(none.appraisalFrom()).isNull();
    RetentionJson.Dates permanent =
        RetentionJson.Dates.of(Disposition.of(RetentionPeriod.PERMANENT, formed));
    assertThat(permanent).isEqualTo(new RetentionJson.Dates("2016-01-01", null, null));
  }

  @Test
  void json_list_marksTheEditionInForce() {
    RetentionJson.ScheduleList list = RetentionJson.list(SCHEDULES, TODAY);
    assertThat(list.today()).isEqualTo("2026-03-15");
    assertThat(list.schedules())
        .extracting(RetentionJson.Schedule::scheduleId)
        .isEqualTo(SCHEDULES.scheduleIds().stream().toList());
    RetentionJson.Schedule national =
        list.schedules().stream()
            .filter(s -> s.scheduleId().equals(RetentionSchedules.NATIONAL))
            .findFirst()
            .orElseThrow();
    RetentionJson.EditionEntry e = national.editions().get(0);
    Edition edition = SCHEDULES.edition(RetentionSchedules.NATIONAL, "2009");
    assertThat(e.edition()).isEqualTo("2009");
    assertThat(e.effectiveFrom()).isEqualTo("2009-09-01");
    assertThat(e.inForce()).isTrue();
    assertThat(e.rows()).isEqualTo(edition.rows().size());
    assertThat(e.confirmedRows()).isEqualTo(edition.confirmedRowCount());
    assertThat(e.sha256()).isEqualTo(edition.sha256());
    assertThat(e.title()).isEqualTo(edition.title());
    assertThat(e.regulation()).isEqualTo(edition.source().regulation());
    assertThat(RetentionJson.list(SCHEDULES, LocalDate.of(2009, 8, 31)).schedules())
        .filteredOn(s -> s.scheduleId().equals(RetentionSchedules.NATIONAL))
        .singleElement()
        .satisfies(s -> assertThat(s.editions().get(0).inForce()).isFalse());
  }
}
