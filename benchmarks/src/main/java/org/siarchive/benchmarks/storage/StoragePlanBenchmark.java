package org.siarchive.benchmarks.storage;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
import org.siarchive.rules.storage.CentreStacks;
import org.siarchive.rules.storage.Disposals;
import org.siarchive.rules.storage.Eligibility;
import org.siarchive.rules.storage.ForecastMethod;
import org.siarchive.rules.storage.GenerationHistory;
import org.siarchive.rules.storage.Intake;
import org.siarchive.rules.storage.StorageNetwork;
import org.siarchive.rules.storage.StoragePlan;
import org.siarchive.rules.storage.StoragePlanner;
import org.siarchive.rules.storage.StorageStatus;
import org.siarchive.rules.storage.StorageUnit;
import org.siarchive.rules.storage.SubCenterStore;

/**
 * Storage planning under load. Target (issue 11): {@value #STORES} stores × {@value #MONTHS} months
 * planned in under one second.
 *
 * <ul>
 *   <li>{@link #plan}: the whole answer — the optimal plan (exact bounds raised by Hall's
 *       condition, then the exact feasibility test, a search over the candidate fractions only if
 *       needed), the naive plan and the least intake (searched upward from its window bound);
 *   <li>{@link #feasibilityOnce}: baseline, one exact feasibility test at the network's intake
 *       (what each bisection step costs, with the arrays built);
 *   <li>{@link #status}: baseline, the pressure ranking (projection without transfers).
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StoragePlan -f 1 -wi 2 -i 5 -w 3s -r 3s
 * </pre>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoragePlanBenchmark {
  static final int STORES = 1000;
  static final int MONTHS = 120;

  private StorageNetwork network;

  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(20201026L);
    YearMonth asOf = YearMonth.of(2026, 6);
    List<SubCenterStore> stores = new ArrayList<>();
    long generated = 0;
    for (int i = 0; i < STORES; i++) {
      int base = 50 + r.nextInt(450);
      List<Long> history = new ArrayList<>();
      for (int m = 0; m < 24; m++) {
        history.add((long) (base * (0.7 + 0.6 * r.nextDouble())));
      }
      generated += base;
      Eligibility e =
          r.nextInt(5) == 0
              ? Eligibility.keptOneYear()
              : Eligibility.afterSupervision(r.nextInt(4));
      long recent =
          history.subList(24 - e.lagMonths(), 24).stream().mapToLong(Long::longValue).sum();
      long capacity = base * (24L + r.nextInt(96));
      long occupied = Math.max(recent, (long) (capacity * (0.3 + 0.65 * r.nextDouble())));
      stores.add(
          new SubCenterStore(
              String.format("S%04d", i),
              String.format("SC%04d", i),
              capacity,
              occupied,
              e,
              new GenerationHistory(asOf.minusMonths(23), history)));
    }
    network =
        new StorageNetwork(
            asOf,
            StorageUnit.VOLUMES,
            1,
            ForecastMethod.SEASONAL,
            Intake.ofVolumes(generated * 3 / 5),
            new CentreStacks("CENTRE", 200_000_000L, 50_000_000L),
            stores,
            Disposals.of(Map.of()));
  }

  @Benchmark
  public StoragePlan plan() {
    return StoragePlanner.plan(network, MONTHS);
  }

  @Benchmark
  public boolean feasibilityOnce() {
    return StoragePlanner.avoidsOverflow(network, MONTHS, network.intake());
  }

  @Benchmark
  public StorageStatus status() {
    return StoragePlanner.status(network, network.asOf());
  }
}
