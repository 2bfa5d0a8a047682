package org.siarchive.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.model.Volume;
import org.siarchive.examples.cli.Siarchive;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.rules.quality.Stage;

/**
 * Holdings whose volume ids repeat within a split, across the splits of a file and across files
 * (and a bad record before an id's first valid line), on local[2] against the single-machine
 * command over the files one after the other: the documents are equal byte for byte, the later
 * occurrences are rejected with the sequential reader's line and message, and read = valid +
 * rejected. And the draw of one stratum against {@code sample draw --volumes --sub-center
 * --business-type}.
 */
class SplitReadingTest {
  private static final int VOLUMES = 2400;
  private static final int FILES = 3;
  private static final long SPLIT = 40_000;

  @TempDir static Path dir;
  private static SparkSession spark;
  private static SyntheticCity city;
  private static Path repeated;
  private static Path repeatedAll;
  private static Path clean;
  private static Path cleanAll;
  private static final List<Path> files = new ArrayList<>();
  private static final long[] linesBeforeFile = new long[FILES];

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
    city = SyntheticCity.of(29L, 2015);
    repeated = Files.createDirectories(dir.resolve("repeated"));
    clean = Files.createDirectories(dir.resolve("clean"));
    StringBuilder[] parts = new StringBuilder[FILES];
    StringBuilder[] cleanParts = new StringBuilder[FILES];
    for (int f = 0; f < FILES; f++) {
      parts[f] = new StringBuilder();
      cleanParts[f] = new StringBuilder();
    }
    for (int i = 0; i < VOLUMES; i++) {
      int f = i * FILES / VOLUMES;
      StringBuilder b = parts[f];
      String line = line(i);
      if (i % 211 == 17) {
        b.append(line, 0, line.length() / 3).append('\n'); // a bad record before the id's first
      }
      b.append(line).append(i % 5 == 0 ? "\r\n" : "\n");
      cleanParts[f].append(line).append('\n');
      if (i % 97 == 40) {
        b.append(line(i - 3)).append('\n'); // close by: the same split, mostly
      }
      if (i % 131 == 60 && i >= 120) {
        b.append(line(i - 120)).append('\n'); // some splits back
      }
      if (f > 0 && i % 173 == 5) {
        b.append(line(i - VOLUMES / FILES)).append('\n'); // a file back
      }
      if (i % 389 == 1) {
        b.append(line(i + 500 < VOLUMES ? i + 500 : 0)).append('\n'); // before its own line
      }
    }
    StringBuilder whole = new StringBuilder();
    StringBuilder cleanWhole = new StringBuilder();
    long lines = 0;
    for (int f = 0; f < FILES; f++) {
      Path p = repeated.resolve("part-" + f + ".jsonl");
      Files.writeString(p, parts[f], StandardCharsets.UTF_8);
      Files.writeString(clean.resolve("part-" + f + ".jsonl"), cleanParts[f]);
      files.add(p);
      linesBeforeFile[f] = lines;
      lines += parts[f].chars().filter(c -> c == '\n').count();
      whole.append(parts[f]);
      cleanWhole.append(cleanParts[f]);
    }
    repeatedAll = Files.writeString(dir.resolve("repeated.jsonl"), whole);
    cleanAll = Files.writeString(dir.resolve("clean.jsonl"), cleanWhole);
  }

  private static String line(int i) {
    return ArchiveJson.writeVolume(city.volume(i).volume());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    Siarchive.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    return out.toString();
  }

  /** One sequential reader over the files one after the other: its rejected lines and valid ids. */
  private record Sequential(List<LineResult.Rejected> rejected, List<String> ids) {}

  private static Sequential sequential(Path file) throws IOException {
    List<LineResult.Rejected> rejected = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (JsonLinesReader reader = JsonLinesReader.open(file)) {
      reader.forEach(
          r -> {
            if (r instanceof LineResult.Decoded d) {
              ids.add(d.volume().id());
            } else {
              rejected.add((LineResult.Rejected) r);
            }
          });
    }
    return new Sequential(rejected, ids);
  }

  @Test
  void report_withIdsRepeatedAcrossSplitsAndFiles_isTheCommandsReport_byteForByte()
      throws IOException {
    Holdings in = Holdings.at(spark, repeated.toString(), SPLIT);
    assertThat(in.splitCount()).isGreaterThan(3 * FILES);
    Sequential one = sequential(repeatedAll);
    long repeats =
        one.rejected().stream().filter(r -> r.message().startsWith("duplicate volume id")).count();
    assertThat(repeats).as("the holdings repeat ids").isGreaterThan(40);

    JobResult r =
        QualityJob.report(
            in,
            new QualityJob.Request(
                repeatedAll.toString(),
                Stage.ALL,
                null,
                null,
                null,
                new BigDecimal("0.95"),
                Instant.now()));

    assertThat(r.documentText()).isEqualTo(cli("report", "--json", repeatedAll.toString()));
    assertThat(r.read().valid()).isEqualTo(VOLUMES).isEqualTo(one.ids().size());
    assertThat(r.read().rejected()).isEqualTo(one.rejected().size());
    assertThat(r.read().read()).isEqualTo(r.read().valid() + r.read().rejected());
    List<RejectedLine> expected = new ArrayList<>();
    for (LineResult.Rejected j : one.rejected()) {
      int f = FILES - 1;
      while (linesBeforeFile[f] >= j.line()) {
        f--;
      }
      expected.add(
          new RejectedLine(
              "file:" + files.get(f), j.line() - linesBeforeFile[f], j.pointer(), j.message()));
    }
    assertThat(r.rejected()).isEqualTo(expected);
    assertThat(r.rejected())
        .as("later occurrences name the first line, in another file too")
        .anySatisfy(
            j -> {
              assertThat(j.file()).endsWith("part-2.jsonl");
              assertThat(j.message()).startsWith("duplicate volume id ");
              long first = Long.parseLong(j.message().replaceAll(".*first on line ", ""));
              assertThat(first).isLessThanOrEqualTo(linesBeforeFile[2]);
            });
  }

  @Test
  void impact_ofOneFileWithRepeatedIds_isTheCommandsDocument_byteForByte() throws IOException {
    Path edition = dir.resolve("edition.json");
    Files.writeString(edition, ImpactEdition.LOCAL, StandardCharsets.UTF_8);
    String expected =
        cli(
            "schedule",
            "impact",
            "--edition",
            edition.toString(),
            "--volumes",
            repeatedAll.toString(),
            "--json");
    JobResult r =
        ImpactJob.impact(
            Holdings.at(spark, repeatedAll.toString(), SPLIT),
            new ImpactJob.Request(RuleFile.read(edition), null, Instant.now()));

    assertThat(r.documentText()).isEqualTo(expected).contains("duplicate volume id");
    assertThat(r.read().valid()).isEqualTo(VOLUMES);
  }

  @Test
  void draw_withRepeatedIds_drawsFromTheValidVolumesOnce() throws IOException {
    Path ids = dir.resolve("ids.txt");
    Files.write(ids, sequential(repeatedAll).ids());
    JobResult r =
        DrawJob.draw(
            Holdings.at(spark, repeated.toString(), SPLIT),
            DrawJob.Request.ofSize("2026-12-02 公证", 60));

    assertThat(r.documentText())
        .isEqualTo(
            cli(
                "sample",
                "draw",
                "--seed",
                "2026-12-02 公证",
                "--ids",
                ids.toString(),
                "--size",
                "60",
                "--json"));
    assertThat(r.read().read()).isEqualTo(r.read().valid() + r.read().rejected());
  }

  @Test
  void drawOfAStratum_isTheCommandsDrawOverTheVolumesFile_byteForByte() {
    Volume v = city.volume(7).volume();
    String subCenter = v.subCenterId();
    String type = v.businessType().toString();
    Holdings in = Holdings.at(spark, clean.toString(), SPLIT);

    JobResult both =
        DrawJob.draw(in, DrawJob.Request.ofSize("S-2026", 12).withStratum(subCenter, type));
    String expectedBoth =
        cli(
            "sample",
            "draw",
            "--seed",
            "S-2026",
            "--volumes",
            cleanAll.toString(),
            "--sub-center",
            subCenter,
            "--business-type",
            type,
            "--size",
            "12",
            "--json");
    assertThat(both.documentText()).isEqualTo(expectedBoth).contains(v.id());

    JobResult bySubCenter =
        DrawJob.draw(
            in,
            DrawJob.Request.ofRate("S-2026", new BigDecimal("0.05")).withStratum(subCenter, null));
    String expectedSubCenter =
        cli(
            "sample",
            "draw",
            "--seed",
            "S-2026",
            "--volumes",
            cleanAll.toString(),
            "--sub-center",
            subCenter,
            "--rate",
            "0.05",
            "--json");
    assertThat(bySubCenter.documentText()).isEqualTo(expectedSubCenter);
    assertThat(bySubCenter.document()).isNotEqualTo(both.document());
  }
}
