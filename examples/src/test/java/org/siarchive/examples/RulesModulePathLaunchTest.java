package org.siarchive.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real module-path launch of {@code org.siarchive.rules}: Surefire opens every module to the
 * tests, so a missing {@code opens} of the package Jackson and Hibernate Validator reflect into, or
 * a bundled resource that cannot be read from the module, would pass the unit tests and fail for a
 * host.
 */
class RulesModulePathLaunchTest {
  private static final List<String> TEST_ONLY =
      List.of("junit-", "opentest4j", "apiguardian", "assertj", "byte-buddy", "quicktheories", "archunit", "slf4j", "picocli", "-tests.jar");

  @Test
  void rulesModule_loadsAndRefusesEditionsOnTheModulePath() throws Exception {
    List<String> modulePath = new ArrayList<>();
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String slashed = entry.replace('\\', '/');
      boolean moduleClasses = slashed.endsWith("archive-rules/target/classes")
          || slashed.endsWith("archive-core/target/classes")
          || slashed.endsWith("archive-sampling/target/classes");
      if (moduleClasses || entry.endsWith(".jar") && TEST_ONLY.stream().noneMatch(entry::contains)) {
        modulePath.add(entry);
      } else {
        classPath.add(entry);
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "org.siarchive.rules,org.hibernate.validator,jakarta.el,org.glassfish.expressly",
                "-cp", String.join(File.pathSeparator, classPath),
                RulesModuleProbe.class.getName())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("module org.siarchive.rules: cn-national 2009 rows 19, expires 2042-12-31")
        .contains("refused bad.json: /rows/18/materialEn (row 九(3)): not blank: \" \"");
  }
}
