package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.model.Volume;

/** Re-appraisal impact of a new edition: longer applies at once, shorter waits for appraisal. */
class VolumeImpactTest {

  private static final RetentionSchedules SCHEDULES =
      Fixtures.withFixtures("tianjin-2019.json", "tianjin-2021.json", "accounting-2015.json");
  private static final RetentionRules RULES_2021 =
      SCHEDULES.rules(SCHEDULES.edition("tianjin", "2021"), Fixtures.TODAY);

  static Volume volume(String id, int year, String retention, CatalogEntry... entries) {
    return volume(id, "GENERAL/REGISTRATION", year, retention, entries);
  }

  static Volume volume(
      String id, String businessType, int year, String retention, CatalogEntry... entries) {
    return Volume.builder()
        .id(id)
        .subCenterId("SC01")
        .year(year)
        .businessType(BusinessType.parse(businessType))
        .retention(RetentionPeriod.parse(retention))
        .title("测试案卷")
        .catalogue(List.of(entries))
        .build();
  }

  static CatalogEntry entry(int n, String code, String title) {
    return new CatalogEntry(n, null, code, title, "20150301", "和平分中心", null, 2);
  }

  @Test
  void longerPeriod_appliesAtOnce() {
    VolumeImpact i =
        RULES_2021.impactOn(volume("V1", 2015, "D10", entry(1, "M-STAT-MONTHLY", "2015年3月统计月报")));
    assertThat(i.kind()).isEqualTo(VolumeImpact.Kind.LONGER);
    assertThat(i.rowIds()).containsExactly("八(3)");
    assertThat(i.proposedPeriod()).contains(RetentionPeriod.ofYears(30));
    assertThat(i.before().expires()).contains(LocalDate.of(2025, 12, 31));
    assertThat(i.inEffect()).isEqualTo(i.after());
    assertThat(i.inEffect().expires()).contains(LocalDate.of(2045, 12, 31));
    assertThat(i.reappraisalFrom()).isEmpty();
    assertThat(i.reason()).isEqualTo("rows [八(3)]: D10 → D30, longer; applies at once");
  }

  @Test
  void shorterPeriod_keepsTheRecordedDatesUntilAnAppraisal() {
    VolumeImpact i =
        RULES_2021.impactOn(volume("V2", 2010, "D30", entry(1, "M-REG-CERT", "登记证换发")));
    assertThat(i.kind()).isEqualTo(VolumeImpact.Kind.SHORTER);
    assertThat(i.inEffect()).isEqualTo(i.before());
    assertThat(i.inEffect().expires()).contains(LocalDate.of(2040, 12, 31));
    assertThat(i.after().appraisalFrom()).contains(LocalDate.of(2021, 1, 1));
    assertThat(i.reappraisalFrom()).contains(LocalDate.of(2021, 1, 1));
    assertThat(i.isReappraisalDue(Fixtures.TODAY)).isTrue();
    assertThat(i.reason()).contains("[一(4)]").contains("D30 → D10").contains("2021-01-01");
    assertThat(i.inEffect().isDueForAppraisal(Fixtures.TODAY))
        .as("a shorter period never makes the record due on its own")
        .isFalse();
  }

  @Test
  void volumePeriod_isTheLongestOfItsEntries_andUnchangedWhenEqual() {
    VolumeImpact i =
        RULES_2021.impactOn(
            volume(
                "V3", 2012, "Y", entry(1, "M-REG-CERT", "登记证换发"), entry(2, "M-OTHER", "参保单位登记材料")));
    assertThat(i.rowIds()).containsExactly("一(4)", "一(1)");
    assertThat(i.proposedPeriod()).contains(RetentionPeriod.PERMANENT);
    assertThat(i.kind()).isEqualTo(VolumeImpact.Kind.UNCHANGED);
    assertThat(i.reason()).contains("[一(4), 一(1)]").contains("Y unchanged");
  }

  @Test
  void entryThatCannotBeClassified_makesTheVolumeUndecided() {
    VolumeImpact i =
        RULES_2021.impactOn(
            volume(
                "V4", 2012, "D10", entry(1, "M-REG-CERT", "登记证换发"), entry(2, "M-UNKNOWN", "登记材料")));
    assertThat(i.kind()).isEqualTo(VolumeImpact.Kind.UNDECIDED);
    assertThat(i.proposedPeriod()).isEmpty();
    assertThat(i.inEffect()).isEqualTo(i.before());
    assertThat(i.reason())
        .startsWith("cannot decide the new period: item 2 (M-UNKNOWN): \"登记材料\" matches rows");
  }

