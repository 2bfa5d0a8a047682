package org.siarchive.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.examples.cli.Siarchive;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.rules.quality.Stage;

/**
 * The Spark benchmark, run by hand (not a test, not run by {@code verify}): the quality report of
 * generated holdings by the single-machine command ({@code siarchive report --json FILE}, which
 * runs its checks on every core) against {@link QualityJob} on {@code local[2]} and on {@code
 * local[1]}, on this machine. Every run must give the same document; each is timed {@code repeats}
 * times after one warm-up, and the best time is printed with the ratios.
 *
 * <p>The holdings (about {@code MB} MiB of the synthetic city, {@value #FILES} files for Spark and
 * their concatenation for the command) are generated once under {@code DIR/<MB>mb} and reused.
 *
 * <pre>{@code
 * mvn -o -q -B verify -pl archive-spark -am -DskipTests -Djacoco.skip=true -Pspark-bench \
 *     -Dspark.bench.mb=1024 -Dspark.bench.repeats=3
 * }</pre>
 *
 * Arguments: MB (default 1024), repeats (3), DIR (target/spark-bench), split MiB (64).
 */
public final class SparkBench {
  static final int FILES = 8;

  private SparkBench() {}

  public static void main(String[] args) throws IOException {
    int mb = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path root = Path.of(args.length > 2 ? args[2] : "target/spark-bench");
    long split = (args.length > 3 ? Long.parseLong(args[3]) : 64) << 20;
    Path data = holdings(root, mb);
    Path all = data.resolve("all.jsonl");
    Path parts = data.resolve("parts");
    System.out.printf(
        Locale.ROOT,
        "%s: %d MiB, %s volumes; %d files for Spark, split %d MiB; %d cores%n",
        data,
        Files.size(all) >> 20,
        Files.readString(data.resolve("READY")).strip(),
        FILES,
        split >> 20,
        Runtime.getRuntime().availableProcessors());
    Instant now = Instant.now();
    String[] command = {"report", "--json", all.toString()};
    List<String> documents = new ArrayList<>();
    double single =
        best(
            repeats,
            () -> {
              StringWriter out = new StringWriter();
              Siarchive.run(command, new PrintWriter(out), new PrintWriter(Writer.nullWriter()));
              return out.toString();
            },
            documents);
    System.out.printf(Locale.ROOT, "one machine (siarchive report --json): %.2f s%n", single);
    double[] spark = new double[2];
    for (int cores = 2; cores >= 1; cores--) {
      SparkSession session =
          SparkSession.builder()
              .master("local[" + cores + "]")
              .appName("siarchive-bench")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.ui.enabled", "false")
              .getOrCreate();
      try {
        spark[cores - 1] =
            best(
                repeats,
                () ->
                    QualityJob.report(
                            Holdings.at(session, parts.toString(), split),
                            new QualityJob.Request(
                                all.toString(),
                                Stage.ALL,
                                null,
                                null,
                                null,
                                new BigDecimal("0.95"),
                                now))
                        .documentText(),
                documents);
      } finally {
        session.stop();
      }
      System.out.printf(
          Locale.ROOT,
          "spark local[%d]: %.2f s (%.2fx one machine)%n",
          cores,
          spark[cores - 1],
          spark[cores - 1] / single);
    }
    System.out.printf(Locale.ROOT, "scaling: local[1] / local[2] = %.2f%n", spark[0] / spark[1]);
    boolean same = documents.stream().distinct().count() == 1;
    System.out.println("documents identical to the command's: " + same);
    if (!same) {
      System.exit(1);
    }
  }

  /** The holdings of about mb MiB, generated the first time (complete or absent) and reused. */
  static Path holdings(Path root, int mb) throws IOException {
    Path data = root.resolve(mb + "mb");
    if (Files.exists(data.resolve("READY"))) {
      return data;
    }
    Path tmp = root.resolve(mb + "mb.tmp");
    if (Files.exists(tmp)) {
      try (var walk = Files.walk(tmp)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(tmp.resolve("parts"));
    long target = (long) mb << 20;
    long perFile = Math.max(1, target / FILES);
    SyntheticCity city = SyntheticCity.of(1L);
    long written = 0;
    int volumes = 0;
    try (BufferedWriter whole = Files.newBufferedWriter(tmp.resolve("all.jsonl"))) {
      for (int f = 0; f < FILES && written < target; f++) {
        Path part = tmp.resolve("parts").resolve(String.format(Locale.ROOT, "part-%02d.jsonl", f));
        try (BufferedWriter out = Files.newBufferedWriter(part)) {
          for (long inFile = 0; inFile < perFile && written < target; volumes++) {
            String line = ArchiveJson.writeVolume(city.volume(volumes).volume()) + "\n";
            out.write(line);
            whole.write(line);
            long n = line.getBytes(StandardCharsets.UTF_8).length;
            inFile += n;
            written += n;
          }
        }
      }
    }
    Files.writeString(tmp.resolve("READY"), volumes + "\n");
    Files.move(tmp, data, StandardCopyOption.ATOMIC_MOVE);
    return data;
  }

  private static double best(int repeats, Supplier<String> run, List<String> documents) {
    documents.add(run.get());
    double best = Double.MAX_VALUE;
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      documents.add(run.get());
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }
}
