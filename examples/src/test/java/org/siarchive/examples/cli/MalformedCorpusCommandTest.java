package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siarchive.core.testing.MalformedCorpus;
import org.siarchive.core.testing.MalformedCorpus.Case;

/**
 * The malformed-input corpus (issue 14, {@link MalformedCorpus}) against the command line: {@code
 * validate} and {@code check} name the same line, pointer and message as the library, count both
 * lines and exit with the status the index gives.
 */
class MalformedCorpusCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static Stream<Case> corpus() {
    return MalformedCorpus.cases().stream();
  }

  private Path copy(Case c) throws IOException {
    Path file = dir.resolve(c.file());
    try (InputStream in = MalformedCorpus.resource(c.file())) {
      Files.copy(in, file);
    }
    return file;
  }

  private static void assertNamesTheError(JsonNode doc, Case c) {
    assertThat(doc.get("read").asLong()).isEqualTo(2);
    assertThat(doc.get("rejected").asLong()).isEqualTo(1);
    JsonNode e = doc.get("errors").get(0);
    assertThat(e.get("line").asLong()).isEqualTo(c.line());
    assertThat(e.get("pointer").asText()).isEqualTo(c.pointer());
    assertThat(e.get("message").asText()).isEqualTo(c.message());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void validateAndCheck_malformedLine_nameItAndExitAsTheIndexSays(Case c) throws IOException {
    Path file = copy(c);
    CliRun validate = CliRun.of("validate", file.toString(), "--json");
    assertThat(validate.exit()).as(validate.err()).isEqualTo(c.exit());
    JsonNode v = JSON.readTree(validate.out());
    assertThat(v.get("valid").asLong()).isEqualTo(1);
    assertNamesTheError(v, c);
    CliRun check = CliRun.of("check", file.toString(), "--stage", "all", "--json");
    assertThat(check.exit()).as(check.err()).isEqualTo(c.exit());
    JsonNode k = JSON.readTree(check.out());
    assertThat(k.get("checked").asLong()).isEqualTo(1);
    assertNamesTheError(k, c);
  }
}
