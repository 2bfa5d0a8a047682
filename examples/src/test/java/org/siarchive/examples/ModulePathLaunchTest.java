package org.siarchive.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real module-path launch of the published modules. Surefire opens every module to the tests, so
 * a descriptor that forgets a {@code requires} or an {@code opens} passes the unit tests and fails
 * for a host; this launch does not forgive that.
 */
class ModulePathLaunchTest {
  private static final List<String> TEST_ONLY =
      List.of(
          "junit-",
          "opentest4j",
          "apiguardian",
          "assertj",
          "byte-buddy",
          "quicktheories",
          "archunit",
          "slf4j",
          "picocli",
          "-tests.jar");

  @Test
  void publishedModules_workOnTheModulePath() throws Exception {
    List<String> modulePath = new ArrayList<>();
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.endsWith(".jar")) {
        classPath.add(entry);
      } else if (TEST_ONLY.stream().noneMatch(entry::contains)) {
        modulePath.add(entry);
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "--module-path",
                String.join(File.pathSeparator, modulePath),
                "--add-modules",
                "org.siarchive.core,org.siarchive.rules,org.siarchive.sampling",
                "-cp",
                String.join(File.pathSeparator, classPath),
                ModuleProbe.class.getName())
            .redirectError(ProcessBuilder.Redirect.PIPE);
    Process p = pb.start();
    // Standard error is read on its own thread so that neither pipe can fill and block the probe.
    CompletableFuture<String> stderr =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String errors = stderr.get(10, TimeUnit.SECONDS);
    assertThat(p.exitValue()).as(output + errors).isZero();
    // No jakarta.el, no --add-modules beyond ours, and nothing logged: a host sees a clean stderr.
    assertThat(modulePath).noneMatch(e -> e.contains("jakarta.el") || e.contains("expressly"));
    assertThat(errors).as("standard error").isEmpty();
    assertThat(output)
        .contains("module org.siarchive.core: decoded SC")
        .contains("violations 0")
        .contains("module org.siarchive.rules: material-rules illustrative 2026.1")
        .contains("report round trip true");
    assertThat(output)
        .contains("module org.siarchive.rules: cn-national 2009 rows 19, expires 2042-12-31")
        .contains("refused bad.json: /rows/18/materialEn (row 九(3)): not blank: \" \"");
    assertThat(output).contains("module org.siarchive.sampling: plan J 80 2/3, draw verified true");
    assertThat(output)
        .contains(
            "module org.siarchive.core: lifecycle transfer-lifecycle/2026.1, SM3(abc) "
                + "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0, ledger of 1 verified true");
  }
}
