package org.siarchive.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's promises that a test can keep. */
class ReadmeTest {
  private static String readme() throws IOException {
    return Files.readString(Path.of("..", "README.md"));
  }

  @Test
  void embeddingExample_isTheCompiledIntakeClass() throws IOException {
    String readme = readme();
    int start = readme.indexOf("```java\n") + "```java\n".length();
    String block = readme.substring(start, readme.indexOf("```", start));
    String source =
        Files.readString(Path.of("src/main/java/org/siarchive/examples/embedding/Intake.java"));
    assertThat(source).isEqualTo("package org.siarchive.examples.embedding;\n\n" + block);
    assertThat(block.lines().count()).isLessThanOrEqualTo(40);
  }

  @Test
  void setUp_namesTheTwoCommands() throws IOException {
    assertThat(readme())
        .contains("mvn -q -B package -DskipTests && java -jar examples/target/siarchive.jar demo")
        .contains("mvn -B -ntp verify");
    assertThat(Files.readString(Path.of("..", ".ci", "run"))).contains("mvn -B -ntp verify");
  }
}
