package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siarchive.rules.retention.VolumeImpactTest.entry;
import static org.siarchive.rules.retention.VolumeImpactTest.volume;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.material.MaterialRequirement;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.material.TypeRules;
import org.siarchive.rules.retention.Classification.Match;
import org.siarchive.rules.retention.VolumeClassification.Basis;

/** The one retention answer for a volume: business type's row, then material code, then title. */
class VolumeClassificationTest {

  private static final MaterialRules MATERIALS = MaterialRules.bundledIllustrative();
  private static final RetentionRules NATIONAL =
      RetentionSchedules.withBundledEditions()
          .rulesInForce(RetentionSchedules.NATIONAL, Fixtures.TODAY);
  private static final RetentionRules NATIONAL_BOUND = NATIONAL.withMaterialRules(MATERIALS);

  private static final Volume ENROLMENT =
      volume(
          "E1",
          "GENERAL/PERSON_ENROLMENT",
          2024,
          "D100",
          entry(1, "PERSON-ENROL-FORM", "参保人员登记表"),
          entry(2, "ID-CARD-COPY", "居民身份证复印件"));

  @Test
  void withoutMaterialRules_entriesAreLookedUpByCodeThenTitle_andTheIssuesVolumeIsUndecided() {
    VolumeClassification c = NATIONAL.classify(ENROLMENT);
    assertThat(c).isInstanceOf(VolumeClassification.Undecided.class);
    assertThat(c.basis()).isEqualTo(Basis.ITEMS);
    assertThat(((VolumeClassification.Undecided) c).reason())
        .isEqualTo(
            "item 1 (PERSON-ENROL-FORM): no row of cn-national 2009 matches the material \"参保人员登记表\"");
  }

  @Test
  void businessTypesRow_comesFirst_andEveryEntryFallsUnderIt() {
    VolumeClassification c = NATIONAL_BOUND.classify(ENROLMENT);
    assertThat(c).isInstanceOf(VolumeClassification.Decided.class);
    VolumeClassification.Decided d = (VolumeClassification.Decided) c;
    assertThat(d.basis()).isEqualTo(Basis.BUSINESS_TYPE);
    assertThat(d.rowIds()).containsExactly("一(2)");
    assertThat(d.period()).isEqualTo(RetentionPeriod.ofYears(100));
    assertThat(d.items())
        .hasSize(2)
        .allSatisfy(
            i -> {
              assertThat(((Classification.Classified) i.classification()).match())
                  .isEqualTo(Match.BUSINESS_TYPE);
              assertThat(i.classification().query()).isEqualTo("GENERAL/PERSON_ENROLMENT");
              assertThat(i.resolution().period()).contains(RetentionPeriod.ofYears(100));
            });
    assertThat(NATIONAL_BOUND.disposition(ENROLMENT).expires())
        .contains(LocalDate.of(2124, 12, 31));
    assertThat(NATIONAL_BOUND.disposition(ENROLMENT).appraisalFrom())
        .contains(LocalDate.of(2125, 1, 1));
    assertThat(NATIONAL_BOUND.impactOn(ENROLMENT)).isInstanceOf(VolumeImpact.Unchanged.class);
  }

  @Test
  void businessTypesRowNotDecidedByTheEdition_fallsBackToTheEntries() {
    // 三(1) is not listed in the national edition, whose category 三 does not list all its rows.
    Volume pension =
        volume(
            "P1",
            "PENSION/BENEFIT_DETERMINATION",
            2024,
            "D100",
            entry(1, "PENSION-APPLICATION", "养老保险待遇申领表"),
            entry(2, "M-STAT-ANNUAL", "年度统计报表"));
    VolumeClassification c = NATIONAL_BOUND.classify(pension);
    assertThat(c.basis()).isEqualTo(Basis.ITEMS);
    assertThat(c.rowIds()).containsExactly("八(1)");
    assertThat(c.items().get(1).classification()).isInstanceOf(Classification.Classified.class);
    assertThat(((Classification.Classified) c.items().get(1).classification()).match())
        .isEqualTo(Match.SAME_TEXT);
    assertThat(c)
        .as("an entry found by its title is permanent, so the other one does not matter")
        .isInstanceOf(VolumeClassification.Decided.class);
  }

