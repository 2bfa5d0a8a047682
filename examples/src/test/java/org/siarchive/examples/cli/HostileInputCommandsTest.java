package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siarchive.core.id.Masking;

/** The command line under hostile input and interrupted writes (issue 14). */
class HostileInputCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path generated(String name, int volumes) {
    Path file = dir.resolve(name);
    CliRun g =
        CliRun.of(
            "generate", "--seed", "7", "--volumes", String.valueOf(volumes), "--out", "" + file);
    assertThat(g.exit()).as(g.err()).isZero();
    return file;
  }

  @Test
  void validate_literalLines_areRejectedWithTheirLineNumbers() throws IOException {
    Path file = Files.writeString(dir.resolve("lit.jsonl"), "null\n12\n[1]\n");
    CliRun run = CliRun.of("validate", file.toString(), "--json");
    assertThat(run.exit()).isEqualTo(1);
    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.get("read").asLong()).isEqualTo(3);
    assertThat(doc.get("rejected").asLong()).isEqualTo(3);
    assertThat(doc.get("errors").get(0).toString())
        .isEqualTo("{\"line\":1,\"pointer\":\"\",\"message\":\"expected an object, got null\"}");
    assertThat(doc.get("errors").get(2).get("line").asLong()).isEqualTo(3);
  }

  @Test
  void validate_manyRejectedLines_areAllListedInOrder_inBothForms() throws IOException {
    int n = 5000;
    Path file = dir.resolve("bad.jsonl");
    Files.write(file, Stream.generate(() -> "{").limit(n).toList(), StandardCharsets.UTF_8);
    CliRun json = CliRun.of("validate", file.toString(), "--json");
    JsonNode doc = JSON.readTree(json.out());
    assertThat(doc.get("rejected").asLong()).isEqualTo(n);
    assertThat(doc.get("errors").size()).isEqualTo(n);
    assertThat(doc.get("errors").get(n - 1).get("line").asLong()).isEqualTo(n);
    CliRun text = CliRun.of("validate", file.toString());
    List<String> lines = text.out().lines().toList();
    assertThat(lines).hasSize(n + 1);
    assertThat(lines.get(0)).endsWith("read 5000, valid 0, rejected 5000");
    assertThat(lines.get(n)).startsWith("line 5000: ");
  }

  @Test
  void check_json_loneSurrogateInInput_printsTheWholeDocumentEscaped() throws IOException {
    Path file =
        Files.writeString(dir.resolve("s.jsonl"), "{\"schemaVersion\":1,\"id\":\"\\ud800\"}\n");
    CliRun run = CliRun.of("check", file.toString(), "--stage", "all", "--json");
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.get("rejected").asLong()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("\ud800");
  }

  @Test
  void cliJson_loneSurrogate_isWrittenAsAnEscape() {
    StringWriter out = new StringWriter();
    CliJson.print(new PrintWriter(out), Map.of("m", "a\ud800b\ud83d\ude00"));
    assertThat(out.toString()).contains("\"a\\ud800b\\ud83d\\ude00\"").doesNotContain("\ud800");
  }

  @Test
  void report_htmlOverItsInput_isAUsageErrorAndTheInputStays() throws IOException {
    Path file = generated("c.jsonl", 3);
    byte[] before = Files.readAllBytes(file);
    CliRun run = CliRun.of("report", file.toString(), "--html", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("Invalid value for option '--html'")
        .contains("is the input FILE; an output never replaces an input");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void generate_twoOutputsOnOnePath_isAUsageError() {
    Path file = dir.resolve("v.jsonl");
    CliRun run =
        CliRun.of(
            "generate",
            "--seed",
            "1",
            "--volumes",
            "1",
            "--out",
            file.toString(),
            "--truth",
            file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid value for option '--truth'");
    assertThat(file).doesNotExist();
  }

  @Test
  void sampleVerify_repeatedKeyInTheRecord_isRefused() throws IOException {
    Path ids = Files.writeString(dir.resolve("ids.txt"), "a\nb\nc\n");
    CliRun draw =
        CliRun.of(
            "sample", "draw", "--seed", "s", "--ids", ids.toString(), "--size", "1", "--json");
    assertThat(draw.exit()).isZero();
    String twice = draw.out().replaceFirst("\\{", "{\"seed\": \"forged\",");
    Path record = Files.writeString(dir.resolve("r.json"), twice);
    CliRun run = CliRun.of("sample", "verify", record.toString(), "--ids", ids.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("r.json").contains("Duplicate field 'seed'");
  }

  @Test
  void decimalOptions_hugeExponentOrScale_areUsageErrorsNamingTheOption() {
    CliRun ratio = CliRun.of("sample", "ratio", "--population", "10", "--ratio", "1e-100000000");
    assertThat(ratio.exit()).isEqualTo(2);
    assertThat(ratio.err())
        .contains(
            "Invalid value for option '--ratio' (a decimal of at most 34 significant digits and 34"
                + " decimal places): 1e-100000000");
    CliRun size =
        CliRun.of(
            "sample",
            "size",
            "--tolerable-rate",
            "0." + "0".repeat(40) + "1",
            "--confidence",
            "0.95");
    assertThat(size.exit()).isEqualTo(2);
    assertThat(size.err())
        .contains("Invalid value for option '--tolerable-rate' (a decimal of at most 34");
    assertThat(CliRun.of("sample", "ratio", "--population", "10", "--ratio", "0.07").exit())
        .isZero();
  }

  @Test
  void outputFiles_bodyThatFails_leavesTheOldFileAndNoTemporary() throws IOException {
    Path file = Files.writeString(dir.resolve("out.txt"), "old");
    try {
      OutputFiles.write(
          file,
          out -> {
            out.write("new, half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
          });
    } catch (IOException expected) {
      assertThat(expected).hasMessage("cannot write " + file + ": disk full");
    }
    assertThat(file).hasContent("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.toList()).containsExactly(file);
    }
  }

  @Test
  void outputFiles_writerKilledPartWay_leavesTheOldFile() throws Exception {
    Path file = Files.writeString(dir.resolve("report.html"), "old report");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SlowWriter.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(r.readLine()).isEqualTo("half written");
      // The half is on disk beside the target, not in it.
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count())
            .isEqualTo(1);
      }
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(file).hasContent("old report");
  }

  @Test
  void standardOutputOnAFullDisk_failsTheRun_andSaysWhy() throws Exception {
    Path volumes = generated("v.jsonl", 3);
    Path full = Path.of("/dev/full"); // Linux: every write fails with ENOSPC
    assertThat(full).exists();
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Siarchive.class.getName(),
                "validate",
                volumes.toString(),
                "--json")
            .redirectOutput(full.toFile())
            .start();
    String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(1);
    assertThat(err)
        .isEqualTo(
            "siarchive: standard output could not be written: No space left on device"
                + System.lineSeparator());
  }

  @Test
  void outputStatus_aClosedPipeIsQuiet_aFailedRunKeepsItsStatus() {
    StringWriter text = new StringWriter();
    PrintWriter err = new PrintWriter(text);
    assertThat(Siarchive.outputChecked(0, null, err)).isZero();
    assertThat(Siarchive.outputChecked(0, new IOException("Broken pipe"), err)).isEqualTo(1);
    assertThat(Siarchive.outputChecked(2, new IOException("No space left on device"), err))
        .isEqualTo(2);
    assertThat(text.toString())
        .isEqualTo(
            "siarchive: standard output could not be written: No space left on device"
                + System.lineSeparator());
  }

  @Test
  void anOutputThatIsAPipe_isRefused_andThePipeStays() throws Exception {
    Path volumes = generated("v.jsonl", 3);
    Path fifo = dir.resolve("pipe.html");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).isZero();
    CliRun run = CliRun.of("report", volumes.toString(), "--html", fifo.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            Masking.redact(
                "Invalid value for option '--html': "
                    + fifo
                    + " is not a regular file (a device or a pipe); an output is a file\n"));
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
  }

  /**
   * A child JVM that writes half a file through {@link OutputFiles} and then waits to be killed.
   */
  static final class SlowWriter {
    private SlowWriter() {}

    public static void main(String[] args) throws Exception {
      OutputFiles.write(
          Path.of(args[0]),
          out -> {
            out.write("new report, first half".getBytes(StandardCharsets.UTF_8));
            out.flush();
            System.out.println("half written");
            System.out.flush();
            try {
              Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            out.write(", second half".getBytes(StandardCharsets.UTF_8));
          });
    }
  }

  private CliRun drawFrom(byte[] ids) throws IOException {
    Path file = Files.write(dir.resolve("ids-" + System.nanoTime() + ".txt"), ids);
    return CliRun.of("sample", "draw", "--seed", "s", "--ids", file.toString(), "--size", "1");
  }

  @Test
  void idLists_bomDropped_blankSpacedUtf16AndBadUtf8_refusedNamingTheLine() throws IOException {
    CliRun withBom = drawFrom("\uFEFFa\r\nb\n".getBytes(StandardCharsets.UTF_8));
    CliRun plain = drawFrom("a\nb\n".getBytes(StandardCharsets.UTF_8));
    assertThat(withBom.exit()).isZero();
    assertThat(withBom.out()).isEqualTo(plain.out()); // the same population, the same draw

    CliRun blank = drawFrom("a\n   \nb\n".getBytes(StandardCharsets.UTF_8));
    assertThat(blank.exit()).isEqualTo(1);
    assertThat(blank.err()).contains(".txt:2: blank line (one id per line)");

    CliRun spaced = drawFrom("a\n 11010519491231002X\n".getBytes(StandardCharsets.UTF_8));
    assertThat(spaced.exit()).isEqualTo(1);
    assertThat(spaced.err())
        .contains(".txt:2: spaces at the ends of the id \" 110105********002X\"")
        .doesNotContain("11010519491231002X");

    CliRun utf16 = drawFrom("a\nb\n".getBytes(StandardCharsets.UTF_16));
    assertThat(utf16.exit()).isEqualTo(1);
    assertThat(utf16.err()).contains(".txt:1: UTF-16").doesNotContain("Input length");

    CliRun twice = drawFrom("a\nb\na\n".getBytes(StandardCharsets.UTF_8));
    assertThat(twice.exit()).isEqualTo(1);
    assertThat(twice.err()).contains(".txt:3: \"a\" repeats line 1");
    Path candidates = Files.writeString(dir.resolve("candidates.txt"), "a\nb\na\n");
    CliRun rfc =
        CliRun.of(
            "sample",
            "rfc3797",
            "--key",
            "1.2.3./",
            "--candidates",
            candidates.toString(),
            "--count",
            "1");
    assertThat(rfc.exit()).isEqualTo(twice.exit());
    assertThat(rfc.err()).contains("candidates.txt:3: \"a\" repeats line 1");

    byte[] bad = {'a', '\n', 'b', '\n', (byte) 0xC3, '(', '\n'};
    CliRun notUtf8 = drawFrom(bad);
    assertThat(notUtf8.exit()).isEqualTo(1);
    assertThat(notUtf8.err()).contains(".txt:3: not UTF-8").doesNotContain("Input length");
  }

  @Test
  void aDirectoryOrAMissingFile_givenAsTheInput_isNamedInWords() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("a-folder"));
    CliRun validate = CliRun.of("validate", folder.toString());
    assertThat(validate.exit()).isEqualTo(2);
    assertThat(validate.err())
        .contains(Masking.redact("FILE " + folder + ": is a directory, not a file"));
    CliRun report = CliRun.of("report", folder.toString()); // checked with the options: usage
    assertThat(report.exit()).isEqualTo(2);
    assertThat(report.err()).contains("/a-folder: is a directory, not a file");
    CliRun missing = CliRun.of("validate", dir.resolve("nowhere.jsonl").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere.jsonl").doesNotContain("Exception");
  }

  /**
   * Every file a command reads is checked in one place: a directory or a path that names nothing is
   * a usage error, worded the same in every command, naming the option and the path.
   */
  /** A command line's words, each placeholder word replaced by its path. */
  private static String[] words(String command, Map<String, Path> paths) {
    return Stream.of(command.split(" "))
        .map(w -> paths.containsKey(w) ? paths.get(w).toString() : w)
        .toArray(String[]::new);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "validate BAD | FILE",
        "check BAD | FILE",
        "report BAD | FILE",
        "report VOLUMES --previous BAD | --previous",
        "notice BAD --sub-center SC01 | FILE",
        "training BAD --html OUT | FILE",
        "inspect plan BAD --total-ratio 0.1 --seed s | FILE",
        "sample draw --seed s --ids BAD --size 3 | --ids",
        "sample draw --seed s --volumes BAD --size 3 | --volumes",
        "schedule validate BAD | FILE",
        "check VOLUMES --rules BAD | --rules",
        "simulate --scenarios BAD | --scenarios",
        "handover --ledger BAD --batch B --volumes VOLUMES | --ledger",
        "transfer verify --ledger BAD | --ledger",
      })
  void anInputThatIsNoFile_isOneUsageError_inOneWording(String command, String label)
      throws IOException {
    Path volumes = generated("v.jsonl", 3);
    Path folder = Files.createDirectories(dir.resolve("a-folder"));
    Path nowhere = dir.resolve("nowhere.jsonl");
    for (Path bad : List.of(folder, nowhere)) {
      CliRun run =
          CliRun.of(
              words(
                  command, Map.of("BAD", bad, "VOLUMES", volumes, "OUT", dir.resolve("out.html"))));
      String problem = bad.equals(folder) ? "is a directory, not a file" : "no such file";
      assertThat(run.exit()).as(run.err()).isEqualTo(2);
      // Paths pass through the masking of messages like any text (a temporary folder's digits).
      assertThat(run.err()).startsWith(Masking.redact(label + " " + bad + ": " + problem + "\n"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "report VOLUMES --html DIR | --html",
        "training VOLUMES --html DIR | --html",
        "generate --seed 1 --volumes 2 --out DIR | --out",
        "generate --seed 1 --volumes 2 --out OTHER --truth DIR | --truth",
      })
  void anOutputThatIsADirectory_isAUsageError_andTheDirectoryStays(String command, String option)
      throws IOException {
    Path volumes = generated("v.jsonl", 3);
    Path folder = Files.createDirectories(dir.resolve("out-folder"));
    Files.writeString(folder.resolve("kept.txt"), "kept");
    CliRun run =
        CliRun.of(
            words(
                command,
                Map.of("DIR", folder, "VOLUMES", volumes, "OTHER", dir.resolve("other.jsonl"))));
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            Masking.redact(
                "Invalid value for option '"
                    + option
                    + "': "
                    + folder
                    + " is a directory; an output is a file\n"));
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left).containsExactly(folder.resolve("kept.txt"));
    }
  }

  @Test
  void theWriter_refusesADirectory_namingIt_andLeavesNothingBeside() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("target"));
    assertThatThrownBy(() -> OutputFiles.write(folder, "x"))
        .isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessage(folder + ": is a directory; an output is a file");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(folder);
    }
  }

  @Test
  void ioFailures_areDescribedInWords_neverAsAnExceptionClass() {
    assertThat(
            Siarchive.describe(
                new java.io.UncheckedIOException(new java.nio.file.NoSuchFileException("x.jsonl"))))
        .isEqualTo("x.jsonl: no such file");
    assertThat(Siarchive.describe(new java.nio.file.AccessDeniedException("y.json")))
        .isEqualTo("y.json: permission denied");
    assertThat(Siarchive.describe(new IOException())).isEqualTo("reading or writing failed");
    assertThat(
            Siarchive.describe(
                new java.io.UncheckedIOException("Cannot read z: gone", new IOException("gone"))))
        .isEqualTo("Cannot read z: gone");
  }
}
