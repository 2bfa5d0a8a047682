package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classification by material text and material code: tiers, normalisation, refusal to guess. */
class ClassificationTest {

  private static final RetentionRules NATIONAL =
      RetentionSchedules.withBundledEditions()
          .rulesInForce(RetentionSchedules.NATIONAL, Fixtures.TODAY);

  @ParameterizedTest(name = "{0} -> {1} by {2}")
  @CsvSource({
    "社会保险卡（证、手册）管理材料, 一(5), SAME_TEXT",
    "社会保险卡 (证 、手册) 管理材料, 一(5), SAME_TEXT",
    "会计账簿, 七(4), SAME_TEXT",
    "2015年度参保单位登记材料, 一(1), ROW_TEXT_IN_QUERY",
    "季统计报表, 八(3), SAME_TEXT",
    "个人账户, 一(3), QUERY_IN_ROW_TEXT",
    "生育保险基金支付年度汇总表及附件, 七(6), ROW_TEXT_IN_QUERY",
  })
  void classifyMaterial_findsTheOneBestRow(String text, String rowId, Classification.Match match) {
    Classification c = NATIONAL.classifyMaterial(text);
    assertThat(c).isInstanceOf(Classification.Classified.class);
    assertThat(((Classification.Classified) c).row().id()).isEqualTo(rowId);
    assertThat(((Classification.Classified) c).match()).isEqualTo(match);
  }

  @Test
  void classifyMaterial_longestContainedTextWins() {
    // 参保单位登记材料 (一(1)) is contained, and so is nothing longer: it wins over fragments.
    assertThat(NATIONAL.classifyMaterial("参保单位登记材料（变更）").foundRow())
        .map(ScheduleRow::id)
        .contains("一(1)");
  }

  @Test
  void classifyMaterial_severalEqualMatches_isAmbiguousAndListsThem() {
    Classification c = NATIONAL.classifyMaterial("登记材料");
    assertThat(c).isInstanceOf(Classification.Undecided.class);
    Classification.Undecided u = (Classification.Undecided) c;
    assertThat(u.reason()).isEqualTo(Classification.Reason.AMBIGUOUS);
    assertThat(u.candidates()).extracting(ScheduleRow::id).containsExactly("一(1)", "一(2)", "七(2)");
    assertThat(u.message())
        .isEqualTo(
            "\"登记材料\" matches rows [一(1), 一(2), 七(2)] of cn-national 2009 equally; name the row");
  }

  @ParameterizedTest
  @CsvSource({"养老保险待遇申领表", "材", "''", "月"})
  void classifyMaterial_noRow_isNoMatch(String text) {
    Classification c = NATIONAL.classifyMaterial(text);
    assertThat(((Classification.Undecided) c).reason()).isEqualTo(Classification.Reason.NO_MATCH);
  }

  @Test
  void classifyMaterialCode_usesTheCodesALocalEditionLists() {
    RetentionRules local =
        Fixtures.withFixtures("tianjin-2019.json").rulesInForce("tianjin", Fixtures.TODAY);
    Classification c = local.classifyMaterialCode("M-REG-CERT");
    assertThat(c.foundRow()).map(ScheduleRow::id).contains("一(4)");
    assertThat(((Classification.Classified) c).match())
        .isEqualTo(Classification.Match.MATERIAL_CODE);
    assertThat(((Classification.Undecided) local.classifyMaterialCode("M-NONE")).message())
        .isEqualTo("no row of tianjin 2019 lists material code M-NONE");
  }

