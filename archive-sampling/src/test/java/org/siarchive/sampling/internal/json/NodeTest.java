package org.siarchive.sampling.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.sampling.RuleDataException;

class NodeTest {

  @Test
  void asLong_acceptsBothEndsOfItsRange_andNamesTheRangeOneBeyond() {
    Node doc = StrictJson.parse("t.json", "{\"low\": 2, \"high\": 9}");
    assertThat(doc.get("low").asLong(2, 9)).isEqualTo(2L);
    assertThat(doc.get("high").asLong(2, 9)).isEqualTo(9L);
    assertThatThrownBy(() -> doc.get("low").asLong(3, 9))
        .isInstanceOf(RuleDataException.class)
        .hasMessage("t.json: /low: value out of range (valid values 3 - 9): 2");
    assertThatThrownBy(() -> doc.get("high").asLong(2, 8))
        .hasMessage("t.json: /high: value out of range (valid values 2 - 8): 9");
  }

  @Test
  void asBoolean_readsTrueAndFalse_andRefusesOtherValuesNamingThem() {
    Node doc = StrictJson.parse("t.json", "{\"on\": true, \"off\": false, \"text\": \"true\"}");
    assertThat(doc.get("on").asBoolean()).isTrue();
    assertThat(doc.get("off").asBoolean()).isFalse();
    assertThatThrownBy(() -> doc.get("text").asBoolean())
        .isInstanceOf(RuleDataException.class)
        .hasMessage("t.json: /text: expected true or false: \"true\"");
  }

  @Test
  void entries_inDocumentOrder_withTheirPointers() {
    Node doc = StrictJson.parse("t.json", "{\"z\": 1, \"a\": [true], \"m\": \"x\"}");
    List<Map.Entry<String, Node>> entries = doc.entries();
    assertThat(entries).extracting(Map.Entry::getKey).containsExactly("z", "a", "m");
    assertThat(entries).extracting(e -> e.getValue().pointer()).containsExactly("/z", "/a", "/m");
    assertThat(entries.get(1).getValue().elements().get(0).pointer()).isEqualTo("/a/0");
    assertThat(doc.pointer()).isEmpty();
  }

  @Test
  void error_inTheFirstRow_namesThatRowsLetter() {
    Node doc =
        StrictJson.parse(
            "t.json",
            "{\"rows\": [{\"letter\": \"A\", \"n\": \"2\"}, {\"letter\": \"B\", \"n\": 3}]}");
    List<Node> rows = doc.get("rows").elements();
    assertThatThrownBy(() -> rows.get(0).get("n").asInt(0, 10))
        .hasMessage("t.json: /rows/0/n (row A): expected an integer: \"2\"")
        .satisfies(e -> assertThat(((RuleDataException) e).rowId()).contains("A"));
    assertThatThrownBy(() -> rows.get(1).get("n").asInt(4, 10))
        .hasMessage("t.json: /rows/1/n (row B): value out of range (valid values 4 - 10): 3");
  }
}
