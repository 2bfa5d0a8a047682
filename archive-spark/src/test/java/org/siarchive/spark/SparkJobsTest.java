package org.siarchive.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.examples.cli.Siarchive;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.rules.quality.Stage;

/**
 * Each job on local[2] over generated holdings (3,000 volumes of the synthetic city in three files,
 * with bad records, blank lines and CRLF, cut into many splits) against the single-machine command
 * over the same records: the documents are equal byte for byte, and every rejected record keeps its
 * file and line.
 */
class SparkJobsTest {
  private static final int VOLUMES = 3000;

  /** Small splits, so that every file is cut many times and lines cross split ends. */
  private static final long SPLIT = 40_000;

  @TempDir static Path dir;
  private static SparkSession spark;
  private static Path holdings;
  private static Path all;
  private static Path ids;
  private static final List<Path> files = new ArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("siarchive-test")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    holdings = Files.createDirectories(dir.resolve("holdings"));
    SyntheticCity city = SyntheticCity.of(13L, 2012);
    StringBuilder[] parts = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
    StringBuilder idList = new StringBuilder();
    for (int i = 0; i < VOLUMES; i++) {
      StringBuilder b = parts[i * 3 / VOLUMES];
      String volume = ArchiveJson.writeVolume(city.volume(i).volume());
      b.append(volume).append(i % 7 == 0 ? "\r\n" : "\n");
      idList.append(city.volume(i).volume().id()).append('\n');
      if (i % 401 == 5) {
        b.append("{\"schemaVersion\": 1, \"id\": 12}\n");
      }
      if (i % 577 == 9) {
        b.append("   \n");
      }
      if (i % 613 == 3) {
        b.append(volume, 0, volume.length() / 2).append('\n'); // a truncated record
      }
    }
    StringBuilder whole = new StringBuilder();
    for (int f = 0; f < parts.length; f++) {
      Path p = holdings.resolve("part-" + f + ".jsonl");
      Files.writeString(p, parts[f], StandardCharsets.UTF_8);
      files.add(p);
      whole.append(parts[f]);
    }
    all = Files.writeString(dir.resolve("all.jsonl"), whole, StandardCharsets.UTF_8);
    ids = Files.writeString(dir.resolve("ids.txt"), idList, StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** The single-machine command's standard output and exit status. */
  private record Cli(int exit, String out) {}

  private static Cli cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Siarchive.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Cli(exit, out.toString());
  }

  /** The rejected records of one file read on one machine. */
  private static List<RejectedLine> rejectedOf(Path file, String name) throws IOException {
    List<RejectedLine> out = new ArrayList<>();
    try (JsonLinesReader reader = JsonLinesReader.open(file)) {
      reader.forEach(
          r -> {
            if (r instanceof LineResult.Rejected j) {
              out.add(new RejectedLine(name, j.line(), j.pointer(), j.message()));
            }
          });
    }
    return out;
  }

  @Test
  void report_overThreeFilesInManySplits_isTheCommandsReport_byteForByte() throws IOException {
    Cli expected = cli("report", "--json", all.toString());
    Holdings in = Holdings.at(spark, holdings.toString(), SPLIT);
    assertThat(in.splitCount()).isGreaterThan(20);

    JobResult r =
        QualityJob.report(
            in,
            new QualityJob.Request(
                all.toString(),
                Stage.ALL,
                null,
                null,
                null,
                new BigDecimal("0.95"),
                Instant.now()));

    assertThat(r.documentText()).isEqualTo(expected.out());
    assertThat(expected.exit()).isEqualTo(1);
    assertThat(r.read().valid()).isEqualTo(VOLUMES);
    assertThat(r.read().read()).isEqualTo(r.read().valid() + r.read().rejected());
    List<RejectedLine> perFile = new ArrayList<>();
    for (Path f : files) {
      perFile.addAll(rejectedOf(f, "file:" + f));
    }
    assertThat(r.rejected()).isNotEmpty().isEqualTo(perFile);
  }

