package org.siarchive.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.examples.cli.Siarchive;

/**
 * The pages the command line writes, opened in a real headless Chromium: the quality analysis
 * report of a synthetic city, its storage plan, its simulated year (5 scenarios), the hand-over
 * form of a batch phase 2 stored (its counts, digest, tree head and signatures read back from the
 * rendered page) and the training brief (its rates and trends read back likewise). Each is
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

  /** The command line run in-process: its exit status, standard output and standard error. */
  private record Run(int exit, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Siarchive.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  /** The JSON document a successful run printed. */
  private static JsonNode json(Run run) throws IOException {
    assertThat(run.exit()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
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

  @Test
  void handOverForm_ofAStoredBatch_rendersWithoutErrorsOrOverflow_andShowsTheFormsFacts()
      throws IOException {
    Path city = dir.resolve("handover-city.jsonl");
    Path roster = dir.resolve("handover-roster.json");
    Path ledger = dir.resolve("handover-ledger.jsonl");
    Path handedOver = dir.resolve("handed-over.jsonl");
    generate("300", "11", city, "--roster", roster.toString());
    JsonNode runs =
        json(
            cli(
                "transfer",
                "run",
                "--phase",
                "2",
                "--volumes",
                city.toString(),
                "--roster",
                roster.toString(),
                "--ledger",
                ledger.toString(),
                "--seed",
                "11",
                "--handed-over",
                handedOver.toString(),
                "--json"));
    String batch = null;
    for (JsonNode b : runs.get("batches")) {
      if (b.get("state").asText().equals("STORED")) {
        batch = b.get("batch").asText();
        break;
      }
    }
    assertThat(batch).as("a stored batch").isNotNull();
    Path html = SHOTS.resolve("handover-form.html");
    Files.createDirectories(SHOTS);
    JsonNode form =
        json(
            cli(
                "handover",
                "--ledger",
                ledger.toString(),
                "--batch",
                batch,
                "--volumes",
                handedOver.toString(),
                "--json",
                "--html",
                html.toString()));

    HeadlessChromium.Page page = chromium.load(html, SHOTS, "handover-form");

    assertRendered(page);
    assertThat(page.tables()).hasSize(4);
    Map<String, String> facts = new LinkedHashMap<>();
    for (List<String> row : page.tables().get(0)) {
      facts.put(row.get(0), row.get(1));
    }
    assertThat(facts)
        .containsEntry("移交批次 Batch", batch)
        .containsEntry("移交单位 Sub-centre", form.get("subCenter").asText())
        .containsEntry("案卷数 Volumes", form.get("volumes").asText())
        .containsEntry("件数 Items", form.get("items").asText())
        .containsEntry("页数 Pages", form.get("pages").asText())
        .containsEntry("图像数 Images", form.get("images").asText())
        .containsEntry("数据量 Bytes", String.format(Locale.ROOT, "%,d", form.get("bytes").asLong()))
        .containsEntry(
            "数据包摘要 Package digest (" + form.at("/digest/algorithm").asText() + ")",
            form.at("/digest/value").asText());
    assertThat(form.at("/digest/value").asText()).hasSize(64);
    List<List<String>> properties = page.tables().get(1);
    assertThat(properties).hasSize(5);
    int i = 1;
    for (String p : List.of("authenticity", "integrity", "usability", "security")) {
      JsonNode r = form.get("fourProperties").get(p);
      assertThat(properties.get(i++).subList(1, 3))
          .as(p)
          .containsExactly(r.get("result").asText(), r.get("detail").asText());
    }
    JsonNode head = form.get("treeHead");
    assertThat(page.tables().get(2).get(0))
        .containsExactly(
            "账本树头 Ledger tree head",
            head.get("treeSize").asText()
                + " "
                + head.get("algorithm").asText()
                + " "
                + head.get("rootHash").asText());
    List<List<String>> signed = page.tables().get(3);
    assertThat(form.get("signatures")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(signed).hasSize(form.get("signatures").size() + 1);
    for (int s = 0; s < form.get("signatures").size(); s++) {
      JsonNode sig = form.get("signatures").get(s);
      assertThat(signed.get(s + 1))
          .containsExactly(
              sig.get("role").asText(), sig.get("person").asText(), sig.get("time").asText());
    }
    assertThat(page.text()).contains("电子档案移交与接收登记表");
  }

  @Test
  void trainingBrief_ofASyntheticCity_rendersWithoutErrorsOrOverflow_andShowsRatesAndTrends()
      throws IOException {
    Path now = dir.resolve("training-now.jsonl");
    Path before = dir.resolve("training-before.jsonl");
    generate("2000", "21", now);
    generate("1500", "22", before);
    Path previous = dir.resolve("training-previous.json");
    Files.writeString(previous, cli("report", before.toString(), "--json").out());
    String national = cli("schedule", "show", "--json").out();
    Path from = Files.writeString(dir.resolve("from-edition.json"), national);
    Path to =
        Files.writeString(
            dir.resolve("to-edition.json"),
            national.replace("\"period\" : \"D10\"", "\"period\" : \"D30\""));
    Path html = SHOTS.resolve("training-brief.html");
    Files.createDirectories(SHOTS);
    JsonNode brief =
        json(
            cli(
                "training",
                now.toString(),
                "--previous",
                previous.toString(),
                "--from-edition",
                from.toString(),
                "--to-edition",
                to.toString(),
                "--html",
                html.toString(),
                "--json"));

    HeadlessChromium.Page page = chromium.load(html, SHOTS, "training-brief");

    assertRendered(page);
    List<JsonNode> scopes = new ArrayList<>();
    scopes.add(brief.get("city"));
    brief.get("subCenters").forEach(scopes::add);
    List<JsonNode> withTopics = scopes.stream().filter(s -> !s.get("pareto").isEmpty()).toList();
    assertThat(withTopics).hasSizeGreaterThan(1);
    assertThat(page.tables()).hasSize(withTopics.size());
    Set<String> trends = new HashSet<>();
    for (int t = 0; t < withTopics.size(); t++) {
      JsonNode scope = withTopics.get(t);
      assertThat(page.text())
          .contains(
              String.format(
                  Locale.ROOT,
                  "%d volumes checked, %d defects",
                  scope.get("checked").asLong(),
                  scope.get("defects").asLong()));
      List<List<String>> rows = page.tables().get(t);
      assertThat(rows).hasSize(scope.get("pareto").size() + 1);
      for (int r = 0; r < scope.get("pareto").size(); r++) {
        JsonNode topic = scope.get("pareto").get(r);
        List<String> row = rows.get(r + 1);
        assertThat(row.get(0)).startsWith(topic.get("zh").asText());
        // The rate shown is defects per volume checked, not the count, and so is the previous one.
        assertThat(new BigDecimal(row.get(1)))
            .as("rate of %s", topic.get("code"))
            .isEqualByComparingTo(ratio(topic.get("defects").asLong(), scope.get("checked")))
            .isLessThan(BigDecimal.valueOf(topic.get("defects").asLong()));
        JsonNode rateBefore = topic.path("rateBefore");
        if (rateBefore.isNull() || rateBefore.isMissingNode()) {
          assertThat(row.get(2)).isEqualTo("–");
        } else {
          assertThat(new BigDecimal(row.get(2))).isEqualByComparingTo(rateBefore.decimalValue());
        }
        String trend = topic.get("trend").asText();
        trends.add(trend);
        assertThat(row.get(3))
            .as("trend of %s", topic.get("code"))
            .contains(
                switch (trend) {
                  case "UP" -> "上升";
                  case "DOWN" -> "下降";
                  case "SAME" -> "持平";
                  case "NEW" -> "新";
                  default -> "–";
                });
        assertThat(row.get(4)).contains(topic.get("guidanceZh").asText());
      }
    }
    assertThat(trends).as("trends shown").contains("UP", "DOWN");
    assertThat(page.text()).contains(brief.at("/editionChanges/zh/0").asText());
  }

  /** {@code defects / checked} to 4 places, half-even: the brief's rate, independently. */
  private static BigDecimal ratio(long defects, JsonNode checked) {
    return BigDecimal.valueOf(defects)
        .divide(BigDecimal.valueOf(checked.asLong()), 4, RoundingMode.HALF_EVEN);
  }

  private static void assertRendered(HeadlessChromium.Page page) throws IOException {
    assertThat(page.console()).as("console of %s", page.file()).isEmpty();
    assertThat(page.layout()).as("layout of %s", page.file()).isEmpty();
    for (Path shot : List.of(page.firstScreen(), page.wholePage(), page.a4())) {
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
