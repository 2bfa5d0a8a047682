package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.rules.Language;

/** The diff of the two fictional Tianjin editions: rows, JSON and summaries for trainers. */
class EditionDiffTest {

  private static final RetentionSchedules SCHEDULES =
      Fixtures.withFixtures("tianjin-2019.json", "tianjin-2021.json");
  private static final EditionDiff DIFF =
      EditionDiff.between(
          SCHEDULES.edition("tianjin", "2019"), SCHEDULES.edition("tianjin", "2021"));

  @Test
  void diff_findsAddedRemovedLongerShorterAndTextChanges() {
    assertThat(DIFF.added()).extracting(ScheduleRow::id).containsExactly("十(3)");
    assertThat(DIFF.removed()).extracting(ScheduleRow::id).containsExactly("十(2)");
    assertThat(DIFF.changed()).extracting(RowChange::rowId).containsExactly("一(4)", "八(3)", "十(1)");
    assertThat(DIFF.changed().get(0).kinds()).isEqualTo(Set.of(RowChange.Kind.PERIOD_SHORTER));
    assertThat(DIFF.changed().get(1).kinds()).isEqualTo(Set.of(RowChange.Kind.PERIOD_LONGER));
    assertThat(DIFF.changed().get(2).kinds()).isEqualTo(Set.of(RowChange.Kind.TEXT_CHANGED));
  }

  @Test
  void diff_againstTheNationalEdition_showsTheLocalOverrides() {
    EditionDiff d =
        EditionDiff.between(
            SCHEDULES.edition(RetentionSchedules.NATIONAL, "2009"),
            SCHEDULES.edition("tianjin", "2019"));
    assertThat(d.removed()).isEmpty();
    assertThat(d.added()).extracting(ScheduleRow::id).containsExactly("十(1)", "十(2)");
    assertThat(d.changed()).extracting(RowChange::rowId).containsExactly("一(2)", "一(4)", "八(3)");
    assertThat(d.changed().get(0).kinds())
        .containsExactlyInAnyOrder(RowChange.Kind.CODES_CHANGED, RowChange.Kind.PROVENANCE_CHANGED);
  }

  @Test
  void toJson_listsRowsInTheEditionFormat_andOnlyChangedRows() throws Exception {
    JsonNode json = new ObjectMapper().readTree(DIFF.toJson());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("from", "to", "added", "removed", "changed");
    assertThat(json.at("/from/scheduleId").asText()).isEqualTo("tianjin");
    assertThat(json.at("/to/edition").asText()).isEqualTo("2021");
    assertThat(json.at("/added/0/id").asText()).isEqualTo("十(3)");
    assertThat(json.at("/added/0/period").asText()).isEqualTo("D30");
    assertThat(json.at("/removed/0/id").asText()).isEqualTo("十(2)");
    assertThat(json.get("changed")).hasSize(3);
    assertThat(json.at("/changed/0/rowId").asText()).isEqualTo("一(4)");
    assertThat(json.at("/changed/0/kinds/0").asText()).isEqualTo("PERIOD_SHORTER");
    assertThat(json.at("/changed/0/from/period").asText()).isEqualTo("D30");
    assertThat(json.at("/changed/0/to/period").asText()).isEqualTo("D10");
  }

  @Test
  void toJson_writesEachRowAsTheEditionsOwnFileDoes() throws Exception {
    RetentionSchedules schedules = Fixtures.withFixtures("accounting-2015.json");
    for (Edition e :
        List.of(
            schedules.edition(RetentionSchedules.NATIONAL, "2009"),
            schedules.edition("cn-accounting-archives", "2015"))) {
      EditionDiff everyRowAdded =
          EditionDiff.between(EditionRef.of("none", "0"), List.of(), e.ref(), e.rows());
      ObjectMapper mapper = new ObjectMapper();
      assertThat(mapper.readTree(everyRowAdded.toJson()).get("added"))
          .as("rows of %s", e.ref())
          .isEqualTo(mapper.readTree(e.toJson()).get("rows"));
    }
  }

