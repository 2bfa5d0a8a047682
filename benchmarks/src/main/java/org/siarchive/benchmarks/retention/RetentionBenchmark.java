package org.siarchive.benchmarks.retention;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.siarchive.rules.retention.Edition;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionSchedules;
import org.siarchive.rules.retention.ScheduleRow;

/**
 * Retention rules under load. Targets (issue 3): classification plus disposition of items against a
 * loaded edition at 5 million or more per second on one core; loading an edition of 2,000 rows
 * (strict JSON, Bean Validation, semantic checks, indexing) in under 50 ms.
 *
 * <ul>
 *   <li>{@link #classifyAndDispose}: row id → row → disposition dates, over {@value #ITEMS} items
 *       drawn from a generated 2,000-row edition (scores are per item);
 *   <li>{@link #classifyAndDisposeNational}: the same over the bundled national edition's rows,
 *       including its unconfirmed and deferring rows (undecided results);
 *   <li>{@link #classifyMaterialText}: classification by material text (normalisation and the text
 *       tiers), for comparison;
 *   <li>{@link #loadEdition}: loading the 2,000-row edition into an empty registry.
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Retention -f 1 -wi 2 -i 3 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RetentionBenchmark {

  static final int ITEMS = 4096;
  static final int ROWS = 2000;
  private static final String[] PERIODS = {"Y", "D100", "D50", "D30", "D10"};

  private byte[] edition2000;
  private RetentionRules generated;
  private RetentionRules national;
  private String[] rowIds;
  private String[] nationalRowIds;
  private String[] materials;
  private LocalDate[] formed;

  /** A valid edition of {@code rows} rows in 20 categories, periods cycling through the codes. */
  static String editionOf(int rows) {
    StringBuilder b = new StringBuilder(rows * 220);
    b.append("{\"formatVersion\":1,\"scheduleId\":\"bench\",\"edition\":\"1\",\"title\":\"基准表\",")
        .append("\"titleEn\":\"Benchmark table\",\"effectiveFrom\":\"2020-01-01\",")
        .append(
            "\"source\":{\"regulation\":\"基准规定\",\"documentNumber\":\"基准〔2020〕1号\"},\"categories\":[");
    for (int c = 0; c < 20; c++) {
      b.append(c == 0 ? "" : ",")
          .append("{\"id\":\"C")
          .append(c)
          .append("\",\"name\":\"类别")
          .append(c)
          .append("\",\"nameEn\":\"Category ")
          .append(c)
          .append(
              "\",\"rowsComplete\":true,\"provenance\":{\"source\":\"benchmark\",\"confirmed\":true}}");
    }
    b.append("],\"rows\":[");
    for (int i = 0; i < rows; i++) {
      int c = i % 20;
      b.append(i == 0 ? "" : ",")
          .append("{\"id\":\"C")
          .append(c)
          .append('(')
          .append(i / 20 + 1)
          .append(")\",\"category\":\"C")
          .append(c)
          .append("\",\"material\":\"业务材料第")
          .append(i)
          .append("号登记表\",\"materialEn\":\"Business material ")
          .append(i)
          .append("\",\"period\":\"")
          .append(PERIODS[i % PERIODS.length])
          .append("\",\"provenance\":{\"source\":\"benchmark\",\"confirmed\":true}}");
    }
    return b.append("]}").toString();
  }

  @Setup
  public void setUp() {
    edition2000 = editionOf(ROWS).getBytes(StandardCharsets.UTF_8);
    RetentionSchedules schedules = RetentionSchedules.withBundledEditions();
    Edition bench = schedules.load(new ByteArrayInputStream(edition2000), "bench.json");
    LocalDate asOf = LocalDate.of(2026, 1, 1);
    generated = schedules.rules(bench, asOf);
    national = schedules.rulesInForce(RetentionSchedules.NATIONAL, asOf);
    SplittableRandom random = new SplittableRandom(20090901L);
    rowIds = new String[ITEMS];
    nationalRowIds = new String[ITEMS];
    materials = new String[ITEMS];
    formed = new LocalDate[ITEMS];
    var nationalRows = national.edition().rows();
    for (int i = 0; i < ITEMS; i++) {
      ScheduleRow row = bench.rows().get(random.nextInt(bench.rows().size()));
      // Fresh String instances, as a host's parsed input would be (no identity hits).
      rowIds[i] = new String(row.id().toCharArray());
      materials[i] = "2019年" + row.material();
      nationalRowIds[i] =
          new String(nationalRows.get(random.nextInt(nationalRows.size())).id().toCharArray());
      formed[i] =
          LocalDate.ofEpochDay(LocalDate.of(1990, 1, 1).toEpochDay() + random.nextInt(13_000));
    }
  }

  /** Row id to disposition dates against the generated 2,000-row edition; per item. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(ITEMS)
  public void classifyAndDispose(Blackhole bh) {
    for (int i = 0; i < ITEMS; i++) {
      bh.consume(generated.disposition(rowIds[i], formed[i]));
    }
  }

  /** Row id to disposition against the national edition, undecided rows included; per item. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(ITEMS)
  public void classifyAndDisposeNational(Blackhole bh) {
    for (int i = 0; i < ITEMS; i++) {
      bh.consume(national.disposition(nationalRowIds[i], formed[i]));
    }
  }

  /** Material text to row against the generated edition; per item. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(ITEMS)
  public void classifyMaterialText(Blackhole bh) {
    for (int i = 0; i < ITEMS; i++) {
      bh.consume(generated.classifyMaterial(materials[i]));
    }
  }

  /** Loading the 2,000-row edition: strict decoding, Bean Validation, checks and indexing. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Edition loadEdition() {
    return RetentionSchedules.empty().load(new ByteArrayInputStream(edition2000), "bench.json");
  }
}
