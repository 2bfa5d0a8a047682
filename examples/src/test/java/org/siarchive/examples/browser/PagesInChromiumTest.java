package org.siarchive.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.examples.cli.Siarchive;

/**
 * The pages the command line writes, opened in a real headless Chromium: the quality analysis
 * report of a synthetic city, its storage plan and its simulated year (5 scenarios). Each is
 * screenshotted (under {@code target/browser/}), has no console error and no text that overflows
 * its box or leaves its chart, on the screen and at an A4 page's width. A broken page is caught:
 * the last tests break pages on purpose.
 */
class PagesInChromiumTest {
  static final Path SHOTS = Path.of("target", "browser");

  @TempDir static Path dir;
  static HeadlessChromium chromium;

  @BeforeAll
  static void start() {
    chromium = HeadlessChromium.start(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** The command line run in-process: its exit status and standard error. */
  private record Run(int exit, String err) {}

  private static Run cli(String... args) {
    StringWriter err = new StringWriter();
    int exit =
        Siarchive.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    return new Run(exit, err.toString());
  }

  private static void generate(String volumes, String seed, Path out, String... more) {
    String[] args = {"generate", "--volumes", volumes, "--seed", seed, "--out", out.toString()};
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    Run run = cli(all);
    assertThat(run.exit()).as(run.err()).isZero();
  }

  @Test
  void qualityReport_ofASyntheticCity_rendersWithoutErrorsOrOverflow() throws IOException {
    Path now = dir.resolve("now.jsonl");
    Path before = dir.resolve("before.jsonl");
    generate("3000", "7", now);
    generate("1200", "8", before);
    Path html = SHOTS.resolve("quality-report.html");
    Files.createDirectories(SHOTS);
    Run run =
        cli("report", now.toString(), "--previous", before.toString(), "--html", html.toString());
    assertThat(run.exit()).as(run.err()).isZero();

    HeadlessChromium.Page page = chromium.load(html, SHOTS, "quality-report");

    assertRendered(page);
  }

  @Test
  void storagePlan_ofASyntheticCity_rendersWithoutErrorsOrOverflow() throws IOException {
    Path rooms = dir.resolve("rooms.json");
    generate("1", "7", dir.resolve("one.jsonl"), "--rooms", rooms.toString());
    Path html = SHOTS.resolve("storage-plan.html");
    Files.createDirectories(SHOTS);
    Run run =
        cli(
            "storage",
            "plan",
            "--rooms",
            rooms.toString(),
            "--horizon",
            "24",
            "--html",
            html.toString());
    assertThat(run.exit()).as(run.err()).isZero();

    HeadlessChromium.Page page = chromium.load(html, SHOTS, "storage-plan");

    assertRendered(page);
  }

  @Test
  void load_pageWithAScriptErrorAndAMissingImage_reportsBothOnTheConsole() throws IOException {
    Path html = dir.resolve("broken-console.html");
    Files.writeString(
        html,
        "<!DOCTYPE html><html><body><p>x</p><img src=\"missing.png\" alt=\"m\">"
            + "<script>throw new Error('boom from the page')</script></body></html>",
        StandardCharsets.UTF_8);

    HeadlessChromium.Page page = chromium.load(html, dir, "broken-console");

    assertThat(page.console())
        .anySatisfy(m -> assertThat(m).contains("boom from the page"))
        .anySatisfy(m -> assertThat(m).contains("missing.png"));
  }

  @Test
  void load_pageWithCutTextAndASvgLabelOutsideItsChart_reportsEach() throws IOException {
    Path html = dir.resolve("broken-layout.html");
    Files.writeString(
        html,
        "<!DOCTYPE html><html><body>"
            + "<div style=\"width:80px;white-space:nowrap;overflow:hidden\">养老保险待遇核定表缺失很长</div>"
            + "<svg width=\"100\" height=\"40\" viewBox=\"0 0 100 40\">"
            + "<text x=\"60\" y=\"20\">a label far too long for this chart</text>"
            + "<text x=\"10\" y=\"20\" transform=\"rotate(60 10 20)\">rotated off the bottom</text>"
            + "</svg><div style=\"width:2000px\">a page wider than an A4 sheet</div>"
            + "</body></html>",
        StandardCharsets.UTF_8);

    HeadlessChromium.Page page = chromium.load(html, dir, "broken-layout");

    assertThat(page.layout())
        .anySatisfy(m -> assertThat(m).contains("text overflows its box").contains("养老保险"))
        .anySatisfy(m -> assertThat(m).contains("leaves its viewBox").contains("far too long"))
        .anySatisfy(m -> assertThat(m).contains("leaves its viewBox").contains("rotated off"))
        .anySatisfy(m -> assertThat(m).startsWith("A4 print: page wider than the window"));
  }

  @Test
  void simulation_ofASyntheticCity_rendersWithoutErrorsOrOverflow() throws IOException {
    Path html = SHOTS.resolve("simulation.html");
    Files.createDirectories(SHOTS);
    Run run =
        cli(
            "simulate",
            "--replications",
            "3",
            "--horizon-days",
            "63",
            "--seed",
            "9",
            "--threads",
            "2",
            "--html",
            html.toString());
    assertThat(run.exit()).as(run.err()).isZero();

    HeadlessChromium.Page page = chromium.load(html, SHOTS, "simulation");

    assertRendered(page);
  }

  private static void assertRendered(HeadlessChromium.Page page) throws IOException {
    assertThat(page.console()).as("console of %s", page.file()).isEmpty();
    assertThat(page.layout()).as("layout of %s", page.file()).isEmpty();
    for (Path shot : java.util.List.of(page.firstScreen(), page.wholePage(), page.a4())) {
      assertPainted(shot);
    }
  }

  /** A PNG of real size that shows more than a blank background. */
  private static void assertPainted(Path png) throws IOException {
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).as(png.toString()).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).as(png.toString()).isGreaterThanOrEqualTo(600);
    assertThat(image.getHeight()).as(png.toString()).isGreaterThanOrEqualTo(400);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight() && colours.size() < 16; y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours).as("colours painted in %s", png).hasSizeGreaterThanOrEqualTo(16);
  }
}
