package org.siarchive.benchmarks.simulation;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.siarchive.core.ArchiveTime;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticRooms;
import org.siarchive.examples.synthetic.SyntheticSource;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.retention.RetentionSchedules;
import org.siarchive.rules.simulation.CityPool;
import org.siarchive.rules.simulation.Scenario;
import org.siarchive.rules.simulation.Simulation;
import org.siarchive.rules.simulation.SimulationResult;
import org.siarchive.rules.storage.StorageNetwork;

/**
 * The default run of {@code siarchive simulate}: five scenarios, 30 replications, one city-year
 * (20,000 volumes, 250 working days), on 2 threads, the pool of the command (the synthetic city's
 * first 4,000 volumes judged in the command's context: the bundled illustrative material rules, the
 * UTC system clock and the national retention schedule in force today). Target (issue 12): under 60
 * s on 2 cores. One shot per iteration ({@code SingleShotTime}): one warm-up shot, then three
 * measured.
 *
 * <ul>
 *   <li>{@link #defaultRun}: the whole answer, the pool judged by the real suites included;
 *   <li>{@link #replicationsOnly}: the 150 scenario-replications on a pool judged once.
 * </ul>
 *
 * <pre>
 * java -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar SimulationBenchmark.defaultRun -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SimulationBenchmark {
  static final long SEED = 20201026L;
  static final int POOL = 4_000;

  private SyntheticCity city;
  private StorageNetwork rooms;
  private CheckContext context;
  private CityPool pool;

  @Setup
  public void setUp() {
    city = SyntheticCity.of(SEED);
    rooms = SyntheticRooms.of(city);
    Clock clock = ArchiveTime.systemClock();
    context =
        CheckContext.builder(MaterialRules.bundledIllustrative())
            .clock(clock)
            .retention(
                RetentionSchedules.withBundledEditions()
                    .rulesInForce(RetentionSchedules.NATIONAL, ArchiveTime.today(clock)))
            .build();
    pool = CityPool.of(SyntheticSource.of(city, POOL), context, 20_000);
  }

  @Benchmark
  public SimulationResult defaultRun() {
    CityPool p = CityPool.of(SyntheticSource.of(city, POOL), context, 20_000);
    return run(p);
  }

  @Benchmark
  public SimulationResult replicationsOnly() {
    return run(pool);
  }

  private SimulationResult run(CityPool p) {
    return Simulation.builder(p, rooms)
        .replications(30)
        .seed(SEED)
        .threads(2)
        .build()
        .run(Scenario.standard());
  }
}