  @Test
  void summary_inChinese_isOneSentencePerRow() {
    assertThat(DIFF.summary(Language.ZH))
        .containsExactly(
            "tianjin 2019 → tianjin 2021：新增1条，删除1条，变更3条。",
            "新增：十(3)「电子档案移交登记表」，保管期限30年。",
            "删除：十(2)「档案鉴定意见书」（原保管期限永久）。",
            "变更：一(4)「社会保险登记证管理材料」：保管期限由30年缩短为10年，已归档材料须经鉴定方可按新期限处置，不因本次修订直接销毁。",
            "变更：八(3)「月、季统计报表」：保管期限由10年延长为30年，延长的期限对已归档材料立即适用。",
            "变更：十(1)「业务档案交接清册」：材料名称由「业务档案移交清册」改为「业务档案交接清册」；"
                + "英文名称由「Hand-over lists of business archives」改为「Hand-over registers of business"
                + " archives」。");
  }

  @Test
  void summary_inEnglish_usesTheEnglishMaterial() {
    assertThat(DIFF.summary(Language.EN))
        .containsExactly(
            "tianjin 2019 → tianjin 2021: added 1, removed 1, changed 3.",
            "Added 十(3) \"Registers of electronic archive transfers\": kept 30 years.",
            "Removed 十(2) \"Archive appraisal opinions\" (was kept permanently).",
            "Changed 一(4) \"Social-insurance registration certificate management materials\": period shortened from 30 years to 10 years; records already filed are destroyed only after an appraisal, never because of this revision alone.",
            "Changed 八(3) \"Monthly and quarterly statistical reports\": period lengthened from 10 years to 30 years; the longer period applies at once to records already filed.",
            "Changed 十(1) \"Hand-over registers of business archives\": material changed from \"Hand-over lists of business archives\" to \"Hand-over registers of business archives\";"
                + " its Chinese name changed from \"业务档案移交清册\" to \"业务档案交接清册\".");
  }

  private static ScheduleRow row(String zh, String en, List<String> aliases) {
    return new ScheduleRow(
        "十(1)",
        "十",
        zh,
        en,
        aliases,
        List.of(),
        new RetentionPeriod.Fixed(30),
        new Provenance("fixture", true, null));
  }

  private static List<String> summaryOfChange(ScheduleRow a, ScheduleRow b, Language language) {
    EditionDiff d =
        EditionDiff.between(
            EditionRef.of("t", "1"), List.of(a), EditionRef.of("t", "2"), List.of(b));
    return d.summary(language).subList(1, 2);
  }

  private static ScheduleRow row(
      String zh, String en, RetentionPeriod period, Provenance provenance) {
    return new ScheduleRow("十(1)", "十", zh, en, List.of(), List.of(), period, provenance);
  }

  @Test
  void summary_aChangeOfConfirmation_namesBothStates_andAChangeOfSourceSaysSo() {
    Provenance confirmed = new Provenance("fixture", true, null);
    ScheduleRow before = row("移交清册", "Lists", new RetentionPeriod.Fixed(30), confirmed);
    ScheduleRow unconfirmed =
        row("移交清册", "Lists", new RetentionPeriod.Fixed(30), new Provenance("fixture", false, null));
    ScheduleRow otherSource =
        row("移交清册", "Lists", new RetentionPeriod.Fixed(30), new Provenance("其他来源", true, null));
    assertThat(summaryOfChange(before, unconfirmed, Language.ZH))
        .containsExactly("变更：十(1)「移交清册」：出处由已确认改为未确认。");
    assertThat(summaryOfChange(before, unconfirmed, Language.EN))
        .containsExactly(
            "Changed 十(1) \"Lists\": provenance changed from confirmed to unconfirmed.");
    assertThat(summaryOfChange(unconfirmed, before, Language.EN))
        .containsExactly(
            "Changed 十(1) \"Lists\": provenance changed from unconfirmed to confirmed.");
    assertThat(summaryOfChange(before, otherSource, Language.ZH))
        .containsExactly("变更：十(1)「移交清册」：出处说明有调整。");
  }

  @Test
  void summary_anEnglishNameGivenWhereThereWasNone_isSaidInChinese() {
    Provenance listed = new Provenance("fixture", false, null);
    ScheduleRow before = row("移交清册", null, null, listed);
    ScheduleRow named = row("移交清册", "Lists", null, listed);
    assertThat(summaryOfChange(before, named, Language.ZH))
        .containsExactly("变更：十(1)「移交清册」：英文名称由「无」改为「Lists」。");
  }

