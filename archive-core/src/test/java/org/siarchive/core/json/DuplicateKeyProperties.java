package org.siarchive.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.testing.ModelGenerators;

/** A key repeated in any object of a volume, at any depth, is refused and named. */
class DuplicateKeyProperties {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Writes the tree back as JSON, repeating the first key of the object with DFS index {@code
   * target}.
   */
  private static final class Writer {
    private final int target;
    private int index;
    private String repeated;
    private final StringBuilder out = new StringBuilder();

    Writer(int target) {
      this.target = target;
    }

    void write(JsonNode n) throws Exception {
      if (n.isObject()) {
        boolean here = index++ == target;
        out.append('{');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!first) {
            out.append(',');
          }
          out.append(JSON.writeValueAsString(e.getKey())).append(':');
          write(e.getValue());
          if (first && here) {
            repeated = e.getKey();
            out.append(',').append(JSON.writeValueAsString(e.getKey())).append(':');
            write(e.getValue());
          }
          first = false;
        }
        out.append('}');
      } else if (n.isArray()) {
        out.append('[');
        for (int i = 0; i < n.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(n.get(i));
        }
        out.append(']');
      } else {
        out.append(JSON.writeValueAsString(n));
      }
    }
  }

  private static int objects(JsonNode n) {
    int count = n.isObject() ? 1 : 0;
    for (JsonNode child : n) {
      count += objects(child);
    }
    return count;
  }

  @Test
  void aRepeatedKeyAnywhere_isRefusedByName() {
    qt().withFixedSeed(20261127L)
        .withExamples(300)
        .forAll(ModelGenerators.volumes(), integers().between(0, 1000))
        .checkAssert(
            (volume, pick) -> {
              try {
                JsonNode tree = JSON.readTree(ArchiveJson.writeVolume(volume));
                Writer w = new Writer(pick % objects(tree));
                w.write(tree);
                JsonDecodeException e =
                    catchThrowableOfType(
                        JsonDecodeException.class, () -> ArchiveJson.readVolume(w.out.toString()));
                assertThat(e).as(w.out.toString()).isNotNull();
                assertThat(e.reason()).isEqualTo("Duplicate field '" + w.repeated + "'");
                assertThat(e.pointer()).endsWith("/" + w.repeated);
              } catch (Exception ex) {
                throw new AssertionError(ex);
              }
            });
  }

  @Test
  void validVolumes_withManyKeysPerObject_areNotRefused() {
    qt().withFixedSeed(8L)
        .withExamples(200)
        .forAll(ModelGenerators.volumes())
        .checkAssert(
            v -> assertThat(ArchiveJson.readVolume(ArchiveJson.writeVolume(v))).isEqualTo(v));
  }
}
