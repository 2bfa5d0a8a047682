package org.siarchive.sampling.iso2859;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.siarchive.sampling.RuleDataException;

/**
 * Strict loading of the code-letter table (each malformed table fails with the resource, the JSON
 * pointer and the value), and the lookup over a small host table whose every cell differs.
 */
class CodeLetterTableTest {

  /** Three ranges 2-8, 9-15, 16+; row r, column c holds the letter number 2 r + c (A, B, ...). */
  private static final String TABLE =
      """
      {"schemaVersion": 1, "id": "host-letters", "title": "t", "source": "s",
       "levels": ["S-1", "S-2", "S-3", "S-4", "I", "II", "III"],
       "rows": [
        {"minLotSize": 2, "maxLotSize": 8, "letters": ["A", "B", "C", "D", "E", "F", "G"]},
        {"minLotSize": 9, "maxLotSize": 15, "letters": ["C", "D", "E", "F", "G", "H", "J"]},
        {"minLotSize": 16, "letters": ["E", "F", "G", "H", "J", "K", "L"]}
       ]}""";

  private static CodeLetterTable parse(String json) {
    return CodeLetterTable.parse("x.json", json);
  }

  @Test
  void parse_wellFormedTable_eachLevelReadsItsOwnColumn() {
    CodeLetterTable t = parse(TABLE);
    assertThat(t.id()).isEqualTo("host-letters");
    String[][] expected = {
      {"A", "B", "C", "D", "E", "F", "G"},
      {"C", "D", "E", "F", "G", "H", "J"},
      {"E", "F", "G", "H", "J", "K", "L"}
    };
    long[][] lots = {{2, 8}, {9, 15}, {16, Long.MAX_VALUE}};
    for (int row = 0; row < 3; row++) {
      for (InspectionLevel level : InspectionLevel.values()) {
        for (long lot : lots[row]) {
          assertThat(t.codeLetter(lot, level))
              .as("lot %d level %s", lot, level)
              .isEqualTo(CodeLetter.parse(expected[row][level.ordinal()]));
        }
      }
    }
  }

  @Test
  void codeLetter_belowTheFirstRange_namesTheLotSize() {
    CodeLetterTable t = parse(TABLE);
    assertThatThrownBy(() -> t.codeLetter(1, InspectionLevel.II))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for lot size (valid values >= 2): 1");
    assertThatThrownBy(() -> t.codeLetter(Long.MIN_VALUE, InspectionLevel.II))
        .hasMessage("Invalid value for lot size (valid values >= 2): -9223372036854775808");
  }

  @Test
  void parse_oneOpenRow_coversEveryLot() {
    CodeLetterTable t =
        parse(
            TABLE
                .replaceAll("\\{\"minLotSize\": 2, .*\\n", "")
                .replaceAll("\\{\"minLotSize\": 9, .*\\n", "")
                .replace("\"minLotSize\": 16", "\"minLotSize\": 2"));
    assertThat(t.codeLetter(2, InspectionLevel.S1)).isEqualTo(CodeLetter.E);
    assertThat(t.codeLetter(1_000_000, InspectionLevel.III)).isEqualTo(CodeLetter.L);
  }

  @Test
  void parse_levelsNotTheSevenInOrder_fail() {
    assertThatThrownBy(() -> parse(TABLE.replace("\"I\", \"II\"", "\"II\", \"I\"")))
        .isInstanceOf(RuleDataException.class)
        .hasMessage(
            "x.json: /levels: levels must be [S-1, S-2, S-3, S-4, I, II, III], found"
                + " [S-1, S-2, S-3, S-4, II, I, III]");
  }

  @Test
  void parse_noRows_fails() {
    String noRows = TABLE.substring(0, TABLE.indexOf("\"rows\"")) + "\"rows\": []}";
    assertThatThrownBy(() -> parse(noRows)).hasMessage("x.json: /rows: no rows");
  }

  @Test
  void parse_rangesNotContiguousFromTwo_fail() {
    assertThatThrownBy(() -> parse(TABLE.replace("\"minLotSize\": 2,", "\"minLotSize\": 3,")))
        .hasMessage(
            "x.json: /rows/0/minLotSize: lot-size ranges must be contiguous from 2: expected 2,"
                + " found 3");
    assertThatThrownBy(() -> parse(TABLE.replace("\"minLotSize\": 9,", "\"minLotSize\": 10,")))
        .hasMessage(
            "x.json: /rows/1/minLotSize: lot-size ranges must be contiguous from 2: expected 9,"
                + " found 10");
    assertThatThrownBy(() -> parse(TABLE.replace("\"minLotSize\": 16,", "\"minLotSize\": 15,")))
        .hasMessage(
            "x.json: /rows/2/minLotSize: lot-size ranges must be contiguous from 2: expected 16,"
                + " found 15");
  }