  @Test
  void summary_ofAddedRows_saysAnUnknownPeriodOrMaterial_andNamesTheRegulationDeferredTo() {
    Provenance listed = new Provenance("fixture", false, null);
    ScheduleRow unknown =
        new ScheduleRow("十(1)", "十", null, null, List.of(), List.of(), null, listed);
    ScheduleRow deferring =
        new ScheduleRow(
            "十(2)",
            "十",
            "会计凭证",
            "Vouchers",
            List.of(),
            List.of(),
            RetentionPeriod.parse("defers-to:会计档案管理办法"),
            new Provenance("fixture", true, null));
    EditionDiff d =
        EditionDiff.between(
            EditionRef.of("t", "1"),
            List.of(),
            EditionRef.of("t", "2"),
            List.of(unknown, deferring));
    assertThat(d.summary(Language.ZH))
        .containsExactly(
            "t 1 → t 2：新增2条，删除0条，变更0条。",
            "新增：十(1)「材料未确认」，保管期限未确认。",
            "新增：十(2)「会计凭证」，保管期限按《会计档案管理办法》执行。");
    assertThat(d.summary(Language.EN).subList(1, 3))
        .containsExactly(
            "Added 十(1) \"material not confirmed\": kept for a period not yet confirmed.",
            "Added 十(2) \"Vouchers\": kept as 会计档案管理办法 sets.");
  }

  @Test
  void summary_aChangeOfTheOtherLanguageOnly_isSaidAsSuch_neverAsANameChangedToItself() {
    ScheduleRow before = row("业务档案移交清册", "Hand-over lists", List.of("移交清册"));
    ScheduleRow englishOnly = row("业务档案移交清册", "Hand-over registers", List.of("移交清册"));
    ScheduleRow chineseOnly = row("业务档案交接清册", "Hand-over lists", List.of("移交清册"));
    ScheduleRow aliasesOnly = row("业务档案移交清册", "Hand-over lists", List.of("交接清册"));

    assertThat(summaryOfChange(before, englishOnly, Language.ZH))
        .containsExactly("变更：十(1)「业务档案移交清册」：英文名称由「Hand-over lists」改为「Hand-over registers」。");
    assertThat(summaryOfChange(before, englishOnly, Language.EN))
        .containsExactly(
            "Changed 十(1) \"Hand-over registers\": material changed from \"Hand-over lists\" to"
                + " \"Hand-over registers\".");
    assertThat(summaryOfChange(before, chineseOnly, Language.ZH))
        .containsExactly("变更：十(1)「业务档案交接清册」：材料名称由「业务档案移交清册」改为「业务档案交接清册」。");
    assertThat(summaryOfChange(before, chineseOnly, Language.EN))
        .containsExactly(
            "Changed 十(1) \"Hand-over lists\": its Chinese name changed from \"业务档案移交清册\" to"
                + " \"业务档案交接清册\".");
    assertThat(summaryOfChange(before, aliasesOnly, Language.ZH))
        .containsExactly("变更：十(1)「业务档案移交清册」：别名有调整。");
    assertThat(summaryOfChange(before, aliasesOnly, Language.EN))
        .containsExactly("Changed 十(1) \"Hand-over lists\": its other names changed.");
  }

  @Test
  void summary_withoutALanguage_isRefusedNamingTheParameter() {
    assertThatThrownBy(() -> DIFF.summary(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("language");
  }

  @Test
  void applyTo_rowsOtherThanTheDiffRecorded_isRefused() {
    assertThatThrownBy(
            () -> DIFF.applyTo(SCHEDULES.edition(RetentionSchedules.NATIONAL, "2009").rows()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not in the rows as the diff recorded it");
  }

  @Test
  void applyTo_withoutARowTheDiffRemoves_isRefusedNamingIt() {
    List<ScheduleRow> rows = new ArrayList<>(SCHEDULES.edition("tianjin", "2019").rows());
    rows.removeIf(r -> r.id().equals("十(2)"));
    assertThatThrownBy(() -> DIFF.applyTo(rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 十(2) is not in the rows as the diff recorded it");
  }

  @Test
  void applyTo_withARowTheDiffChangesAsAnotherEditionHasIt_isRefusedNamingIt() {
    ScheduleRow national =
        SCHEDULES.edition(RetentionSchedules.NATIONAL, "2009").row("一(4)").orElseThrow();
    List<ScheduleRow> rows =
        SCHEDULES.edition("tianjin", "2019").rows().stream()
            .map(r -> r.id().equals("一(4)") ? national : r)
            .toList();
    assertThatThrownBy(() -> DIFF.applyTo(rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 一(4) is not in the rows as the diff recorded it");
  }
}
