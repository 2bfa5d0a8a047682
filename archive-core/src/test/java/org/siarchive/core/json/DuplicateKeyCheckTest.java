package org.siarchive.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser's shortcuts ({@code nextFieldName}, {@code nextTextValue}, {@code skipChildren}, …)
 * answer exactly as Jackson's own parser does on documents without a repeated key, and never let a
 * repeated key pass unseen; Jackson's parser is the oracle.
 */
class DuplicateKeyCheckTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static final String DOC =
      "{\"a\":\"text\",\"n\":12,\"t\":true,\"f\":false,\"z\":null,"
          + "\"o\":{\"x\":1,\"y\":[1,{\"x\":2}]},\"arr\":[\"s\",3,true,{}],\"last\":1.5}";

  /** One way of walking a parser to its end, recording what each call answers. */
  private interface Walk {
    void step(JsonParser p, List<Object> seen) throws IOException;
  }

  private static List<Object> walk(JsonParser p, Walk walk) throws IOException {
    List<Object> seen = new ArrayList<>();
    for (int guard = 0; guard < 1000 && !p.isClosed(); guard++) {
      walk.step(p, seen);
      seen.add(p.currentToken());
      if (p.currentToken() == null && guard > 0) {
        break;
      }
    }
    return seen;
  }

  private static void sameAsJackson(Walk walk) throws IOException {
    try (JsonParser plain = FACTORY.createParser(DOC);
        JsonParser checked = new DuplicateKeyCheck(FACTORY.createParser(DOC))) {
      assertThat(walk(checked, walk)).isEqualTo(walk(plain, walk));
    }
  }

  @Test
  void everyShortcut_answersAsJacksonsParser() throws IOException {
    sameAsJackson((p, seen) -> seen.add(p.nextFieldName()));
    sameAsJackson((p, seen) -> seen.add(p.nextFieldName(new SerializedString("n"))));
    sameAsJackson((p, seen) -> seen.add(p.nextValue()));
    sameAsJackson((p, seen) -> seen.add(p.nextTextValue()));
    sameAsJackson((p, seen) -> seen.add(p.nextIntValue(-7)));
    sameAsJackson((p, seen) -> seen.add(p.nextLongValue(-7L)));
    sameAsJackson((p, seen) -> seen.add(p.nextBooleanValue()));
    sameAsJackson(
        (p, seen) -> {
          JsonToken t = p.nextToken();
          seen.add(t);
          if (t == JsonToken.START_OBJECT && p.getParsingContext().getParent().inObject()) {
            p.skipChildren(); // every nested object, whole
          }
          if (t == JsonToken.START_ARRAY) {
            p.skipChildren();
          }
        });
  }

  @Test
  void skipChildren_onAScalar_staysPut_andAtTheEndOfATruncatedDocument_stops() throws IOException {
    try (JsonParser p = new DuplicateKeyCheck(FACTORY.createParser("{\"a\":1}"))) {
      p.nextToken();
      p.nextToken();
      p.nextToken();
      assertThat(p.skipChildren().currentToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
    }
    try (JsonParser p = new DuplicateKeyCheck(FACTORY.createParser("[[1,[2]]]"))) {
      p.nextToken();
      p.nextToken();
      assertThat(p.skipChildren().currentToken()).isEqualTo(JsonToken.END_ARRAY);
      assertThat(p.nextToken()).isEqualTo(JsonToken.END_ARRAY);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"o\":{\"k\":1,\"k\":2}}",
        "[{\"k\":1,\"k\":2}]",
        "{\"o\":[{\"a\":{\"k\":1,\"k\":2}}]}",
      })
  void aRepeatedKey_insideASkippedValue_isStillFound(String doc) throws IOException {
    try (JsonParser p = new DuplicateKeyCheck(FACTORY.createParser(doc))) {
      p.nextToken();
      assertThatThrownBy(p::skipChildren)
          .isInstanceOf(JsonParseException.class)
          .hasMessageStartingWith("Duplicate field 'k'");
    }
  }

  @Test
  void aRepeatedKey_isFound_byEveryShortcut() throws IOException {
    String doc = "{\"k\":\"v\",\"k\":\"v\"}";
    List<Walk> walks =
        List.of(
            (p, seen) -> p.nextFieldName(),
            (p, seen) -> p.nextFieldName(new SerializedString("k")),
            (p, seen) -> p.nextValue(),
            (p, seen) -> p.nextTextValue(),
            (p, seen) -> p.nextIntValue(0),
            (p, seen) -> p.nextLongValue(0),
            (p, seen) -> p.nextBooleanValue());
    for (Walk w : walks) {
      try (JsonParser p = new DuplicateKeyCheck(FACTORY.createParser(doc))) {
        assertThatThrownBy(() -> walk(p, w))
            .isInstanceOf(JsonParseException.class)
            .hasMessageStartingWith("Duplicate field 'k'");
      }
    }
  }

  @Test
  void deepNesting_growsTheLevels_andEachLevelKeepsItsOwnKeys() throws IOException {
    StringBuilder doc = new StringBuilder();
    int depth = 40; // past the 8 levels allocated at first, so the arrays grow
    for (int i = 0; i < depth; i++) {
      doc.append("{\"k\":1,\"o\":");
    }
    doc.append("{\"k\":1}");
    doc.append("}".repeat(depth));
    try (JsonParser p = new DuplicateKeyCheck(FACTORY.createParser(doc.toString()))) {
      int tokens = 0;
      while (p.nextToken() != null) {
        tokens++;
      }
      assertThat(tokens).isEqualTo(depth * 5 + 4);
    }
  }

  @Test
  void requireInternedNames_refusesAFactoryThatDoesNotIntern() {
    assertThat(DuplicateKeyCheck.requireInternedNames(FACTORY)).isSameAs(FACTORY);
    JsonFactory notInterning =
        JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();
    assertThatThrownBy(() -> DuplicateKeyCheck.requireInternedNames(notInterning))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("duplicate-key check needs interned field names");
    JsonFactory notCanonical =
        JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();
    assertThatThrownBy(() -> DuplicateKeyCheck.requireInternedNames(notCanonical))
        .isInstanceOf(IllegalStateException.class);
  }
}
