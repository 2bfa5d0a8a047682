package org.siarchive.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siarchive.core.id.Masking;

/** Input a hostile user sends: every line is a result with counts, never a crash (issue 14). */
class HostileInputTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "null|expected an object, got null",
        "true|expected an object, got \"true\"",
        "12|expected an object, got \"12\"",
        "\"text\"|expected an object, got \"text\"",
        "[1]|expected an object, got an array"
      })
  void decode_jsonThatIsNotAnObject_isARejectedLineWithCounts(String literal, String message)
      throws IOException {
    byte[] input = ("\n" + literal + "\n").getBytes(StandardCharsets.UTF_8);
    List<LineResult> results = new ArrayList<>();
    ReadSummary summary;
    try (JsonLinesReader reader = JsonLinesReader.of(new ByteArrayInputStream(input))) {
      summary = reader.forEach(results::add);
    }
    assertThat(summary).isEqualTo(new ReadSummary(1, 0, 1));
    assertThat(results).containsExactly(new LineResult.Rejected(2, "", message));
  }

  @Test
  void readVolume_null_throwsNamingTheDocument() {
    assertThatThrownBy(() -> ArchiveJson.readVolume("null"))
        .isInstanceOf(JsonDecodeException.class)
        .hasMessage("(document): expected an object, got null");
  }

  @Test
  void read_nullForAnotherType_throwsNamingTheDocument() {
    assertThatThrownBy(() -> ArchiveJson.read("null", org.siarchive.core.model.CatalogEntry.class))
        .isInstanceOf(JsonDecodeException.class)
        .hasMessage("(document): expected an object, got null");
  }

  private static JsonParser checked(String json) throws IOException {
    JsonFactory factory =
        JsonFactory.builder().enable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();
    return new DuplicateKeyCheck(factory.createParser(json));
  }

  private static String manyKeys(int n, int repeated) {
    StringBuilder b = new StringBuilder("{\"outer\":{");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
    }
    if (repeated >= 0) {
      b.append(",\"k").append(repeated).append("\":0");
    }
    return b.append("},\"after\":{\"a\":1,\"b\":2}}").toString();
  }

  private static void drain(JsonParser p) throws IOException {
    while (p.nextToken() != null) {
      // every token passes the check
    }
  }

  @Test
  void duplicateKeyCheck_manyDistinctKeys_passes() throws IOException {
    try (JsonParser p = checked(manyKeys(200_000, -1))) {
      drain(p);
    }
  }

  @ParameterizedTest(name = "repeat of key {0}")
  @CsvSource({"0", "15", "16", "17", "199999"})
  void duplicateKeyCheck_repeatAmongManyKeys_isFoundWhereverItIs(int repeated) throws IOException {
    try (JsonParser p = checked(manyKeys(200_000, repeated))) {
      assertThatThrownBy(() -> drain(p))
          .isInstanceOf(JsonParseException.class)
          .hasMessageStartingWith("Duplicate field 'k" + repeated + "'");
    }
  }

  @Test
  void duplicateKeyCheck_levelsBeyondTheScanLimit_keepTheirOwnKeys() throws IOException {
    // An object of 40 keys whose nested objects reuse its names: not a repeat.
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < 40; i++) {
      b.append(i == 0 ? "" : ",")
          .append("\"k")
          .append(i)
          .append("\":{\"k")
          .append(i)
          .append("\":1}");
    }
    b.append("}");
    try (JsonParser p = checked(b.toString())) {
      drain(p);
    }
    // The second object at the same depth starts with an empty set.
    String twice = "[" + manyKeys(40, -1) + "," + manyKeys(40, -1) + "]";
    try (JsonParser p = checked(twice)) {
      drain(p);
    }
  }

  @Test
  void masking_identifierInsideALongerRun_isMasked() {
    assertThat(Masking.redact("ref ABC11010519491231002Xdef"))
        .isEqualTo("ref ABC110105********002Xdef");
    assertThat(Masking.redact("id911010519491231002X")).isEqualTo("id911010********1002X");
    assertThat(Masking.redact("91350100M000100Y43X")).isEqualTo("913501********0Y43X");
  }

  @Test
  void masking_identifierAcrossTheCut_isMaskedBeforeCutting() {
    String value = "x".repeat(70) + "11010519491231002X";
    assertThat(Masking.excerpt(value))
        .isEqualTo("x".repeat(70) + "110105****…(88 chars)")
        .doesNotContain("1949");
  }

  @Test
  void masking_loneSurrogate_isEscapedAndAPairIsKept() {
    assertThat(Masking.excerpt("a\ud800b")).isEqualTo("a\\ud800b");
    assertThat(Masking.excerpt("a\udc00")).isEqualTo("a\\udc00");
    assertThat(Masking.excerpt("\ud83d\ude00")).isEqualTo("\ud83d\ude00");
  }
}
