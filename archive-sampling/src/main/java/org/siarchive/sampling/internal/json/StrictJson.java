package org.siarchive.sampling.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siarchive.sampling.RuleDataException;

/**
 * Parses one JSON document of a rule table strictly with Jackson: duplicate keys, trailing tokens
 * and malformed JSON fail with a {@link RuleDataException} naming the resource and the JSON
 * pointer. Objects become insertion-ordered unmodifiable maps, arrays unmodifiable lists, numbers
 * {@link java.math.BigDecimal}, {@code null} the {@link #NULL} marker; {@link Node}'s typed
 * accessors then check each table's schema.
 */
public final class StrictJson {
  /** The JSON {@code null} value (a real null would blur "absent" and "null"). */
  public static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private StrictJson() {}

  /** Parses a document; {@code resource} names it in errors. */
  public static Node parse(String resource, String text) {
    JsonParser parser = null;
    try {
      parser = MAPPER.createParser(text);
      JsonNode tree = MAPPER.readTree(parser);
      if (tree == null || tree.isMissingNode()) {
        throw new RuleDataException(resource, "", "empty document", null);
      }
      return new Node(resource, "", plain(tree));
    } catch (JsonProcessingException e) {
      String pointer = "";
      if (e.getProcessor() instanceof JsonParser p) {
        pointer = p.getParsingContext().pathAsPointer().toString();
      } else if (parser != null) {
        pointer = parser.getParsingContext().pathAsPointer().toString();
      }
      String problem =
          String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("malformed JSON");
      // The wording of archive-core's rule-data loader, for the same failures.
      if (problem.startsWith("Trailing token")) {
        pointer = "";
        problem = "unexpected content after the end of the JSON value";
      }
      throw new RuleDataException(resource, pointer, null, problem, null, e);
    } catch (java.io.IOException e) {
      throw new RuleDataException(resource, "", null, "unreadable: " + e.getMessage(), null, e);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (java.io.IOException e) {
          // an in-memory source holds nothing to release
        }
      }
    }
  }

  private static Object plain(JsonNode n) {
    if (n.isObject()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        m.put(e.getKey(), plain(e.getValue()));
      }
      return Collections.unmodifiableMap(m);
    }
    if (n.isArray()) {
      List<Object> l = new ArrayList<>(n.size());
      n.forEach(child -> l.add(plain(child)));
      return Collections.unmodifiableList(l);
    }
    if (n.isNumber()) {
      return n.decimalValue();
    }
    if (n.isTextual()) {
      return n.textValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    return NULL;
  }
}
