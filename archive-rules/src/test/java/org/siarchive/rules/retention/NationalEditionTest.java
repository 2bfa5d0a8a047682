package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siarchive.core.model.RetentionPeriod;

/**
 * The bundled national 2009 edition against DOMAIN.md §2, row by row: every confirmed row is
 * classified (by id and by material) and its disposition computed, with dates worked out by hand;
 * the unconfirmed rows and categories say they cannot decide.
 */
class NationalEditionTest {

  private static final RetentionSchedules SCHEDULES = RetentionSchedules.withBundledEditions();
  private static final RetentionRules RULES =
      SCHEDULES.rulesInForce(RetentionSchedules.NATIONAL, Fixtures.TODAY);

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "一(1) | 参保单位登记材料            | Y    ",
        "一(2) | 参保人员登记材料            | D100 ",
        "一(3) | 个人账户管理材料            | D100 ",
        "一(4) | 社会保险登记证管理材料      | D10  ",
        "一(5) | 社会保险卡(证、手册)管理材料 | D50  ",
        "七(2) | 并发症登记材料              | D10  ",
        "七(3) | 生育保险待遇核定材料        | D10  ",
        "七(4) | 付款凭证、会计账簿、会计报表 | defers-to:会计档案管理办法 ",
        "七(5) | 生育保险支付明细表和汇总表  | D30  ",
        "七(6) | 生育保险基金支付年度汇总表  | Y    ",
        "八(1) | 年度统计报表                | Y    ",
        "八(2) | 数据和分析报告              | D30  ",
        "八(3) | 月、季统计报表              | D10  ",
        "八(4) | 基金年度预决算表            | defers-to:会计档案管理办法 ",
        "九(1) | 稽核材料                    | D30  ",
        "九(2) | 社会保险监察材料            | D30  ",
        "九(3) | 内部控制材料                | D30  ",
      })
  void classify_confirmedRow_byIdAndByMaterial_givesTheRowAndItsPeriod(
      String rowId, String material, String period) {
    Classification byId = RULES.classifyRow(rowId);
    assertThat(byId).isInstanceOf(Classification.Classified.class);
    Classification.Classified found = (Classification.Classified) byId;
    assertThat(found.row().id()).isEqualTo(rowId);
    assertThat(found.row().material()).isEqualTo(material);
    assertThat(found.row().materialEn()).isNotBlank();
    assertThat(found.period().code()).isEqualTo(period);
    assertThat(found.row().isConfirmed()).isTrue();
    assertThat(found.match()).isEqualTo(Classification.Match.ROW_ID);

    Classification byText = RULES.classifyMaterial(material);
    assertThat(byText.foundRow()).map(ScheduleRow::id).contains(rowId);
    assertThat(((Classification.Classified) byText).match())
        .isEqualTo(Classification.Match.SAME_TEXT);

    String fullWidth = rowId.replace('(', '（').replace(')', '）');
    assertThat(RULES.classifyRow(fullWidth).foundRow()).map(ScheduleRow::id).contains(rowId);
  }

  @ParameterizedTest(name = "{0} formed {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // row  | formed     | retention starts | expires    | appraisal from
        "一(1) | 2009-09-01 | 2010-01-01 | -          | -          ",
        "一(2) | 2010-12-31 | 2011-01-01 | 2110-12-31 | 2111-01-01 ",
        "一(3) | 2011-01-01 | 2012-01-01 | 2111-12-31 | 2112-01-01 ",
        "一(4) | 2012-06-15 | 2013-01-01 | 2022-12-31 | 2023-01-01 ",
        "一(5) | 2013-02-28 | 2014-01-01 | 2063-12-31 | 2064-01-01 ",
        "七(2) | 2014-12-31 | 2015-01-01 | 2024-12-31 | 2025-01-01 ",
        "七(3) | 2016-02-29 | 2017-01-01 | 2026-12-31 | 2027-01-01 ",
        "七(5) | 2017-03-03 | 2018-01-01 | 2047-12-31 | 2048-01-01 ",
        "七(6) | 2018-01-01 | 2019-01-01 | -          | -          ",
        "八(1) | 2019-12-31 | 2020-01-01 | -          | -          ",
        "八(2) | 2020-05-05 | 2021-01-01 | 2050-12-31 | 2051-01-01 ",
        "八(3) | 2021-10-10 | 2022-01-01 | 2031-12-31 | 2032-01-01 ",
        "九(1) | 2023-08-08 | 2024-01-01 | 2053-12-31 | 2054-01-01 ",
        "九(2) | 2009-09-01 | 2010-01-01 | 2039-12-31 | 2040-01-01 ",
        "九(3) | 2024-12-31 | 2025-01-01 | 2054-12-31 | 2055-01-01 ",
      })
  void disposition_confirmedRow_givesDatesCountedFromTheNextFirstOfJanuary(
      String rowId, LocalDate formed, LocalDate start, LocalDate expires, LocalDate appraisalFrom) {
    Disposition d = RULES.disposition(rowId, formed);
    assertThat(d.isDecided()).as("%s formed %s", rowId, formed).isTrue();
    assertThat(d.retentionStart()).isEqualTo(start);
    assertThat(d.expires()).isEqualTo(Optional.ofNullable(expires));
    assertThat(d.appraisalFrom()).isEqualTo(Optional.ofNullable(appraisalFrom));
    assertThat(d instanceof Disposition.Permanent).isEqualTo(expires == null);
  }

  @ParameterizedTest
  @CsvSource({"七(4), 2016-07-01, 2017-01-01", "八(4), 2022-01-01, 2023-01-01"})
  void disposition_deferringRowWithoutTable_cannotDecideAndNamesTheRegulation(
      String rowId, LocalDate formed, LocalDate start) {
    Disposition d = RULES.disposition(rowId, formed, "付款凭证");
    assertThat(d).isInstanceOf(Disposition.Undecided.class);
    assertThat(d.retentionStart()).isEqualTo(start);
    assertThat(d.expires()).isEmpty();
    assertThat(((Disposition.Undecided) d).reason())
        .contains(rowId)
        .contains("会计档案管理办法")
        .contains("no table of that regulation is loaded");
  }

  @Test
  void edition_holdsExactlyTheSeventeenConfirmedRowsOfDomainSection2() {
    Edition national = SCHEDULES.edition(RetentionSchedules.NATIONAL, "2009");
    assertThat(national.rows().stream().filter(ScheduleRow::isConfirmed).map(ScheduleRow::id))
        .containsExactly(
            "一(1)", "一(2)", "一(3)", "一(4)", "一(5)", "七(2)", "七(3)", "七(4)", "七(5)", "七(6)", "八(1)",
            "八(2)", "八(3)", "八(4)", "九(1)", "九(2)", "九(3)");
    assertThat(national.confirmedRowCount()).isEqualTo(17);
    assertThat(national.effectiveFrom()).isEqualTo(LocalDate.of(2009, 9, 1));
    assertThat(national.source().documentNumber()).isEqualTo("人社部/国家档案局令第3号");
    assertThat(national.source().regulation()).isEqualTo("社会保险业务档案管理规定（试行）");
    assertThat(national.base()).isEmpty();
    assertThat(national.supersedes()).isEmpty();
  }

  @Test
  void edition_unconfirmedRowsHaveNoPeriodAndNoMaterial() {
    Edition national = SCHEDULES.edition(RetentionSchedules.NATIONAL, "2009");
    List<ScheduleRow> unconfirmed = national.rows().stream().filter(r -> !r.isConfirmed()).toList();
    assertThat(unconfirmed).extracting(ScheduleRow::id).containsExactly("一(6)", "七(1)");
    assertThat(unconfirmed)
        .allSatisfy(
            r -> {
              assertThat(r.knownPeriod()).isEmpty();
              assertThat(r.materialIfKnown()).isEmpty();
              assertThat(r.provenance().note()).isNotBlank();
            });
  }

  @Test
  void edition_categoriesOneToNine_twoToSixWithoutRows_benefitNumberingUnconfirmed() {
    Edition national = SCHEDULES.edition(RetentionSchedules.NATIONAL, "2009");
    assertThat(national.categories())
        .extracting(Category::id)
        .containsExactly("一", "二", "三", "四", "五", "六", "七", "八", "九");
    assertThat(national.categories()).noneMatch(Category::rowsComplete);
    assertThat(
            national.categories().stream()
                .filter(c -> !c.provenance().confirmed())
                .map(Category::id))
        .containsExactly("三", "四", "五", "六");
    assertThat(national.rows())
        .noneMatch(r -> List.of("二", "三", "四", "五", "六").contains(r.category()));
  }

  @ParameterizedTest
  @CsvSource({"七(1)", "一(6)", "七（1）"})
  void classify_unconfirmedRow_cannotDecideItsPeriod(String rowId) {
    Classification c = RULES.classifyRow(rowId);
    assertThat(c).isInstanceOf(Classification.Undecided.class);
    Classification.Undecided u = (Classification.Undecided) c;
    assertThat(u.reason()).isEqualTo(Classification.Reason.PERIOD_UNKNOWN);
    assertThat(u.message()).contains("not confirmed").contains("period is unknown");
    assertThat(RULES.disposition(rowId, LocalDate.of(2015, 1, 1)))
        .isInstanceOf(Disposition.Undecided.class);
  }

  @ParameterizedTest
  @CsvSource({"二(1)", "三(7)", "一(12)", "九(4)"})
  void classify_unlistedRowOfAnIncompleteCategory_isNotListedRatherThanAbsent(String rowId) {
    Classification c = RULES.classifyRow(rowId);
    assertThat(c).isInstanceOf(Classification.Undecided.class);
    assertThat(((Classification.Undecided) c).reason())
        .isEqualTo(Classification.Reason.ROW_NOT_LISTED);
    assertThat(((Classification.Undecided) c).message())
        .contains(rowId)
        .contains("cannot be decided");
  }

  @Test
  void classify_rowOfNoCategory_isNoSuchRow() {
    Classification c = RULES.classifyRow("十(1)");
    assertThat(((Classification.Undecided) c).reason())
        .isEqualTo(Classification.Reason.NO_SUCH_ROW);
    assertThat(((Classification.Undecided) c).message())
        .isEqualTo("no row 十(1) in cn-national 2009");
  }

  @Test
  void disposition_deferringRow_resolvesThroughALoadedTableOfThatRegulation() {
    RetentionRules rules =
        Fixtures.withFixtures("accounting-2015.json")
            .rulesInForce(RetentionSchedules.NATIONAL, Fixtures.TODAY);
    Disposition vouchers = rules.disposition("七(4)", LocalDate.of(2016, 7, 1), "付款凭证");
    assertThat(vouchers).isInstanceOf(Disposition.Expiring.class);
    assertThat(((Disposition.Expiring) vouchers).period()).isEqualTo(RetentionPeriod.ofYears(30));
    assertThat(vouchers.expires()).contains(LocalDate.of(2046, 12, 31));

    Disposition noMaterial = rules.disposition("七(4)", LocalDate.of(2016, 7, 1));
    assertThat(((Disposition.Undecided) noMaterial).reason())
        .contains("the record's material is needed")
        .contains("cn-accounting-archives 2015");

    Disposition unmatched = rules.disposition("八(4)", LocalDate.of(2016, 7, 1), "基金年度预决算表");
    assertThat(((Disposition.Undecided) unmatched).reason())
        .contains("八(4)")
        .contains("no row of cn-accounting-archives 2015 matches");
  }

  @Test
  void disposition_deferringRow_beforeTheTableIsInForce_cannotDecide() {
    RetentionSchedules schedules = Fixtures.withFixtures("accounting-2015.json");
    RetentionRules rules =
        schedules.rules(
            schedules.edition(RetentionSchedules.NATIONAL, "2009"), LocalDate.of(2015, 12, 31));
    Disposition d = rules.disposition("七(4)", LocalDate.of(2012, 1, 1), "付款凭证");
    assertThat(((Disposition.Undecided) d).reason())
        .contains("no edition of schedule cn-accounting-archives is in force on 2015-12-31");
  }

  @Test
  void disposition_deferringRow_withTwoLoadedTablesOfTheRegulation_cannotDecide_namingBoth() {
    RetentionSchedules schedules = Fixtures.withFixtures("accounting-2015.json");
    String copy =
        Fixtures.text("accounting-2015.json")
            .replace("\"cn-accounting-archives\"", "\"other-accounting\"");
    schedules.load(Fixtures.stream(copy), "other-accounting.json");
    RetentionRules rules =
        schedules.rules(schedules.edition(RetentionSchedules.NATIONAL, "2009"), Fixtures.TODAY);
    Disposition d = rules.disposition("七(4)", LocalDate.of(2016, 7, 1), "付款凭证");
    assertThat(((Disposition.Undecided) d).reason())
        .contains("row 七(4) defers to 会计档案管理办法")
        .contains("several loaded schedules are tables of that regulation")
        .contains("cn-accounting-archives")
        .contains("other-accounting");
  }
}
