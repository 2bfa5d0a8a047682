package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.model.RetentionPeriod;

/**
 * An edition's identity and dates as its file writes them (the fixture tianjin-2021.json and the
 * bundled national edition), and the optional parts of its records.
 */
class EditionTest {

  private static final RetentionSchedules SCHEDULES =
      Fixtures.withFixtures("tianjin-2019.json", "tianjin-2021.json");
  private static final Edition NATIONAL = SCHEDULES.edition(RetentionSchedules.NATIONAL, "2009");
  private static final Edition TIANJIN = SCHEDULES.edition("tianjin", "2021");

  @Test
  void identity_isTheFilesScheduleIdEditionAndTitles() {
    assertThat(TIANJIN.tableId()).isEqualTo("tianjin").isEqualTo(TIANJIN.scheduleId());
    assertThat(TIANJIN.edition()).isEqualTo("2021");
    assertThat(TIANJIN.title()).isEqualTo("某市社会保险业务文件材料归档范围和保管期限表");
    assertThat(TIANJIN.titleEn())
        .isEqualTo(
            "A city's filing scope and retention table of social-insurance business documents");
    assertThat(TIANJIN.supersedes()).contains("2019");
    assertThat(NATIONAL.supersedes()).isEmpty();
    assertThat(TIANJIN.base()).contains(EditionRef.of(RetentionSchedules.NATIONAL, "2009"));
  }

  @Test
  void editionRef_refusesMalformedIds_namingTheField_andSortsByScheduleThenEdition() {
    assertThatThrownBy(() -> EditionRef.of("Cn National", "2009"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("scheduleId"));
    assertThatThrownBy(() -> EditionRef.of("cn-national", "20 09"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("edition"));
    EditionRef a2009 = EditionRef.of("a", "2009");
    EditionRef a2019 = EditionRef.of("a", "2019");
    EditionRef b2001 = EditionRef.of("b", "2001");
    assertThat(List.of(b2001, a2019, a2009).stream().sorted()).containsExactly(a2009, a2019, b2001);
    assertThat(a2009.compareTo(EditionRef.of("a", "2009"))).isZero();
  }

  @Test
  void toString_namesTheEditionItsStartAndItsSource() {
    assertThat(TIANJIN.toString())
        .contains("tianjin 2021")
        .contains("2021-07-01")
        .contains(TIANJIN.rows().size() + " rows")
        .contains("tianjin-2021.json");
  }

  @Test
  void equals_tellsEditionsApart_andTheSameFileLoadedAgainIsEqual() {
    Edition again =
        Fixtures.withFixtures("tianjin-2019.json", "tianjin-2021.json").edition("tianjin", "2021");
    assertThat(again).isEqualTo(TIANJIN).hasSameHashCodeAs(TIANJIN);
    assertThat(TIANJIN)
        .isNotEqualTo(NATIONAL)
        .isNotEqualTo(SCHEDULES.edition("tianjin", "2019"))
        .isNotEqualTo("tianjin 2021");
  }

  @Test
  void coversDate_withoutAnEnd_coversEveryDayFromTheStart() {
    assertThat(NATIONAL.coversDate(LocalDate.of(2009, 8, 31))).isFalse();
    assertThat(NATIONAL.coversDate(LocalDate.of(2009, 9, 1))).isTrue();
    assertThat(NATIONAL.coversDate(LocalDate.of(2999, 12, 31))).isTrue();
  }

  @Test
  void coversDate_withAnEnd_coversBothEndsInclusive() {
    String json =
        Fixtures.nationalAs("2030", "2030-01-01")
            .replace(
                "\"effectiveFrom\" : \"2030-01-01\"",
                "\"effectiveFrom\" : \"2030-01-01\", \"effectiveUntil\" : \"2030-12-31\"");
    Edition bounded = RetentionSchedules.empty().load(Fixtures.stream(json), "bounded.json");
    assertThat(bounded.effectiveUntil()).contains(LocalDate.of(2030, 12, 31));
    assertThat(bounded.coversDate(LocalDate.of(2029, 12, 31))).isFalse();
    assertThat(bounded.coversDate(LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(bounded.coversDate(LocalDate.of(2030, 12, 31))).isTrue();
    assertThat(bounded.coversDate(LocalDate.of(2031, 1, 1))).isFalse();
  }

  @Test
  void optionalParts_areEmptyExactlyWhenNotGiven() {
    Provenance noted = new Provenance("source", true, "a remark");
    assertThat(noted.noteIfAny()).contains("a remark");
    assertThat(new Provenance("source", true, null).noteIfAny()).isEmpty();
    assertThat(new RegulationSource("规定", "1号", "附件").partIfAny()).contains("附件");
    assertThat(new RegulationSource("规定", "1号", null).partIfAny()).isEmpty();
    assertThat(new Category("一", "管理", "Administration", true, noted).nameIfKnown()).contains("管理");
    assertThat(new Category("一", null, null, false, noted).nameIfKnown()).isEmpty();
    ScheduleRow row =
        new ScheduleRow(
            "一(1)",
            "一",
            "登记材料",
            "Registration",
            List.of(),
            List.of(),
            RetentionPeriod.PERMANENT,
            noted);
    assertThat(row.knownPeriod()).contains(RetentionPeriod.PERMANENT);
    assertThat(row.materialIfKnown()).contains("登记材料");
    Provenance unconfirmed = new Provenance("source", false, null);
    ScheduleRow listed =
        new ScheduleRow("一(9)", "一", null, null, List.of(), List.of(), null, unconfirmed);
    assertThat(listed.knownPeriod()).isEmpty();
    assertThat(listed.materialIfKnown()).isEmpty();
  }

  @Test
  void confirmedRow_needsItsMaterialsAndPeriod_namingTheMissingField() {
    Provenance confirmed = new Provenance("source", true, null);
    assertThatThrownBy(
            () ->
                new ScheduleRow(
                    "一(1)",
                    "一",
                    null,
                    "Registration",
                    List.of(),
                    List.of(),
                    RetentionPeriod.PERMANENT,
                    confirmed))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("material"));
    assertThatThrownBy(
            () ->
                new ScheduleRow(
                    "一(1)",
                    "一",
                    "登记材料",
                    null,
                    List.of(),
                    List.of(),
                    RetentionPeriod.PERMANENT,
                    confirmed))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("materialEn"));
    assertThatThrownBy(
            () ->
                new ScheduleRow(
                    "一(1)", "一", "登记材料", "Registration", List.of(), List.of(), null, confirmed))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("period");
              assertThat(e.constraint()).isEqualTo("required when provenance.confirmed is true");
            });
  }
}
