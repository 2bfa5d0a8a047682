package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siarchive.rules.retention.VolumeImpactTest.entry;
import static org.siarchive.rules.retention.VolumeImpactTest.volume;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.retention.Classification.Match;
import org.siarchive.rules.retention.VolumeClassification.Basis;

/**
 * What bound material rules decide (RetentionRules#withMaterialRules): a material code or name
 * takes the row of the business types that list it only when they all name one row that the edition
 * decides; a business type takes its row only when the edition decides it. The rules are bound in
 * each test, not once for the class, so each test builds the look-ups it checks.
 */
class MaterialRulesRowsTest {

  /**
   * Business types over the national edition's rows: 一(2) (D100) and 八(2) (D30) are decided, 三(1)
   * is not listed in category 三, which does not list all its rows.
   */
  private static final String RULES =
      """
      {"format": "siarchive-material-rules/1", "id": "test-rows", "edition": "1",
       "effectiveFrom": "2020-01-01", "illustrative": false, "title": "T", "source": "S",
       "images": {"minDpi": 200, "allowedFormats": ["TIFF"], "colourForSeals": true},
       "mandatoryMetadata": ["volume.arranger"],
       "materials": [
         %s],
       "businessTypes": [
         %s,
         %s,
         %s,
         %s,
         %s,
         %s,
         %s]}
      """
          .formatted(
              String.join(
                  ",\n",
                  material("SHARED", "甲乙共用表"),
                  material("SPLIT", "甲丙分用表"),
                  material("ROWLESS-FIRST", "先无行表"),
                  material("ROWLESS-LAST", "后无行表"),
                  material("UNDECIDED-ROW", "未定行表"),
                  material("A-ONLY", "甲独用表")),
              type("NOROW", null, "ROWLESS-FIRST"),
              type("A", "一(2)", "SHARED", "SPLIT", "ROWLESS-FIRST", "ROWLESS-LAST", "A-ONLY"),
              type("B", "一(2)", "SHARED"),
              type("C", "八(2)", "SPLIT"),
              type("F", "一(2)", "SPLIT"),
              type("LATE", null, "ROWLESS-LAST"),
              type("E", "三(1)", "UNDECIDED-ROW"));

  private static String material(String code, String zh) {
    return "{\"code\": \"%s\", \"zh\": \"%s\", \"en\": \"%s\", \"colourRequired\": false}"
        .formatted(code, zh, code);
  }

  /** A business type GENERAL/STEP of the row (null: none); the first material is the main form. */
  private static String type(String step, String row, String... materials) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < materials.length; i++) {
      list.append(i == 0 ? "" : ", ")
          .append("{\"material\": \"")
          .append(materials[i])
          .append("\", \"required\": ")
          .append(i == 0)
          .append(", \"mainForm\": ")
          .append(i == 0)
          .append(", \"seals\": []}");
    }
    return ("{\"businessType\": {\"line\": \"GENERAL\", \"step\": \"%s\"}, \"zh\": \"%s\","
            + " \"en\": \"%s\", \"availableFrom\": \"2000-01-01\", %s\"imageRequired\": false,"
            + " \"materials\": [%s]}")
        .formatted(
            step, step, step, row == null ? "" : "\"retentionRow\": \"" + row + "\", ", list);
  }

  private RetentionRules national;
  private RetentionRules bound;

  @BeforeEach
  void bindTheRules() {
    national =
        RetentionSchedules.withBundledEditions()
            .rulesInForce(RetentionSchedules.NATIONAL, Fixtures.TODAY);
    bound = national.withMaterialRules(MaterialRules.load(Fixtures.stream(RULES), "rows.json"));
  }

  private static String rowOf(Classification c) {
    assertThat(c).isInstanceOf(Classification.Classified.class);
    assertThat(((Classification.Classified) c).match()).isEqualTo(Match.MATERIAL_RULES);
    return c.foundRow().orElseThrow().id();
  }

  @Test
  void codeListedByTypesOfOneRow_takesThatRow() {
    assertThat(national.classifyMaterialCode("SHARED").isDecided()).isFalse();
    Classification c = bound.classifyMaterialCode("SHARED");
    assertThat(rowOf(c)).isEqualTo("一(2)");
    assertThat(c.query()).isEqualTo("SHARED");
    assertThat(rowOf(bound.classifyMaterialCode("A-ONLY"))).isEqualTo("一(2)");
  }

  @Test
  void nameOfAMaterialListedByTypesOfOneRow_takesThatRow() {
    assertThat(national.classifyMaterial("甲乙共用表").isDecided()).isFalse();
    Classification c = bound.classifyMaterial("甲乙共用表");
    assertThat(rowOf(c)).isEqualTo("一(2)");
    assertThat(c.query()).isEqualTo("甲乙共用表");
    assertThat(rowOf(bound.classifyMaterial("甲乙 共用表")))
        .as("the name is compared by its key")
        .isEqualTo("一(2)");
  }

  @Test
  void codeListedByTypesOfDifferentRows_isNotDecided_evenWhenALaterTypeNamesTheFirstRowAgain() {
    assertThat(bound.classifyMaterialCode("SPLIT").isDecided()).isFalse();
    assertThat(bound.classifyMaterial("甲丙分用表").isDecided()).isFalse();
  }

  @Test
  void codeListedByATypeWithoutARow_isNotDecided_beforeOrAfterATypeWithOne() {
    assertThat(bound.classifyMaterialCode("ROWLESS-FIRST").isDecided()).isFalse();
    assertThat(bound.classifyMaterialCode("ROWLESS-LAST").isDecided()).isFalse();
    assertThat(bound.classifyMaterial("后无行表").isDecided()).isFalse();
  }

  @Test
  void codeOfARowTheEditionDoesNotDecide_isNotDecided() {
    assertThat(bound.classifyMaterialCode("UNDECIDED-ROW").isDecided()).isFalse();
    assertThat(bound.classifyMaterial("未定行表").isDecided()).isFalse();
  }

  @Test
  void businessTypesRow_decidesTheVolume_onlyWhenTheEditionDecidesTheRow() {
    VolumeClassification a =
        bound.classify(volume("A1", "GENERAL/B", 2020, "D100", entry(1, "X", "无关材料")));
    assertThat(a.basis()).isEqualTo(Basis.BUSINESS_TYPE);
    assertThat(a.rowIds()).containsExactly("一(2)");
    VolumeClassification e =
        bound.classify(volume("E1", "GENERAL/E", 2020, "D100", entry(1, "X", "无关材料")));
    assertThat(e.basis()).isEqualTo(Basis.ITEMS);
  }
}
