package org.siarchive.sampling.iso2859;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.sampling.RuleDataException;

/**
 * Strict loading: every malformed table fails with the resource, the JSON pointer and the value.
 */
class PlanTableTest {

  private static String table(String aqls, String rowsOverride, String extra) {
    StringBuilder rows = new StringBuilder();
    String[] letters = {
      "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "Q", "R"
    };
    for (int i = 0; i < letters.length; i++) {
      if (i > 0) {
        rows.append(", ");
      }
      String cell =
          i == 4 && rowsOverride != null ? rowsOverride : (i < 4 ? "v" : i == 4 ? "0/1" : "^");
      rows.append("{\"letter\": \"")
          .append(letters[i])
          .append("\", \"sampleSize\": ")
          .append(i + 2)
          .append(", \"cells\": [\"")
          .append(cell)
          .append("\"]}");
    }
    return "{\"schemaVersion\": 1, \"id\": \"t\", \"inspection\": \"normal\", \"title\": \"t\", \"source\": \"s\","
        + " \"aqls\": ["
        + aqls
        + "], \"rows\": ["
        + rows
        + "]"
        + extra
        + "}";
  }

  @Test
  void parse_wellFormedTable_loadsEveryFieldAndResolvesTheArrows() {
    PlanTable t = PlanTable.parse("ok.json", table("\"1.0\"", null, ""));
    assertThat(t.id()).isEqualTo("t");
    assertThat(t.inspection()).isEqualTo(InspectionSeverity.NORMAL);
    assertThat(t.variant()).isEmpty();
    assertThat(t.aqls()).containsExactly(Aql.parse("1.0"));
    assertThat(t.acceptsBetweenAcceptanceAndRejection()).isFalse();
    // rows A to D point down to E (sample size 6 in this table), rows F to R up to E
    PlanTable.Entry e = new PlanTable.Entry(CodeLetter.parse("E"), 6, 0, 1);
    for (String letter : List.of("A", "D", "E", "F", "R")) {
      assertThat(t.plan(CodeLetter.parse(letter), Aql.parse("1.0")))
          .as("letter %s", letter)
          .isEqualTo(e);
    }
    assertThat(t.planOneStepTighter(CodeLetter.parse("E"), Aql.parse("1.0")))
        .as("no column below 1.0")
        .isEmpty();
  }

  @Test
  void parse_unknownProperty_fails() {
    assertThatThrownBy(
            () -> PlanTable.parse("x.json", table("\"1.0\"", null, ", \"colour\": \"red\"")))
        .isInstanceOf(RuleDataException.class)
        .hasMessageStartingWith("x.json: /colour: unknown property (known: ");
  }

  @Test
  void parse_duplicateKey_fails() {
    assertThatThrownBy(
            () -> PlanTable.parse("x.json", table("\"1.0\"", null, ", \"id\": \"again\"")))
        .isInstanceOf(RuleDataException.class)
        .hasMessageStartingWith("x.json: /id: Duplicate field 'id'");
  }

  @Test
  void parse_trailingTokens_fail() {
    assertThatThrownBy(() -> PlanTable.parse("x.json", table("\"1.0\"", null, "") + " {}"))
        .isInstanceOf(RuleDataException.class)
        .hasMessageContaining(
            "x.json: (document): unexpected content after the end of the JSON value");
  }

  @Test
  void parse_malformedCell_namesPointerAndValue() {
    assertThatThrownBy(() -> PlanTable.parse("x.json", table("\"1.0\"", "1/", "")))
        .isInstanceOf(RuleDataException.class)
        .hasMessage(
            "x.json: /rows/4/cells/0 (row E): unknown cell \"1/\" (expected Ac/Re, n:Ac/Re, v, ^ or empty)")
        .satisfies(
            e -> {
              RuleDataException r = (RuleDataException) e;
              assertThat(r.source()).isEqualTo("x.json");
              assertThat(r.pointer()).isEqualTo("/rows/4/cells/0");
              assertThat(r.rowId()).contains("E");
              assertThat(r.reason())
                  .isEqualTo("unknown cell \"1/\" (expected Ac/Re, n:Ac/Re, v, ^ or empty)");
              assertThat(r.value()).isEmpty();
            });
    assertThatThrownBy(() -> PlanTable.parse("x.json", table("1.0", null, "")))
        .satisfies(
            e -> {
              RuleDataException r = (RuleDataException) e;
              assertThat(r.pointer()).isEqualTo("/aqls/0");
              assertThat(r.rowId()).isEmpty();
              assertThat(r.reason()).isEqualTo("expected a string");
              assertThat(r.value()).contains("1.0");
            });
  }