  @Test
  void undecidedEntry_doesNotMatterWhenAnotherIsPermanent() {
    VolumeImpact i =
        RULES_2021.impactOn(
            volume("V5", 2012, "Y", entry(1, "M-OTHER", "年度统计报表"), entry(2, "M-UNKNOWN", "不明材料")));
    assertThat(i.kind()).isEqualTo(VolumeImpact.Kind.UNCHANGED);
    assertThat(i.proposedPeriod()).contains(RetentionPeriod.PERMANENT);
  }

  @Test
  void deferringRow_resolvesWithTheEntryTitleThroughTheLoadedTable() {
    // 七(4) (付款凭证、会计账簿、会计报表) defers; the accounting fixture lists 付款凭证 under 记账凭证, D30.
    VolumeImpact i = RULES_2021.impactOn(volume("V6", 2016, "D10", entry(1, "M-OTHER", "付款凭证")));
    assertThat(i.rowIds()).containsExactly("七(4)");
    assertThat(i.kind()).isEqualTo(VolumeImpact.Kind.LONGER);
    assertThat(i.proposedPeriod()).contains(RetentionPeriod.ofYears(30));
  }

  @Test
  void deferringRow_whoseTitleMatchesNoRowOfTheTable_isUndecided() {
    VolumeImpact j = RULES_2021.impactOn(volume("V7", 2016, "D10", entry(1, "M-OTHER", "会计账簿")));
    assertThat(j.rowIds()).containsExactly("七(4)");
    assertThat(j.kind()).isEqualTo(VolumeImpact.Kind.UNDECIDED);
    assertThat(j.reason())
        .contains("row 七(4) defers to 会计档案管理办法")
        .contains("no row of cn-accounting-archives 2015 matches the material \"会计账簿\"");
  }

  @Test
  void recordedDeferringPeriod_cannotBeCompared() {
    VolumeImpact i =
        RULES_2021.impactOn(
            volume("V8", 2016, "defers-to:会计档案管理办法", entry(1, "M-STAT-MONTHLY", "统计月报")));
    assertThat(i.kind()).isEqualTo(VolumeImpact.Kind.UNDECIDED);
    assertThat(i.proposedPeriod()).contains(RetentionPeriod.ofYears(30));
    assertThat(i.before().isDecided()).isFalse();
    assertThat(i.reason()).contains("cannot be compared").contains("D30").contains("[八(3)]");
  }

  @Test
  void impactKinds_refuseAClassificationThatDoesNotFitThem() {
    VolumeClassification.Decided d30 =
        new VolumeClassification.Decided(
            "V9",
            2015,
            VolumeClassification.Basis.ITEMS,
            List.of("八(3)"),
            List.of(),
            RetentionPeriod.ofYears(30));
    assertThatThrownBy(() -> new VolumeImpact.Longer(d30, RetentionPeriod.PERMANENT))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("recorded")
        .hasMessageContaining("shorter than the proposed D30")
        .hasMessageContaining("Y");
    assertThatThrownBy(() -> new VolumeImpact.Shorter(d30, RetentionPeriod.ofYears(10)))
        .hasMessageContaining("longer than the proposed D30");
    assertThatThrownBy(() -> new VolumeImpact.Unchanged(d30, RetentionPeriod.ofYears(10)))
        .hasMessageContaining("equal to the proposed D30");
    assertThatThrownBy(() -> new VolumeImpact.Undecided(d30, RetentionPeriod.ofYears(10)))
        .hasMessageContaining("undecided, or not comparable");
    assertThat(VolumeImpact.of(d30, RetentionPeriod.ofYears(10)))
        .isInstanceOf(VolumeImpact.Longer.class);
    assertThat(VolumeImpact.of(d30, RetentionPeriod.PERMANENT))
        .isInstanceOf(VolumeImpact.Shorter.class);
    assertThat(VolumeImpact.of(d30, RetentionPeriod.ofYears(30)))
        .isInstanceOf(VolumeImpact.Unchanged.class);
  }
}
