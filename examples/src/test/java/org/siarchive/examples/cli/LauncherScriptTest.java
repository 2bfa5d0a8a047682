package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code siarchive} launcher the build puts beside the jar ({@code src/main/sh/siarchive},
 * copied to {@code target/siarchive}): it runs {@code java -jar DIR/siarchive.jar ARGS}, with DIR
 * the script's own directory even through a symbolic link. A stand-in {@code java} records what it
 * is given.
 */
class LauncherScriptTest {
  private static final Path SCRIPT = Path.of("src/main/sh/siarchive");

  @TempDir Path dir;

  private Path install(Path into) throws IOException {
    Files.createDirectories(into);
    Path script = into.resolve("siarchive");
    Files.copy(SCRIPT, script, StandardCopyOption.REPLACE_EXISTING);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  /** A stand-in java that prints each argument on a line of its own. */
  private Path fakeJava(Path into) throws IOException {
    Files.createDirectories(into);
    Path java = into.resolve("java");
    Files.writeString(
        java,
        "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return java;
  }

  private static List<String> run(Path script, Map<String, String> env, String... args)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder();
    pb.command().add(script.toString());
    pb.command().addAll(List.of(args));
    pb.environment().remove("JAVA");
    pb.environment().remove("JAVA_OPTS");
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.lines().toList();
  }

  @Test
  void source_isExecutable_andAPosixShellScript() throws IOException {
    assertThat(Files.isExecutable(SCRIPT)).isTrue();
    assertThat(Files.readString(SCRIPT)).startsWith("#!/bin/sh\n");
  }

  @Test
  void launcher_runsTheJarBesideIt_passingEveryArgumentIntact() throws Exception {
    Path bin = dir.resolve("opt/siarchive");
    Path script = install(bin);
    Path java = fakeJava(dir.resolve("jdk/bin"));
    List<String> args =
        run(script, Map.of("JAVA", java.toString()), "check", "my file.jsonl", "--stage", "all");
    assertThat(args)
        .containsExactly(
            "-jar",
            bin.toRealPath().resolve("siarchive.jar").toString(),
            "check",
            "my file.jsonl",
            "--stage",
            "all");
  }

  @Test
  void launcher_throughASymbolicLink_findsTheJarBesideTheScript_andTakesJavaHomeAndOptions()
      throws Exception {
    Path bin = dir.resolve("opt/siarchive");
    Path script = install(bin);
    fakeJava(dir.resolve("jdk/bin"));
    Path links = Files.createDirectories(dir.resolve("usr/bin"));
    Path link = Files.createSymbolicLink(links.resolve("siarchive"), script);
    List<String> args =
        run(
            link,
            Map.of("JAVA_HOME", dir.resolve("jdk").toString(), "JAVA_OPTS", "-Xmx64m -Dx=1"),
            "--version");
    assertThat(args)
        .containsExactly(
            "-Xmx64m",
            "-Dx=1",
            "-jar",
            bin.toRealPath().resolve("siarchive.jar").toString(),
            "--version");
  }
}
