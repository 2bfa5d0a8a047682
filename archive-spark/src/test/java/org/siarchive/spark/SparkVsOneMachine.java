package org.siarchive.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.QualityRun;
import org.siarchive.rules.quality.RunSummary;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.report.ReportBuilder;

/**
 * A timed run by hand, not a test (it is not run by {@code verify}): the quality report of
 * generated holdings on one machine (the command's run: {@link QualityRun} on 2 threads) against
 * {@link QualityJob} on {@code local[1]} and {@code local[2]}. Each is run {@code repeats} times
 * after one warm-up; the best time is printed. Arguments: volumes (default 20000), files (4),
 * repeats (3), split MiB (16).
 */
public final class SparkVsOneMachine {
  private SparkVsOneMachine() {}

  public static void main(String[] args) throws IOException {
    int volumes = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    long split = (args.length > 3 ? Long.parseLong(args[3]) : 16) << 20;
    Path dir = Files.createTempDirectory("siarchive-bench");
    Path all = dir.resolve("all.jsonl");
    Path parts = Files.createDirectories(dir.resolve("holdings"));
    SyntheticCity city = SyntheticCity.of(1L);
    BufferedWriter[] out = new BufferedWriter[files];
    for (int f = 0; f < files; f++) {
      out[f] = Files.newBufferedWriter(parts.resolve("part-" + f + ".jsonl"));
    }
    try (BufferedWriter whole = Files.newBufferedWriter(all)) {
      for (int i = 0; i < volumes; i++) {
        String line = ArchiveJson.writeVolume(city.volume(i).volume());
        out[(int) ((long) i * files / volumes)].write(line + "\n");
        whole.write(line + "\n");
      }
    }
    for (BufferedWriter w : out) {
      w.close();
    }
    System.out.printf(
        Locale.ROOT, "%d volumes, %d MiB, %d files%n", volumes, Files.size(all) >> 20, files);
    Instant now = Instant.now();
    CheckContext context = QualityJob.context(null, Stage.ALL, now);
    double single =
        best(
            repeats,
            () -> {
              ReportBuilder b = ReportBuilder.of(context).input(all.toString());
              RunSummary s =
                  QualityRun.builder(context).listener(b).parallelism(2).build().run(all);
              b.build(s, null);
            });
    System.out.printf(Locale.ROOT, "one machine, 2 threads: %.2f s%n", single);
    for (String master : new String[] {"local[1]", "local[2]"}) {
      SparkSession spark =
          SparkSession.builder()
              .master(master)
              .appName("siarchive-bench")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.ui.enabled", "false")
              .getOrCreate();
      double t =
          best(
              repeats,
              () ->
                  QualityJob.report(
                      Holdings.at(spark, parts.toString(), split),
                      new QualityJob.Request(
                          all.toString(),
                          Stage.ALL,
                          null,
                          null,
                          null,
                          new BigDecimal("0.95"),
                          now)));
      System.out.printf(
          Locale.ROOT, "spark %s: %.2f s (%.2fx one machine)%n", master, t, t / single);
      spark.stop();
    }
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static double best(int repeats, Runnable run) {
    run.run();
    double best = Double.MAX_VALUE;
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      run.run();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }
}
