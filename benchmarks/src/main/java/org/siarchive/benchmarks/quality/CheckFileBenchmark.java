package org.siarchive.benchmarks.quality;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.siarchive.core.ArchiveTime;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.JsonLinesWriter;
import org.siarchive.core.json.ReadSummary;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.QualityRun;
import org.siarchive.rules.quality.RunSummary;
import org.siarchive.rules.quality.Suite;
import org.siarchive.rules.retention.RetentionSchedules;

/**
 * End to end: checking a JSON Lines file with every check (stage {@code all}, as {@code siarchive
 * check --stage all}) against decoding the same file alone (the baseline), sequentially and with 2
 * worker threads. Targets: the sequential check costs at most 1.5x decoding alone; 2 threads finish
 * sooner than 1.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CheckFileBenchmark -f 1 -wi 2 -i 4 -w 3s -r 3s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class CheckFileBenchmark {

  @Param("10000")
  int volumes;

  private Path file;
  private CheckContext context;
  private Suite suite;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("siarchive-check-bench", ".jsonl");
    SyntheticCity city = SyntheticCity.of(20201026L);
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonLinesWriter w = JsonLinesWriter.of(os)) {
      city.volumes(volumes).forEach(sv -> w.write(sv.volume()));
    }
    context =
        CheckContext.builder(MaterialRules.bundledIllustrative())
            .retention(
                RetentionSchedules.withBundledEditions()
                    .rulesInForce(
                        RetentionSchedules.NATIONAL, ArchiveTime.today(ArchiveTime.systemClock())))
            .build();
    suite = Suite.from(context);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** The baseline: decode and validate every line, nothing else. */
  @Benchmark
  public ReadSummary decodeOnly(Blackhole bh) {
    try (JsonLinesReader reader = JsonLinesReader.open(file)) {
      return reader.forEach(bh::consume);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decode and run every check, on the calling thread. */
  @Benchmark
  public RunSummary checkSequential() {
    return QualityRun.builder(suite, context).build().run(file);
  }

  /** Decode and run every check on 2 worker threads, results in order. */
  @Benchmark
  public RunSummary checkParallel2() {
    return QualityRun.builder(suite, context).parallelism(2).build().run(file);
  }
}
