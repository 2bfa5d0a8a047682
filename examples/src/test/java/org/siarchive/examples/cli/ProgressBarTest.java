package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressBarTest {
  @TempDir Path dir;

  @Test
  void render_showsTheBarThePercentAndTheCounts() {
    assertThat(ProgressBar.render("check", 0, 200, 10))
        .isEqualTo("check [..........]   0.0% 0/200 records");
    assertThat(ProgressBar.render("check", 90, 200, 10))
        .isEqualTo("check [####......]  45.0% 90/200 records");
    assertThat(ProgressBar.render("report", 27_432, 27_432, 10))
        .isEqualTo("report [##########] 100.0% 27,432/27,432 records");
    assertThat(ProgressBar.render("validate", 1, 1, 4))
        .isEqualTo("validate [####] 100.0% 1/1 record");
  }

  @Test
  void render_roundsDown_soTheBarIsFullOnlyAtTheEnd_andCapsACountAboveTheTotal() {
    assertThat(ProgressBar.render("c", 999, 1000, 10)).contains("[#########.]  99.9%");
    assertThat(ProgressBar.render("c", 1999, 2000, 10)).contains("[#########.]  99.9%");
    assertThat(ProgressBar.render("c", 12, 10, 5)).isEqualTo("c [#####] 100.0% 12/10 records");
    assertThat(ProgressBar.render("c", 0, 0, 5)).isEqualTo("c [#####] 100.0% 0/0 records");
  }

  @Test
  void permille_isMonotoneAndExact() {
    long total = 7_919;
    long previous = -1;
    for (long done = 0; done <= total; done++) {
      long p = ProgressBar.permille(done, total);
      assertThat(p).isBetween(previous, 1000L).isEqualTo(done * 1000 / total);
      previous = p;
    }
    assertThat(previous).isEqualTo(1000);
  }

  @Test
  void live_redrawsInPlace_atMostOncePerTenthOfAPercent_andEndsTheLine() {
    StringWriter err = new StringWriter();
    long total = 250_000;
    try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "check", total, true)) {
      for (long i = 0; i < total; i++) {
        bar.step();
      }
    }
    String written = err.toString();
    List<String> frames = Arrays.asList(written.split("\r", -1));
    // "" before the first \r, then 1001 frames (0.0% to 100.0%) and the closing one.
    assertThat(frames.get(0)).isEmpty();
    assertThat(frames).hasSize(1 + 1001 + 1);
    assertThat(written).doesNotContain("\n" + "check").endsWith(System.lineSeparator());
    assertThat(frames.get(frames.size() - 1).strip())
        .isEqualTo("check [" + "#".repeat(30) + "] 100.0% 250,000/250,000 records");
  }

  @Test
  void silent_offATerminal_writesNothing() {
    StringWriter err = new StringWriter();
    try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "check", 10, false)) {
      for (int i = 0; i < 100; i++) {
        bar.step();
      }
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void start_withoutATerminal_isSilent_andReadsNothing() {
    // The test JVM has no console; the file does not even exist: it is not counted.
    StringWriter err = new StringWriter();
    try (ProgressBar bar =
        ProgressBar.start(new PrintWriter(err), "check", dir.resolve("absent.jsonl"))) {
      bar.step();
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void lines_countsALastLineWithoutANewline() throws IOException {
    Path a = Files.writeString(dir.resolve("a"), "x\ny\nz", StandardCharsets.UTF_8);
    Path b = Files.writeString(dir.resolve("b"), "x\ny\nz\n", StandardCharsets.UTF_8);
    Path empty = Files.writeString(dir.resolve("e"), "", StandardCharsets.UTF_8);
    assertThat(ProgressBar.lines(a)).isEqualTo(3);
    assertThat(ProgressBar.lines(b)).isEqualTo(3);
    assertThat(ProgressBar.lines(empty)).isZero();
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      big.append("{}\n");
    }
    Path many = Files.writeString(dir.resolve("m"), big, StandardCharsets.UTF_8);
    assertThat(ProgressBar.lines(many)).isEqualTo(100_000);
  }
}