  @Test
  void classifyMaterialCode_listedByTwoRows_isAmbiguous() {
    RetentionSchedules s = Fixtures.withFixtures("tianjin-2019.json");
    String twice =
        Fixtures.text("tianjin-2019.json")
            .replace("\"M-HANDOVER\"", "\"M-REG-CERT\"")
            .replace("\"edition\": \"2019\"", "\"edition\": \"2020\"")
            .replace("2019-01-01", "2020-01-01");
    s.load(Fixtures.stream(twice), "twice.json");
    Classification c = s.rulesInForce("tianjin", Fixtures.TODAY).classifyMaterialCode("M-REG-CERT");
    assertThat(((Classification.Undecided) c).reason()).isEqualTo(Classification.Reason.AMBIGUOUS);
    assertThat(((Classification.Undecided) c).candidates())
        .extracting(ScheduleRow::id)
        .containsExactly("一(4)", "十(1)");
  }

  @Test
  void classifyMaterial_unconfirmedRowWithAMaterialButNoPeriod_cannotDecide() {
    RetentionSchedules s = RetentionSchedules.withBundledEditions();
    s.load(
        Fixtures.stream(
            """
        {"formatVersion": 1, "scheduleId": "x", "edition": "1", "title": "t", "titleEn": "t",
         "effectiveFrom": "2020-01-01", "source": {"regulation": "r", "documentNumber": "d"},
         "categories": [{"id": "A", "rowsComplete": false, "provenance": {"source": "s", "confirmed": false}}],
         "rows": [{"id": "A1", "category": "A", "material": "待定材料", "provenance": {"source": "s", "confirmed": false}}]}
        """),
        "x.json");
    Classification c = s.rulesInForce("x", Fixtures.TODAY).classifyMaterial("待定材料");
    assertThat(((Classification.Undecided) c).reason())
        .isEqualTo(Classification.Reason.PERIOD_UNKNOWN);
  }

  /**
   * The Tianjin 2019 fixture with its category 十 complete or not and a category 十一 after it: an id
   * 十一(N) starts with both ids but belongs to 十一 only.
   */
  private static RetentionRules withCategoriesTenAndEleven(
      boolean tenComplete, boolean elevenComplete) {
    String eleven =
        ",\n    {\"id\": \"十一\", \"name\": \"其他\", \"nameEn\": \"Other\", \"rowsComplete\": "
            + elevenComplete
            + ", \"provenance\": {\"source\": \"test\", \"confirmed\": true}}\n  ],\n  \"rows\": [";
    String json =
        Fixtures.text("tianjin-2019.json")
            .replaceFirst("\"rowsComplete\": true", "\"rowsComplete\": " + tenComplete)
            .replace("\n  ],\n  \"rows\": [", eleven);
    RetentionSchedules s = RetentionSchedules.withBundledEditions();
    Edition local = s.load(Fixtures.stream(json), "ten-and-eleven.json");
    assertThat(local.categories()).extracting(Category::id).endsWith("十", "十一");
    return s.rules(local, Fixtures.TODAY);
  }

  @Test
  void classifyRow_unlistedRowOfAnIncompleteCategory_namesItsOwnCategory_notAShorterPrefix() {
    Classification c = withCategoriesTenAndEleven(false, false).classifyRow("十一(9)");
    assertThat(((Classification.Undecided) c).reason())
        .isEqualTo(Classification.Reason.ROW_NOT_LISTED);
    assertThat(((Classification.Undecided) c).message())
        .isEqualTo(
            "row 十一(9) is not listed in tianjin 2019, whose category 十一 does not list all its rows;"
                + " its period cannot be decided");
  }

  @Test
  void classifyRow_unlistedRowOfACompleteCategory_isNoSuchRow_evenWhenAShorterIdIsIncomplete() {
    RetentionRules rules = withCategoriesTenAndEleven(false, true);
    Classification c = rules.classifyRow("十一(9)");
    assertThat(((Classification.Undecided) c).reason())
        .isEqualTo(Classification.Reason.NO_SUCH_ROW);
    assertThat(((Classification.Undecided) c).message()).isEqualTo("no row 十一(9) in tianjin 2019");
    assertThat(((Classification.Undecided) rules.classifyRow("十(9)")).reason())
        .as("the incomplete category itself")
        .isEqualTo(Classification.Reason.ROW_NOT_LISTED);
  }
}
