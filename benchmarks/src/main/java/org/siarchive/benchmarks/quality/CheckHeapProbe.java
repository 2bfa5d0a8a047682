package org.siarchive.benchmarks.quality;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.siarchive.core.ArchiveTime;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.QualityRun;
import org.siarchive.rules.quality.RunListener;
import org.siarchive.rules.quality.RunSummary;
import org.siarchive.rules.quality.VolumeResult;
import org.siarchive.rules.report.ReportBuilder;
import org.siarchive.rules.retention.RetentionSchedules;

/**
 * Checks a (large) JSON Lines file with every check and builds its quality report, printing the
 * live heap (in use right after a full collection) every 50,000 records, to show that a check run
 * holds nothing from one record to the next. The second argument is the number of threads.
 *
 * <pre>
 * java -jar examples/target/siarchive.jar generate --volumes 380000 --seed 1 --out /tmp/big.jsonl
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar org.siarchive.benchmarks.quality.CheckHeapProbe /tmp/big.jsonl 2
 * </pre>
 */
public final class CheckHeapProbe {
  private CheckHeapProbe() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    long size = Files.size(file);
    CheckContext context =
        CheckContext.builder(MaterialRules.bundledIllustrative())
            .retention(
                RetentionSchedules.withBundledEditions()
                    .rulesInForce(
                        RetentionSchedules.NATIONAL, ArchiveTime.today(ArchiveTime.systemClock())))
            .build();
    ReportBuilder report = ReportBuilder.of(context);
    long[] seen = {0};
    long start = System.nanoTime();
    RunSummary summary =
        QualityRun.builder(context)
            .parallelism(threads)
            .listener(report)
            .listener(
                new RunListener() {
                  @Override
                  public void checked(VolumeResult r) {
                    if (++seen[0] % 50_000 == 0) {
                      System.out.printf(
                          Locale.ROOT,
                          "%,10d records  live heap %6.1f MiB%n",
                          seen[0],
                          afterGc() / 1048576.0);
                    }
                  }
                })
            .build()
            .run(file);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: %,d bytes; read %d, checked %d, rejected %d, volumes with defects %d, defects %d in %.1f s (%.0f MB/s, %d threads); max heap %d MiB; report problem rate %s%n",
        file,
        size,
        summary.read(),
        summary.checked(),
        summary.rejected(),
        summary.volumesWithDefects(),
        summary.defects(),
        seconds,
        size / 1e6 / seconds,
        threads,
        Runtime.getRuntime().maxMemory() >> 20,
        report.build(summary, null).totals().problemRate());
  }

  private static long afterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