  @Test
  void parse_maxLotSize_onlyTheLastRowIsOpenEnded() {
    assertThatThrownBy(() -> parse(TABLE.replace("\"maxLotSize\": 15, ", "")))
        .hasMessage(
            "x.json: /rows/1: missing property \"maxLotSize\" (only the last row is open-ended)");
    assertThatThrownBy(
            () ->
                parse(
                    TABLE.replace(
                        "\"minLotSize\": 16,", "\"minLotSize\": 16, \"maxLotSize\": 99,")))
        .hasMessage(
            "x.json: /rows/2/maxLotSize: unknown property (known: letters, minLotSize): \"maxLotSize\"");
    // a range of one lot size is allowed, an empty one is not
    CodeLetterTable single =
        parse(
            TABLE
                .replace("\"maxLotSize\": 15", "\"maxLotSize\": 9")
                .replace("\"minLotSize\": 16", "\"minLotSize\": 10"));
    assertThat(single.codeLetter(9, InspectionLevel.S1)).isEqualTo(CodeLetter.C);
    assertThat(single.codeLetter(10, InspectionLevel.S1)).isEqualTo(CodeLetter.E);
    assertThatThrownBy(() -> parse(TABLE.replace("\"maxLotSize\": 15", "\"maxLotSize\": 8")))
        .hasMessage(
            "x.json: /rows/1/maxLotSize: value out of range (valid values 9 - 9223372036854775806): 8");
  }

  @Test
  void parse_badLetterCells_fail() {
    assertThatThrownBy(() -> parse(TABLE.replace(", \"G\"]},\n", "]},\n")))
        .hasMessage("x.json: /rows/0/letters: expected 7 letters, found 6");
    assertThatThrownBy(() -> parse(TABLE.replace("\"J\", \"K\"", "\"J\", \"K\", \"L\", \"K\"")))
        .hasMessage("x.json: /rows/2/letters: expected 7 letters, found 9");
    assertThatThrownBy(() -> parse(TABLE.replace("\"H\", \"J\"]", "\"H\", \"I\"]")))
        .hasMessage(
            "x.json: /rows/1/letters/6: Invalid value for code letter (valid values A-H, J-N, P-S):"
                + " I");
    assertThatThrownBy(() -> parse(TABLE.replace("\"K\", \"L\"]", "\"K\", \"S\"]")))
        .hasMessage(
            "x.json: /rows/2/letters/6: code letter S is reached only through arrows, not from the"
                + " lot size");
  }

  @Test
  void parse_wrongTypes_nameWhatWasFound() {
    assertThatThrownBy(
            () ->
                parse(
                    TABLE.replace(
                        "[\"S-1\", \"S-2\", \"S-3\", \"S-4\", \"I\", \"II\", \"III\"]", "\"S-1\"")))
        .hasMessage("x.json: /levels: expected an array: \"S-1\"");
    String rowsIn = TABLE.substring(0, TABLE.indexOf("\"rows\""));
    assertThatThrownBy(() -> parse(rowsIn + "\"rows\": {}}"))
        .hasMessage("x.json: /rows: expected an array: an object");
    assertThatThrownBy(() -> parse(rowsIn + "\"rows\": [7]}"))
        .hasMessage("x.json: /rows/0: expected an object: 7");
    assertThatThrownBy(() -> parse(TABLE.replace("[\"A\", \"B\"", "[[], \"B\"")))
        .hasMessage("x.json: /rows/0/letters/0: expected a string: an array");
    assertThatThrownBy(() -> parse(TABLE.replace("\"minLotSize\": 2,", "\"minLotSize\": 2.5,")))
        .hasMessage("x.json: /rows/0/minLotSize: expected an integer: 2.5");
    assertThatThrownBy(() -> parse(TABLE.replace("\"minLotSize\": 2,", "\"minLotSize\": true,")))
        .hasMessage("x.json: /rows/0/minLotSize: expected an integer: true");
  }

  @Test
  void parse_schemaVersionAndUnknownProperty_fail() {
    assertThatThrownBy(() -> parse(TABLE.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")))
        .hasMessage("x.json: /schemaVersion: value out of range (valid values 1 - 1): 2");
    assertThatThrownBy(() -> parse(TABLE.replace("\"title\": \"t\"", "\"name\": \"t\"")))
        .hasMessageStartingWith("x.json: /name: unknown property (known: ");
  }
}
