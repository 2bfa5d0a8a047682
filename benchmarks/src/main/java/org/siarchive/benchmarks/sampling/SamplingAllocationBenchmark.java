package org.siarchive.benchmarks.sampling;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * Allocation over 10^5 strata, with and without ratio bounds, every decision exact (rates as exact
 * decimals, ties and floors decided on the exact quotas). Baseline in the same run: putting the
 * strata in canonical id order, which every allocation does first. Target: the Neyman allocation
 * within 10 times the baseline. (This replaces the timed unit test that AllocationTest had.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SamplingAllocationBenchmark {
  private List<Stratum> strata;
  private List<Stratum> bounded;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    strata = new ArrayList<>();
    bounded = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      // rates of 0.0010 to 0.2009 with four decimals, as a host reads them from its reports
      Stratum s =
          Stratum.of(
              "sub-centre-" + i,
              100 + random.nextInt(9_900),
              BigDecimal.valueOf(10 + random.nextInt(2_000), 4));
      strata.add(s);
      bounded.add(s.withRatioBounds(new BigDecimal("0.01"), new BigDecimal("0.30")));
    }
  }

  /** The floor: the 10^5 stratum ids sorted by their unsigned UTF-8 bytes. */
  @Benchmark
  public byte[][] baselineCanonicalOrder() {
    byte[][] keys = new byte[strata.size()][];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = strata.get(i).id().getBytes(StandardCharsets.UTF_8);
    }
    Arrays.sort(keys, Arrays::compareUnsigned);
    return keys;
  }

  @Benchmark
  public Allocation proportional100kStrata() {
    return Allocation.allocate(AllocationMethod.PROPORTIONAL, 5_000_000, strata);
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
