package org.siarchive.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tools/check-data-release.sh}, the guard that a data-only release changes data and never
 * code (RELEASING.md, issue 17), run by bash on a real git repository laid out like this one.
 */
class DataReleaseCheckTest {
  private static final Path SCRIPT =
      Path.of("..", "tools", "check-data-release.sh").toAbsolutePath();

  @TempDir Path repo;

  @BeforeEach
  void previousRelease() throws Exception {
    git("init", "-q");
    git("config", "user.email", "test@example.org");
    git("config", "user.name", "test");
    write("archive-rules-data/src/main/resources/org/siarchive/rules/data/index.json", "{}\n");
    write(
        "archive-rules-data/pom.xml",
        "<project>\n  <version>2026.12.0-SNAPSHOT</version>\n  <name>d</name>\n</project>\n");
    write(
        "pom.xml",
        "<project>\n  <rules-data.version>2026.12.0-SNAPSHOT</rules-data.version>\n  <x>1</x>\n</project>\n");
    write("archive-rules/src/main/java/A.java", "class A {}\n");
    write("CHANGELOG.md", "# Changelog\n");
    git("add", "-A");
    git("commit", "-q", "-m", "release");
    git("tag", "data-previous");
  }

  @Test
  void tablesVersionsAndChangelog_areADataRelease() throws Exception {
    write(
        "archive-rules-data/src/main/resources/org/siarchive/rules/data/index.json", "{\"t\":1}\n");
    write(
        "archive-rules-data/pom.xml",
        "<project>\n  <version>2026.12.0</version>\n  <name>d</name>\n</project>\n");
    write(
        "pom.xml",
        "<project>\n  <rules-data.version>2026.12.0</rules-data.version>\n  <x>1</x>\n</project>\n");
    write("CHANGELOG.md", "# Changelog\n- notes\n");
    commit();
    Run r = check();
    assertThat(r.exit).as(r.output).isZero();
    assertThat(r.output).contains("data-only release");
  }

  @Test
  void aChangeToCode_isRefused_namingTheFile() throws Exception {
    write("archive-rules/src/main/java/A.java", "class A { int x; }\n");
    commit();
    Run r = check();
    assertThat(r.exit).isEqualTo(1);
    assertThat(r.output)
        .contains("data release changes code or docs: archive-rules/src/main/java/A.java")
        .contains("not a data-only release");
  }

  @Test
  void aPomChangeBeyondTheDataVersion_isRefused_showingTheLine() throws Exception {
    write(
        "pom.xml",
        "<project>\n  <rules-data.version>2026.12.0</rules-data.version>\n  <x>2</x>\n</project>\n");
    commit();
    Run r = check();
    assertThat(r.exit).isEqualTo(1);
    assertThat(r.output)
        .contains("data release changes pom.xml beyond its data version")
        .contains("<x>2</x>")
        .doesNotContain("rules-data.version>2026.12.0<");
  }

  private record Run(int exit, String output) {}

  private Run check() throws Exception {
    return run(List.of("bash", SCRIPT.toString(), "data-previous"));
  }

  private void commit() throws Exception {
    git("add", "-A");
    git("commit", "-q", "-m", "change");
  }

  private void write(String file, String text) throws IOException {
    Path p = repo.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private void git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Run r = run(command);
    assertThat(r.exit).as(r.output).isZero();
  }

  private Run run(List<String> command) throws Exception {
    Process p =
        new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
