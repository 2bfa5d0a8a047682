package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siarchive.core.ruledata.RuleDataException;

/**
 * Strict loading (STYLE.md #8): each refusal names the file, the JSON pointer, the value and, for a
 * row, its id; after every refusal the registry holds exactly the editions it had.
 */
class EditionLoadingTest {

  private static final String FILE = "city-2020.json";

  /** A small valid edition; each test breaks one thing in it. */
  private static final String VALID =
      """
      {
        "formatVersion": 1,
        "scheduleId": "test-city",
        "edition": "2020",
        "title": "测试市社会保险业务文件材料归档范围和保管期限表",
        "titleEn": "Test city retention table",
        "effectiveFrom": "2020-01-01",
        "source": {"regulation": "测试市规定", "documentNumber": "测试〔2020〕1号"},
        "categories": [
          {"id": "一", "name": "管理", "nameEn": "Administration", "rowsComplete": true,
           "provenance": {"source": "test", "confirmed": true}}
        ],
        "rows": [
          {"id": "一(1)", "category": "一", "material": "参保单位登记材料", "materialEn": "Employer registration",
           "period": "Y", "provenance": {"source": "test", "confirmed": true}},
          {"id": "一(2)", "category": "一", "material": "参保人员登记材料", "materialEn": "Person registration",
           "period": "D100", "provenance": {"source": "test", "confirmed": true}}
        ]
      }
      """;

  private RetentionSchedules schedules;
  private List<Edition> before;

  @BeforeEach
  void loadTheNationalEditionAndAValidCity() {
    schedules = RetentionSchedules.withBundledEditions();
    schedules.load(Fixtures.stream(VALID), FILE);
    before = allEditions();
  }

  private List<Edition> allEditions() {
    return schedules.scheduleIds().stream().flatMap(id -> schedules.editions(id).stream()).toList();
  }