  @Test
  void materialCode_comesBeforeTitle() {
    RetentionSchedules schedules = Fixtures.withFixtures("tianjin-2019.json", "tianjin-2021.json");
    RetentionRules tianjin = schedules.rules(schedules.edition("tianjin", "2021"), Fixtures.TODAY);
    // The code M-STAT-MONTHLY is listed under 八(3); the title alone would match 八(1).
    VolumeClassification c =
        tianjin.classify(volume("T1", 2015, "D10", entry(1, "M-STAT-MONTHLY", "年度统计报表")));
    assertThat(c.rowIds()).containsExactly("八(3)");
    assertThat(((Classification.Classified) c.items().get(0).classification()).match())
        .isEqualTo(Match.MATERIAL_CODE);
  }

  @Test
  void materialText_unknownToTheEdition_isFoundThroughTheMaterialRules() {
    assertThat(NATIONAL.classifyMaterial("参保人员登记表").isDecided()).isFalse();
    Classification c = NATIONAL_BOUND.classifyMaterial("参保人员登记表");
    assertThat(c).isInstanceOf(Classification.Classified.class);
    assertThat(c.foundRow().orElseThrow().id()).isEqualTo("一(2)");
    assertThat(((Classification.Classified) c).match()).isEqualTo(Match.MATERIAL_RULES);
    assertThat(c.query()).isEqualTo("参保人员登记表");
    assertThat(
            NATIONAL_BOUND.classifyMaterialCode("PERSON-ENROL-FORM").foundRow().orElseThrow().id())
        .isEqualTo("一(2)");
    assertThat(NATIONAL_BOUND.classifyMaterial("社会保险监察材料").foundRow().orElseThrow().id())
        .as("the edition's own text first")
        .isEqualTo("九(2)");
  }

  @Test
  void materialListedUnderBusinessTypesOfDifferentRows_isNotDecidedByTheMaterialRules() {
    Classification c = NATIONAL_BOUND.classifyMaterial("居民身份证复印件");
    assertThat(c).isInstanceOf(Classification.Undecided.class);
    assertThat(NATIONAL_BOUND.classifyMaterialCode("ID-CARD-COPY").isDecided()).isFalse();
  }

  @Test
  void emptyCatalogue_isDecidedByTheBusinessTypesRowOnly() {
    assertThat(NATIONAL_BOUND.classify(volume("E2", "GENERAL/PERSON_ENROLMENT", 2024, "D100")))
        .isInstanceOf(VolumeClassification.Decided.class);
    VolumeClassification none =
        NATIONAL.classify(volume("E3", "GENERAL/PERSON_ENROLMENT", 2024, "D100"));
    assertThat(((VolumeClassification.Undecided) none).reason())
        .isEqualTo("the volume has no catalogue entries to classify");
    assertThat(none.disposition())
        .isEqualTo(
            new Disposition.Undecided(
                LocalDate.of(2025, 1, 1), "the volume has no catalogue entries to classify"));
  }

  @Test
  void withMaterialRules_sameRulesAgain_isTheSameBinding() {
    assertThat(NATIONAL.withMaterialRules(MATERIALS)).isSameAs(NATIONAL_BOUND);
    assertThat(NATIONAL_BOUND.withMaterialRules(MATERIALS)).isSameAs(NATIONAL_BOUND);
    assertThat(NATIONAL_BOUND.materialRules()).containsSame(MATERIALS);
    assertThat(NATIONAL.materialRules()).isEmpty();
  }

