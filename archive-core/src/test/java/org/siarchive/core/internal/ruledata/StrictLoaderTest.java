package org.siarchive.core.internal.ruledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.ruledata.RuleDataException;

/**
 * Jakarta Validation's first violation reported at the JSON pointer a rule author sees: the JSON
 * names of the properties (their {@code @JsonProperty}), through lists and maps, however deep.
 */
class StrictLoaderTest {
  record Cell(
      @JsonProperty("cell-value") @Min(0) int value,
      @JsonProperty(required = true) @Max(9) int other) {}

  record Row(
      @JsonProperty("row-id") @NotNull String id,
      @JsonProperty("row-cells") List<@Valid Cell> cells,
      Map<String, @Valid Cell> named) {}

  record Doc(@JsonProperty("doc-rows") List<@Valid Row> rows) {}

  private static RuleDataException refused(Object value) {
    return catchThrowableOfType(
        RuleDataException.class, () -> StrictLoader.validate(value, "t.json"));
  }

  private static Row row(String id, List<Cell> cells, Map<String, Cell> named) {
    return new Row(id, cells, named);
  }

  @Test
  void violationDeepInsideLists_isAtTheJsonNamesOfEveryPropertyOnTheWay() {
    Doc doc =
        new Doc(
            List.of(
                row("a", List.of(new Cell(1, 1)), Map.of()),
                row("b", List.of(new Cell(2, 2), new Cell(-1, 3)), Map.of())));
    RuleDataException e = refused(doc);
    assertThat(e.pointer()).isEqualTo("/doc-rows/1/row-cells/1/cell-value");
    assertThat(e.value()).hasValue("-1");
    assertThat(refused(new Doc(List.of(row("a", List.of(new Cell(1, 10)), Map.of())))).pointer())
        .isEqualTo("/doc-rows/0/row-cells/0/other");
  }

  @Test
  void violationInsideAMap_isAtItsEscapedKey_thenTheJsonName() {
    Doc doc = new Doc(List.of(row("a", List.of(), Map.of("k/x", new Cell(-2, 0)))));
    assertThat(refused(doc).pointer()).isEqualTo("/doc-rows/0/named/k~1x/cell-value");
  }

  @Test
  void nullTextAtAJsonName_isReportedThere() {
    RuleDataException e = refused(new Doc(List.of(row(null, List.of(), Map.of()))));
    assertThat(e.pointer()).isEqualTo("/doc-rows/0/row-id");
    assertThat(e.getMessage()).startsWith("t.json: /doc-rows/0/row-id: ");
  }

  @Test
  void shown_quotesTexts_countsCollections_andWritesOtherValuesAsTheyAre() {
    assertThat(StrictLoader.shown("abc")).isEqualTo("\"abc\"");
    assertThat(StrictLoader.shown(List.of(1, 2, 3))).isEqualTo("3 elements");
    assertThat(StrictLoader.shown(java.util.Set.of())).isEqualTo("0 elements");
    assertThat(StrictLoader.shown(42)).isEqualTo("42");
    assertThat(StrictLoader.shown(null)).isEqualTo("null");
  }

  @Test
  void write_givesIndentedJsonInComponentOrderWithJsonNames() {
    assertThat(StrictLoader.write(new Cell(3, 4)))
        .isEqualToNormalizingNewlines("{\n  \"cell-value\" : 3,\n  \"other\" : 4\n}");
  }

  @Test
  void violation_carriesItsSourceRowReasonAndValueAsData() {
    Doc doc =
        new Doc(
            List.of(row("a", List.of(), Map.of()), row("b", List.of(new Cell(-3, 0)), Map.of())));
    RuleDataException e =
        catchThrowableOfType(
            RuleDataException.class,
            () ->
                StrictLoader.validate(
                    doc, "rows.json", p -> p.startsWith("/doc-rows/1/") ? "b" : null));
    assertThat(e.source()).isEqualTo("rows.json");
    assertThat(e.rowId()).hasValue("b");
    assertThat(e.reason()).isEqualTo("must be greater than or equal to 0");
    assertThat(e.value()).hasValue("-3");
    assertThat(e.getMessage()).contains("rows.json", "/doc-rows/1/row-cells/0/cell-value", "-3");
  }
}