  @Test
  void report_ofAStage_withHeader_matchesTheCommand() {
    Cli expected =
        cli(
            "report",
            "--json",
            "--stage",
            "pre-acceptance",
            "--batch",
            "B2026-12",
            "--issuing-unit",
            "某市社会保险事业管理中心档案馆",
            "--acceptance-rate",
            "97.5%",
            all.toString());
    JobResult r =
        QualityJob.report(
            Holdings.at(spark, all.toString(), 100_000),
            new QualityJob.Request(
                all.toString(),
                Stage.parse("pre-acceptance"),
                null,
                "B2026-12",
                "某市社会保险事业管理中心档案馆",
                new BigDecimal("0.975"),
                Instant.now()));
    assertThat(r.documentText()).isEqualTo(expected.out());
  }

  @Test
  void impact_ofOneFileInManySplits_isTheCommandsDocument_byteForByte() throws IOException {
    Path edition = dir.resolve("edition.json");
    Files.writeString(edition, ImpactEdition.LOCAL, StandardCharsets.UTF_8);
    Cli expected =
        cli(
            "schedule",
            "impact",
            "--edition",
            edition.toString(),
            "--volumes",
            all.toString(),
            "--json");
    JobResult r =
        ImpactJob.impact(
            Holdings.at(spark, all.toString(), SPLIT),
            new ImpactJob.Request(RuleFile.read(edition), null, Instant.now()));

    assertThat(r.documentText()).isEqualTo(expected.out());
    assertThat(expected.out()).contains("\"LONGER\"").contains("\"rejections\"");
    assertThat(r.rejected()).isEqualTo(rejectedOf(all, "file:" + all));
  }

  @Test
  void draws_bySizeAndRate_areTheCommandsRecords_byteForByte() {
    Holdings in = Holdings.at(spark, holdings.toString(), SPLIT);
    Cli bySize =
        cli(
            "sample",
            "draw",
            "--seed",
            "2026-12-02 公证",
            "--ids",
            ids.toString(),
            "--size",
            "80",
            "--json");
    assertThat(DrawJob.draw(in, DrawJob.Request.ofSize("2026-12-02 公证", 80)).documentText())
        .isEqualTo(bySize.out());
    Cli byRate =
        cli("sample", "draw", "--seed", "S", "--ids", ids.toString(), "--rate", "0.03", "--json");
    assertThat(DrawJob.draw(in, DrawJob.Request.ofRate("S", new BigDecimal("0.03"))).documentText())
        .isEqualTo(byRate.out());
  }

  @Test
  void mainClass_writesTheDocumentAndTheRejected_andExitsAsTheCommandDoes() throws IOException {
    Path out = dir.resolve("out/report.json");
    Files.createDirectories(out.getParent());
    Path rejected = dir.resolve("out/rejected.jsonl");
    Map<String, String> o = new HashMap<>();
    o.put("--input", holdings.toString());
    o.put("--label", all.toString());
    o.put("--out", out.toString());
    o.put("--rejected", rejected.toString());
    o.put("--split-mb", "1");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        SiarchiveSpark.run(
            spark, "report", o, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));

    assertThat(exit).as("rejected records make the exit 1, as the command's").isEqualTo(1);
    assertThat(Files.readString(out)).isEqualTo(cli("report", "--json", all.toString()).out());
    List<String> lines = Files.readAllLines(rejected);
    assertThat(lines).hasSize(rejectedOf(all, "x").size());
    // The first bad record follows the fourth volume of the first file.
    assertThat(lines.get(0)).contains("part-0.jsonl").contains("\"line\":5");
    int n = lines.size();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("read " + (VOLUMES + n) + " = valid " + VOLUMES + " + rejected " + n);
    try (var listing = Files.list(out.getParent())) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .as("no temporary file is left")
          .containsExactlyInAnyOrder("report.json", "rejected.jsonl");
    }
  }

  @Test
  void usageErrors_exit2_beforeAnyJob() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err);
    PrintStream o = new PrintStream(new ByteArrayOutputStream());
    assertThat(SiarchiveSpark.run(new String[] {"frobnicate"}, o, e)).isEqualTo(2);
    assertThat(SiarchiveSpark.run(new String[] {"report", "--stage", "all"}, o, e)).isEqualTo(2);
    assertThat(SiarchiveSpark.run(new String[] {"report", "--input"}, o, e)).isEqualTo(2);
    Map<String, String> draw = new HashMap<>();
    draw.put("--input", holdings.toString());
    draw.put("--seed", "S");
    assertThat(SiarchiveSpark.run(spark, "draw", draw, o, e)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("exactly one of --size and --rate")
        .contains("--input PATH is required");
  }
}