  @Test
  void illustrativeEdition_givesEveryBusinessTypeOfTheMaterialRulesARow_andTheNationalStaysApart() {
    assertThat(RetentionSchedules.withBundledEditions().scheduleIds())
        .containsExactly(RetentionSchedules.NATIONAL);
    RetentionSchedules schedules = RetentionSchedules.withIllustrativeEdition();
    assertThat(schedules.scheduleIds())
        .containsExactly(RetentionSchedules.NATIONAL, RetentionSchedules.ILLUSTRATIVE);
    Edition illustrative =
        schedules.inForce(RetentionSchedules.ILLUSTRATIVE, Fixtures.TODAY).orElseThrow();
    assertThat(illustrative.title()).startsWith("ILLUSTRATIVE");
    assertThat(illustrative.base()).contains(EditionRef.of(RetentionSchedules.NATIONAL, "2009"));
    assertThat(schedules.edition(RetentionSchedules.NATIONAL, "2009"))
        .isEqualTo(
            RetentionSchedules.withBundledEditions().edition(RetentionSchedules.NATIONAL, "2009"));
    for (String own : illustrative.ownRowIds()) {
      assertThat(illustrative.row(own).orElseThrow().isConfirmed())
          .as("row %s is not confirmed", own)
          .isFalse();
      assertThat(illustrative.row(own).orElseThrow().provenance().note()).contains("ILLUSTRATIVE");
    }
    RetentionRules rules =
        schedules.rules(illustrative, Fixtures.TODAY).withMaterialRules(MATERIALS);
    for (TypeRules type : MATERIALS.businessTypes()) {
      CatalogEntryList entries = new CatalogEntryList();
      for (MaterialRequirement m : type.rule().materials()) {
        entries.add(m.material(), MATERIALS.material(m.material()).orElseThrow().zh());
      }
      VolumeClassification c =
          rules.classify(volume("X", type.businessType().toString(), 2024, "Y", entries.toArray()));
      assertThat(c).as("%s", type.businessType()).isInstanceOf(VolumeClassification.Decided.class);
      assertThat(c.basis()).isEqualTo(Basis.BUSINESS_TYPE);
      assertThat(c.rowIds()).containsExactly(type.retentionRow().orElseThrow());
    }
  }

  @Test
  void yearsAtTheEndsOfTheRange_areAccepted_andTheNextOnesRefusedNamingTheYear() {
    for (int year : new int[] {Disposition.MIN_YEAR, Disposition.MAX_YEAR}) {
      VolumeClassification.Decided d =
          new VolumeClassification.Decided(
              "V", year, Basis.ITEMS, List.of("一(1)"), List.of(), RetentionPeriod.PERMANENT);
      assertThat(d.disposition().retentionStart()).isEqualTo(LocalDate.of(year + 1, 1, 1));
      assertThat(
              new VolumeClassification.Undecided("V", year, Basis.ITEMS, List.of(), List.of(), "r")
                  .year())
          .isEqualTo(year);
    }
    for (int year : new int[] {Disposition.MIN_YEAR - 1, Disposition.MAX_YEAR + 1}) {
      assertThatThrownBy(
              () ->
                  new VolumeClassification.Decided(
                      "V",
                      year,
                      Basis.ITEMS,
                      List.of("一(1)"),
                      List.of(),
                      RetentionPeriod.PERMANENT))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("year"));
      assertThatThrownBy(
              () ->
                  new VolumeClassification.Undecided(
                      "V", year, Basis.ITEMS, List.of(), List.of(), "r"))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("year"));
    }
  }

  /** Catalogue entries numbered from 1. */
  private static final class CatalogEntryList {
    private final java.util.List<org.siarchive.core.model.CatalogEntry> entries =
        new java.util.ArrayList<>();

    void add(String code, String title) {
      entries.add(entry(entries.size() + 1, code, title));
    }

    org.siarchive.core.model.CatalogEntry[] toArray() {
      return entries.toArray(org.siarchive.core.model.CatalogEntry[]::new);
    }
  }
}