  @Test
  void parse_rejectionNotAcPlusOne_failsWithoutGapRule() {
    assertThatThrownBy(() -> PlanTable.parse("x.json", table("\"1.0\"", "0/2", "")))
        .hasMessage("x.json: /rows/4/cells/0 (row E): cell \"0/2\": Re must be exactly 1 above Ac");
    PlanTable.parse(
        "x.json", table("\"1.0\"", "0/2", ", \"betweenAcAndRe\": \"accept-and-return-to-normal\""));
  }

  @Test
  void parse_arrowOffTheTable_fails() {
    assertThatThrownBy(() -> PlanTable.parse("x.json", table("\"1.0\"", "v", "")))
        .isInstanceOf(RuleDataException.class)
        .hasMessage(
            "x.json: /rows/0/cells/0 (row A): table t has no plan for code letter A at AQL 1.0");
  }

  @Test
  void parse_wrongTypes_andSchemaVersion_fail() {
    assertThatThrownBy(() -> PlanTable.parse("x.json", table("1.0", null, "")))
        .hasMessage("x.json: /aqls/0: expected a string: 1.0");
    assertThatThrownBy(
            () ->
                PlanTable.parse(
                    "x.json",
                    table("\"1.0\"", null, "")
                        .replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")))
        .hasMessage("x.json: /schemaVersion: value out of range (valid values 1 - 1): 2");
    assertThatThrownBy(
            () ->
                PlanTable.parse(
                    "x.json",
                    table("\"1.0\"", null, "")
                        .replace("\"sampleSize\": 2,", "\"sampleSize\": null,")))
        .hasMessage("x.json: /rows/0/sampleSize (row A): expected an integer: null");
  }

  @Test
  void parse_missingRow_fails() {
    assertThatThrownBy(
            () ->
                PlanTable.parse(
                    "x.json",
                    table("\"1.0\"", null, "")
                        .replace("{\"letter\": \"R\", \"sampleSize\": 17, \"cells\": [\"^\"]}", "")
                        .replace(", ]", "]")))
        .hasMessage("x.json: /rows: missing row for code letter R");
  }

  /** A one-column table with these cells for rows A to R (sample sizes 2 to 17). */
  private static String column(String... cells) {
    String t = table("\"1.0\"", null, "");
    String[] letters = {
      "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "Q", "R"
    };
    for (int i = 0; i < letters.length; i++) {
      String original = i < 4 ? "v" : i == 4 ? "0/1" : "^";
      t =
          t.replace(
              "\"letter\": \""
                  + letters[i]
                  + "\", \"sampleSize\": "
                  + (i + 2)
                  + ", \"cells\": [\""
                  + original
                  + "\"]",
              "\"letter\": \""
                  + letters[i]
                  + "\", \"sampleSize\": "
                  + (i + 2)
                  + ", \"cells\": [\""
                  + cells[i]
                  + "\"]");
    }
    return t;
  }

  @Test
  void parse_aqlsNotPositiveAndIncreasing_fail() {
    assertThatThrownBy(() -> PlanTable.parse("x.json", table("\"0\"", null, "")))
        .hasMessage("x.json: /aqls/0: AQLs must be positive and increasing, found \"0\"");
    assertThatThrownBy(() -> PlanTable.parse("x.json", table("\"1.0\", \"1.00\"", null, "")))
        .hasMessage("x.json: /aqls/1: AQLs must be positive and increasing, found \"1.00\"");
    assertThatThrownBy(() -> PlanTable.parse("x.json", table("\"1.0\", \"0.65\"", null, "")))
        .hasMessage("x.json: /aqls/1: AQLs must be positive and increasing, found \"0.65\"");
  }

  @Test
  void parse_repeatedLetter_fails() {
    assertThatThrownBy(
            () ->
                PlanTable.parse(
                    "x.json",
                    table("\"1.0\"", null, "").replace("\"letter\": \"B\"", "\"letter\": \"A\"")))
        .hasMessage(
            "x.json: /rows/1/letter (row A): rows must be in increasing letter order, found A after A");
  }

  @Test
  void parse_cellBounds_reAboveAc_sampleSizeAtLeastOne() {
    String gap = ", \"betweenAcAndRe\": \"accept-and-return-to-normal\"";
    assertThatThrownBy(() -> PlanTable.parse("x.json", table("\"1.0\"", "1/1", gap)))
        .hasMessage("x.json: /rows/4/cells/0 (row E): cell \"1/1\": Re must be above Ac");
    assertThatThrownBy(() -> PlanTable.parse("x.json", table("\"1.0\"", "0:0/1", "")))
        .hasMessage(
            "x.json: /rows/4/cells/0 (row E): cell \"0:0/1\": sample size must be at least 1");
    PlanTable one = PlanTable.parse("x.json", table("\"1.0\"", "2:0/1", ""));
    // n = 2 is row A's sample size: the plan letter is A
    assertThat(one.plan(CodeLetter.E, Aql.parse("1.0")))
        .isEqualTo(new PlanTable.Entry(CodeLetter.A, 2, 0, 1));
    assertThat(new PlanTable.Entry(CodeLetter.A, 1, 0, 1).sampleSize()).isEqualTo(1);
  }

  @Test
  void entry_smallestValidPlan_isAccepted_andEachBoundIsNamed() {
    PlanTable.Entry least = new PlanTable.Entry(CodeLetter.A, 1, 0, 1);
    assertThat(least.acceptanceNumber()).isZero();
    assertThat(least.rejectionNumber()).isOne();
    assertThatThrownBy(() -> new PlanTable.Entry(CodeLetter.A, 0, 0, 1))
        .hasMessage("Invalid plan (valid: n >= 1, 0 <= Ac < Re): n=0 Ac=0 Re=1");
    assertThatThrownBy(() -> new PlanTable.Entry(CodeLetter.A, 1, -1, 1))
        .hasMessage("Invalid plan (valid: n >= 1, 0 <= Ac < Re): n=1 Ac=-1 Re=1");
    assertThatThrownBy(() -> new PlanTable.Entry(CodeLetter.A, 5, 1, 1))
        .hasMessage("Invalid plan (valid: n >= 1, 0 <= Ac < Re): n=5 Ac=1 Re=1");
  }

  @Test
  void ownSampleSizeCell_ofOne_belongsToTheRowOfSampleSizeOne() {
    // row A's sample size set to 1: "1:0/1" in row E is a plan of one unit, letter A
    String t =
        table("\"1.0\"", "1:0/1", "")
            .replace(
                "\"letter\": \"A\", \"sampleSize\": 2,", "\"letter\": \"A\", \"sampleSize\": 1,");
    PlanTable one = PlanTable.parse("x.json", t);
    assertThat(one.plan(CodeLetter.E, Aql.parse("1.0")))
        .isEqualTo(new PlanTable.Entry(CodeLetter.A, 1, 0, 1));
  }

  @Test
  void ownSampleSizeCell_inTheLastRow_findsItsRowFarAbove() {
    // row R holds "2:0/1": the nearest row of sample size 2 is A, fifteen rows up
    String[] cells = new String[16];
    java.util.Arrays.fill(cells, "v");
    cells[15] = "2:0/1";
    PlanTable t = PlanTable.parse("x.json", column(cells));
    assertThat(t.plan(CodeLetter.R, Aql.parse("1.0")))
        .isEqualTo(new PlanTable.Entry(CodeLetter.A, 2, 0, 1));
    assertThat(t.plan(CodeLetter.C, Aql.parse("1.0")))
        .isEqualTo(new PlanTable.Entry(CodeLetter.A, 2, 0, 1));
  }

  @Test
  void arrows_toTheFirstAndLastRow_resolve_pastThemFail() {
    String[] up = new String[16];
    java.util.Arrays.fill(up, "^");
    up[0] = "0/1";
    PlanTable toA = PlanTable.parse("x.json", column(up));
    assertThat(toA.plan(CodeLetter.R, Aql.parse("1.0")))
        .isEqualTo(new PlanTable.Entry(CodeLetter.A, 2, 0, 1));
    String[] down = new String[16];
    java.util.Arrays.fill(down, "v");
    down[15] = "1/2";
    PlanTable toR = PlanTable.parse("x.json", column(down));
    assertThat(toR.plan(CodeLetter.A, Aql.parse("1.0")))
        .isEqualTo(new PlanTable.Entry(CodeLetter.R, 17, 1, 2));
    down[15] = "v";
    assertThatThrownBy(() -> PlanTable.parse("x.json", column(down)))
        .hasMessageContaining("the arrow from A at AQL 1.0 leads off the table");
    up[0] = "^";
    assertThatThrownBy(() -> PlanTable.parse("x.json", column(up)))
        .hasMessageContaining("the arrow from A at AQL 1.0 leads off the table");
  }
}