  /** Loads the valid edition as edition 2021 (from 2021) with one change, expecting a refusal. */
  private RuleDataException refused(UnaryOperator<String> change) {
    String next =
        VALID
            .replace("\"edition\": \"2020\"", "\"edition\": \"2021\"")
            .replace("\"effectiveFrom\": \"2020-01-01\"", "\"effectiveFrom\": \"2021-01-01\"");
    String broken = change.apply(next);
    assertThat(broken).as("the change applies").isNotEqualTo(next);
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> schedules.load(Fixtures.stream(broken), "city-2021.json"));
    assertThat(thrown).isInstanceOf(RuleDataException.class);
    assertThat(allEditions()).as("the registry keeps the editions it had").isEqualTo(before);
    RuleDataException e = (RuleDataException) thrown;
    assertThat(e.source()).isEqualTo("city-2021.json");
    assertThat(e.getMessage()).startsWith("city-2021.json: ");
    return e;
  }

  @Test
  void load_duplicateRowId_isRefusedNamingTheSecondOccurrence() {
    RuleDataException e = refused(s -> s.replace("\"id\": \"一(2)\"", "\"id\": \"一(1)\""));
    assertThat(e.pointer()).isEqualTo("/rows/1/id");
    assertThat(e.rowId()).contains("一(1)");
    assertThat(e.getMessage())
        .isEqualTo(
            "city-2021.json: /rows/1/id (row 一(1)): duplicate row id (first at /rows/0/id): \"一(1)\"");
  }

  @Test
  void load_unknownPeriodCode_isRefusedWithTheCodeAndRow() {
    RuleDataException e = refused(s -> s.replace("\"D100\"", "\"D20\""));
    assertThat(e.pointer()).isEqualTo("/rows/1/period");
    assertThat(e.rowId()).contains("一(2)");
    assertThat(e.value()).contains("\"D20\"");
    assertThat(e.getMessage())
        .isEqualTo(
            "city-2021.json: /rows/1/period (row 一(2)): unknown period code"
                + " (one of Y, D10, D30, D50, D100, defers-to:NAME): \"D20\"");
  }

  @Test
  void load_confirmedRowWithoutItsMaterial_isRefused() {
    RuleDataException e = refused(s -> s.replace("\"material\": \"参保人员登记材料\", ", ""));
    assertThat(e.pointer()).isEqualTo("/rows/1/material");
    assertThat(e.rowId()).contains("一(2)");
    assertThat(e.getMessage()).contains("required when provenance.confirmed is true: null");
  }

  @Test
  void load_missingRequiredProperty_isRefusedNamingIt() {
    RuleDataException e =
        refused(s -> s.replace("\"titleEn\": \"Test city retention table\",", ""));
    assertThat(e.pointer()).isEqualTo("/titleEn");
    assertThat(e.getMessage()).contains("missing required property \"titleEn\"");
  }

  @Test
  void load_missingProvenanceOfARow_isRefusedNamingTheRow() {
    RuleDataException e =
        refused(
            s ->
                s.replace(
                    "\"period\": \"Y\", \"provenance\": {\"source\": \"test\", \"confirmed\": true}",
                    "\"period\": \"Y\""));
    assertThat(e.pointer()).isEqualTo("/rows/0/provenance");
    assertThat(e.rowId()).contains("一(1)");
  }

  @Test
  void load_sameEffectiveDateAsAnotherEditionOfTheSchedule_isRefusedAsOverlapping() {
    RuleDataException e =
        refused(
            s ->
                s.replace(
                    "\"effectiveFrom\": \"2021-01-01\"", "\"effectiveFrom\": \"2020-01-01\""));
    assertThat(e).isInstanceOf(EditionConflictException.class);
    assertThat(((EditionConflictException) e).conflictsWith()).isEqualTo("test-city 2020");
    assertThat(e.pointer()).isEqualTo("/effectiveFrom");
    assertThat(e.getMessage())
        .isEqualTo(
            "city-2021.json: /effectiveFrom: overlaps edition test-city 2020, in force from the same day: 2020-01-01");
  }

  @Test
  void load_explicitEndReachingIntoTheNextEdition_isRefusedAsOverlapping() {
    schedules.load(
        Fixtures.stream(VALID.replace("\"2020\"", "\"2023\"").replace("2020-01-01", "2023-01-01")),
        "city-2023.json");
    before = allEditions();
    RuleDataException e =
        refused(
            s ->
                s.replace(
                    "\"effectiveFrom\": \"2021-01-01\",",
                    "\"effectiveFrom\": \"2021-01-01\", \"effectiveUntil\": \"2023-01-01\","));
    assertThat(e.pointer()).isEqualTo("/effectiveUntil");
    assertThat(e.getMessage())
        .contains("overlaps edition test-city 2023, in force from 2023-01-01: 2023-01-01");
  }

  @Test
  void load_startingInsideAnEarlierEditionsExplicitRange_isRefusedAsOverlapping() {
    RetentionSchedules s = RetentionSchedules.empty();
    s.load(
        Fixtures.stream(
            VALID.replace(
                "\"effectiveFrom\": \"2020-01-01\",",
                "\"effectiveFrom\": \"2020-01-01\", \"effectiveUntil\": \"2021-06-30\",")),
        FILE);
    String next =
        VALID
            .replace("\"edition\": \"2020\"", "\"edition\": \"2021\"")
            .replace("2020-01-01", "2021-01-01");
    assertThatThrownBy(() -> s.load(Fixtures.stream(next), "city-2021.json"))
        .isInstanceOf(EditionConflictException.class)
        .hasMessage(
            "city-2021.json: /effectiveFrom: overlaps edition test-city 2020, in force 2020-01-01 to 2021-06-30: 2021-01-01");
    assertThat(s.editions("test-city")).extracting(Edition::edition).containsExactly("2020");
  }

  @Test
  void load_unknownProperty_isRefusedWithItsPointerAndRow() {
    RuleDataException e =
        refused(
            s ->
                s.replace(
                    "\"materialEn\": \"Employer registration\",",
                    "\"materialEn\": \"Employer registration\", \"colour\": \"red\","));
    assertThat(e.pointer()).isEqualTo("/rows/0/colour");
    assertThat(e.rowId()).contains("一(1)");
    assertThat(e.getMessage())
        .isEqualTo(
            "city-2021.json: /rows/0/colour (row 一(1)): unknown property \"colour\": \"red\"");
  }

  @Test
  void load_unknownPropertyWithANumber_showsTheNumberAsWritten() {
    RuleDataException e =
        refused(s -> s.replace("\"period\": \"Y\",", "\"period\": \"Y\", \"weight\": 7,"));
    assertThat(e.pointer()).isEqualTo("/rows/0/weight");
    assertThat(e.value()).contains("7");
    assertThat(e.getMessage())
        .isEqualTo("city-2021.json: /rows/0/weight (row 一(1)): unknown property \"weight\": 7");
  }

  @Test
  void load_unknownPropertyWithASlash_hasItEscapedInThePointer() {
    RuleDataException e =
        refused(s -> s.replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"a/b~c\": 0,"));
    assertThat(e.pointer()).isEqualTo("/a~1b~0c");
  }

  @Test
  void load_trailingTokens_areRefused() {
    RuleDataException e = refused(s -> s + "{}");
    assertThat(e.pointer()).isEmpty();
    assertThat(e.getMessage())
        .isEqualTo(
            "city-2021.json: (document): unexpected content after the end of the JSON value");
  }

  @Test
  void load_duplicateKey_isRefusedAtTheRepeatedKey() {
    RuleDataException e =
        refused(s -> s.replace("\"period\": \"Y\",", "\"period\": \"Y\", \"period\": \"D10\","));
    assertThat(e.pointer()).isEqualTo("/rows/0/period");
    assertThat(e.rowId()).contains("一(1)");
    assertThat(e.getMessage()).contains("Duplicate field 'period'");
  }

  @Test
  void load_nullForAPrimitive_isRefused() {
    RuleDataException e =
        refused(s -> s.replace("\"rowsComplete\": true", "\"rowsComplete\": null"));
    assertThat(e.pointer()).isEqualTo("/categories/0/rowsComplete");
    assertThat(e.getMessage()).contains("null");
  }

  @Test
  void load_wrongType_isRefusedWithTheValue() {
    RuleDataException e =
        refused(s -> s.replace("\"formatVersion\": 1", "\"formatVersion\": \"1\""));
    assertThat(e.pointer()).isEqualTo("/formatVersion");
    assertThat(e.getMessage()).contains("expected an integer").contains("\"1\"");
  }

  @Test
  void load_malformedJson_isRefusedAtTheBrokenValue() {
    RuleDataException e = refused(s -> s.replace("\"period\": \"D100\",", "\"period\": D100,"));
    assertThat(e.pointer()).isEqualTo("/rows/1/period");
    assertThat(e.rowId()).contains("一(2)");
    assertThat(e.getMessage()).contains("Unrecognized token 'D100'");
  }

  @Test
  void load_malformedJsonInTheFirstRow_namesThatRow() {
    RuleDataException e = refused(s -> s.replace("\"period\": \"Y\",", "\"period\": Y,"));
    assertThat(e.pointer()).isEqualTo("/rows/0/period");
    assertThat(e.rowId()).contains("一(1)");
  }

  @Test
  void load_malformedJsonOutsideTheRows_namesNoRow() {
    RuleDataException e =
        refused(s -> s.replace("\"titleEn\": \"Test city retention table\"", "\"titleEn\": T"));
    assertThat(e.pointer()).isEqualTo("/titleEn");
    assertThat(e.rowId()).isEmpty();
    assertThat(e.getMessage()).startsWith("city-2021.json: /titleEn: ");
  }

  @Test
  void load_malformedJsonInARowBeforeItsId_namesNoRow() {
    RuleDataException e =
        refused(s -> s.replace("{\"id\": \"一(2)\"", "{\"note\": N, \"id\": \"一(2)\""));
    assertThat(e.pointer()).isEqualTo("/rows/1/note");
    assertThat(e.rowId()).isEmpty();
    assertThat(e.getMessage()).startsWith("city-2021.json: /rows/1/note: ");
  }

  @Test
  void load_impossibleDate_isRefused() {
    RuleDataException e = refused(s -> s.replace("2021-01-01", "2021-02-30"));
    assertThat(e.pointer()).isEqualTo("/effectiveFrom");
    assertThat(e.getMessage()).contains("expected a date YYYY-MM-DD").contains("2021-02-30");
  }

  @Test
  void load_constraintViolated_isRefusedByBeanValidationWithTheValue() {
    RuleDataException e = refused(s -> s.replace("\"test-city\"", "\"Test City\""));
    assertThat(e.pointer()).isEqualTo("/scheduleId");
    assertThat(e.getMessage())
        .isEqualTo(
            "city-2021.json: /scheduleId: a schedule id: lower-case letters, digits and '-', 1 - 64 characters: \"Test City\"");
  }

  @Test
  void load_blankMaterial_isRefusedNamingTheRow() {
    RuleDataException e = refused(s -> s.replace("\"参保人员登记材料\"", "\"  \""));
    assertThat(e.pointer()).isEqualTo("/rows/1/material");
    assertThat(e.rowId()).contains("一(2)");
    assertThat(e.getMessage()).endsWith("not blank: \"  \"");
  }

  @Test
  void load_blankMaterialInTheFirstRow_namesThatRow() {
    RuleDataException e = refused(s -> s.replace("\"参保单位登记材料\"", "\"  \""));
    assertThat(e.pointer()).isEqualTo("/rows/0/material");
    assertThat(e.rowId()).contains("一(1)");
  }

  @Test
  void load_confirmedRowWithoutItsEnglishMaterial_isRefused() {
    RuleDataException e = refused(s -> s.replace("\"materialEn\": \"Person registration\",", ""));
    assertThat(e.pointer()).isEqualTo("/rows/1/materialEn");
    assertThat(e.rowId()).contains("一(2)");
    assertThat(e.getMessage()).contains("required when provenance.confirmed is true: null");
  }

  @Test
  void load_confirmedRowWithoutItsPeriod_isRefused() {
    RuleDataException e = refused(s -> s.replace("\"period\": \"D100\",", ""));
    assertThat(e.pointer()).isEqualTo("/rows/1/period");
    assertThat(e.rowId()).contains("一(2)");
    assertThat(e.getMessage()).contains("required when provenance.confirmed is true: null");
  }

  @Test
  void load_duplicateCategoryId_isRefusedNamingTheFirst() {
    RuleDataException e =
        refused(s -> s.replace("\"categories\": [", "\"categories\": [" + category("一") + ","));
    assertThat(e.pointer()).isEqualTo("/categories/1/id");
    assertThat(e.rowId()).isEmpty();
    assertThat(e.getMessage())
        .isEqualTo(
            "city-2021.json: /categories/1/id: duplicate category id (first at /categories/0/id): \"一\"");
  }

  @Test
  void load_fullWidthCharactersInACategoryId_areRefusedWithTheNormalForm() {
    RuleDataException e =
        refused(s -> s.replace("\"categories\": [", "\"categories\": [" + category("二（甲）") + ","));
    assertThat(e.pointer()).isEqualTo("/categories/0/id");
    assertThat(e.getMessage()).contains("NFKC").contains("二(甲)").endsWith(": \"二（甲）\"");
  }

  /** A confirmed, complete category with this id, to add to the valid edition. */
  private static String category(String id) {
    return "{\"id\": \""
        + id
        + "\", \"name\": \"其他\", \"nameEn\": \"Other\", \"rowsComplete\": true,"
        + " \"provenance\": {\"source\": \"test\", \"confirmed\": true}}";
  }

  @Test
  void load_tooLongMaterial_isRefusedWithTheLimit() {
    String longText = "材".repeat(501);
    RuleDataException e = refused(s -> s.replace("\"参保人员登记材料\"", "\"" + longText + "\""));
    assertThat(e.pointer()).isEqualTo("/rows/1/material");
    assertThat(e.getMessage()).contains("1 - 500 characters").contains("…(501 chars)");
  }

  @Test
  void load_fullWidthParenthesesInARowId_areRefusedWithTheNormalForm() {
    RuleDataException e = refused(s -> s.replace("\"id\": \"一(2)\"", "\"id\": \"一（2）\""));
    assertThat(e.pointer()).isEqualTo("/rows/1/id");
    assertThat(e.getMessage()).contains("NFKC").contains("一(2)").contains("\"一（2）\"");
  }

  @Test
  void load_unknownCategory_isRefusedNamingTheRow() {
    RuleDataException e =
        refused(
            s ->
                s.replace(
                    "\"category\": \"一\", \"material\": \"参保人员",
                    "\"category\": \"二\", \"material\": \"参保人员"));
    assertThat(e.pointer()).isEqualTo("/rows/1/category");
    assertThat(e.getMessage()).contains("no such category in this edition: \"二\"");
  }

  @Test
  void load_constraintUnderARenamedProperty_isReportedAtItsJsonName() {
    RuleDataException e =
        refused(
            s ->
                s.replaceFirst(
                    "\"source\":",
                    "\"extends\": {\"scheduleId\": \"Else Where\", \"edition\": \"1\"}, \"source\":"));
    assertThat(e.pointer()).isEqualTo("/extends/scheduleId");
    assertThat(e.getMessage())
        .isEqualTo(
            "city-2021.json: /extends/scheduleId: a schedule id: lower-case letters, digits and '-', 1 - 64 characters: \"Else Where\"");
  }

  @Test
  void load_baseNotLoaded_isRefused() {
    RuleDataException e =
        refused(
            s ->
                s.replaceFirst(
                    "\"source\":",
                    "\"extends\": {\"scheduleId\": \"elsewhere\", \"edition\": \"1\"}, \"source\":"));
    assertThat(e).isInstanceOf(EditionConflictException.class);
    assertThat(e.pointer()).isEqualTo("/extends");
    assertThat(e.getMessage()).contains("the base edition is not loaded: \"elsewhere 1\"");
  }

  @Test
  void load_supersedingANewerEdition_isRefused() {
    schedules.load(
        Fixtures.stream(VALID.replace("\"2020\"", "\"2023\"").replace("2020-01-01", "2023-01-01")),
        "city-2023.json");
    before = allEditions();
    RuleDataException e =
        refused(
            s ->
                s.replace(
                    "\"effectiveFrom\": \"2021-01-01\",",
                    "\"effectiveFrom\": \"2021-01-01\", \"supersedes\": \"2023\","));
    assertThat(e.pointer()).isEqualTo("/supersedes");
    assertThat(e.getMessage()).contains("not before this edition's 2021-01-01");
  }

  @Test
  void load_sameEditionTwice_isRefused() {
    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> schedules.load(Fixtures.stream(VALID), "again.json"));
    assertThat(t)
        .isInstanceOf(EditionConflictException.class)
        .hasMessage("again.json: /edition: already loaded from city-2020.json: \"2020\"");
    assertThat(allEditions()).isEqualTo(before);
  }

  @Test
  void load_unsupportedFormatVersion_isRefused() {
    RuleDataException e = refused(s -> s.replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
    assertThat(e.getMessage())
        .isEqualTo(
            "city-2021.json: /formatVersion: unsupported format version (this library reads 1): 2");
  }

  @Test
  void load_endBeforeStart_isRefused() {
    RuleDataException e =
        refused(
            s ->
                s.replace(
                    "\"effectiveFrom\": \"2021-01-01\",",
                    "\"effectiveFrom\": \"2021-01-01\", \"effectiveUntil\": \"2020-12-31\","));
    assertThat(e.pointer()).isEqualTo("/effectiveUntil");
    assertThat(e.getMessage()).contains("must not be before effectiveFrom 2021-01-01: 2020-12-31");
  }

  @Test
  void load_severalViolations_reportsTheFirstInDocumentOrder() {
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      String material = i == 3 || i == 11 ? " " : "材料" + i;
      rows.append(i == 1 ? "" : ",")
          .append("{\"id\": \"一(")
          .append(i)
          .append(")\", \"category\": \"一\", ")
          .append("\"material\": \"")
          .append(material)
          .append("\", \"materialEn\": \"m\", \"period\": \"D10\", ")
          .append("\"provenance\": {\"source\": \"test\", \"confirmed\": true}}");
    }
    int start = VALID.indexOf("\"rows\": [") + "\"rows\": [".length();
    int end = VALID.lastIndexOf(']');
    String twelve = VALID.substring(0, start) + rows + VALID.substring(end);
    RuleDataException e =
        refused(
            s ->
                twelve
                    .replace("\"edition\": \"2020\"", "\"edition\": \"2021\"")
                    .replace("2020-01-01", "2021-01-01"));
    assertThat(e.pointer()).isEqualTo("/rows/2/material");
    assertThat(e.rowId()).contains("一(3)");
  }

  @Test
  void load_afterARefusal_theRegistryStillLoadsAndServesItsEditions() {
    refused(s -> s.replace("\"D100\"", "\"D20\""));
    assertThat(schedules.editions("test-city"))
        .extracting(Edition::edition)
        .containsExactly("2020");
    String next =
        VALID
            .replace("\"edition\": \"2020\"", "\"edition\": \"2021\"")
            .replace("2020-01-01", "2021-01-01");
    schedules.load(Fixtures.stream(next), "city-2021.json");
    assertThat(schedules.editions("test-city"))
        .extracting(Edition::edition)
        .containsExactly("2020", "2021");
  }

  @Test
  void replace_takesThePlaceOfTheSameEdition_andLoadsBackWhatShowPrints() {
    Edition national = schedules.edition(RetentionSchedules.NATIONAL, "2009");
    String edited = national.toJson().replace("\"D10\"", "\"D30\"");
    Edition replaced = schedules.replace(Fixtures.stream(edited), "edited.json");
    assertThat(schedules.editions(RetentionSchedules.NATIONAL)).containsExactly(replaced);
    assertThat(replaced.row("一(4)").orElseThrow().period().code()).isEqualTo("D30");

    RetentionSchedules fresh = RetentionSchedules.empty();
    Edition again = fresh.load(Fixtures.stream(national.toJson()), "shown.json");
    assertThat(again.rows()).isEqualTo(national.rows());
    assertThat(again.categories()).isEqualTo(national.categories());
    assertThat(again.toJson()).isEqualTo(national.toJson());
  }

  @Test
  void replace_ofAnEditionThatAnotherExtends_isRefused() {
    RetentionSchedules s = Fixtures.withFixtures("tianjin-2019.json");
    String national = s.edition(RetentionSchedules.NATIONAL, "2009").toJson();
    assertThatThrownBy(() -> s.replace(Fixtures.stream(national), "n.json"))
        .isInstanceOf(EditionConflictException.class)
        .hasMessage(
            "n.json: /edition: cannot replace it: edition tianjin 2019 extends it: \"2009\"");
  }
}
