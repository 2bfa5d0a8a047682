package org.siarchive.benchmarks.sampling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.siarchive.sampling.allocation.Allocation;
import org.siarchive.sampling.allocation.AllocationMethod;
import org.siarchive.sampling.allocation.Stratum;

/** Allocation over 10^5 strata (target: under 100 ms), with and without ratio bounds. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SamplingAllocationBenchmark {
  private List<Stratum> strata;
  private List<Stratum> bounded;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    strata = new ArrayList<>();
    bounded = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      Stratum s = Stratum.of("sub-centre-" + i, 100 + random.nextInt(9_900), 0.001 + random.nextDouble() * 0.2);
      strata.add(s);
      bounded.add(s.withRatioBounds(new BigDecimal("0.01"), new BigDecimal("0.30")));
    }
  }

  @Benchmark
  public Allocation neyman100kStrata() {
    return Allocation.allocate(AllocationMethod.NEYMAN, 5_000_000, strata);
  }

  @Benchmark
  public Allocation defectRateBounded100kStrata() {
    return Allocation.allocate(AllocationMethod.DEFECT_RATE, 50_000_000, bounded);
  }
}
