package org.siarchive.benchmarks.sampling;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.siarchive.sampling.size.AttributeSampling;
import org.siarchive.sampling.size.SampleSize;
import org.siarchive.sampling.size.SampleSizeRequest;

/**
 * The exact hypergeometric sample size at N = 10^7 (target: well under a millisecond, and within 20
 * times the baseline). Baseline in the same run: the binomial sample size of the same request
 * without a population, the limit the hypergeometric answer reaches. (This replaces the timed unit
 * test that AttributeSamplingTest had.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class SamplingSizeBenchmark {
  @Param({"0", "1", "5"})
  public int acceptanceNumber;

  private SampleSizeRequest request;
  private SampleSizeRequest expectedRate;
  private SampleSizeRequest binomial;

  @Setup
  public void setUp() {
    request =
        SampleSizeRequest.builder()
            .tolerableRate("0.05")
            .confidence("0.95")
            .population(10_000_000)
            .acceptanceNumber(acceptanceNumber)
            .build();
    binomial =
        SampleSizeRequest.builder()
            .tolerableRate("0.05")
            .confidence("0.95")
            .acceptanceNumber(acceptanceNumber)
            .build();
    expectedRate =
        SampleSizeRequest.builder()
            .tolerableRate("0.05")
            .confidence("0.95")
            .population(10_000_000)
            .expectedRate("0.01")
            .build();
  }

  @Benchmark
  public SampleSize baselineBinomial() {
    return AttributeSampling.sampleSize(binomial);
  }

  @Benchmark
  public SampleSize hypergeometricN10Million() {
    return AttributeSampling.sampleSize(request);
  }

  @Benchmark
  public SampleSize hypergeometricN10MillionExpectedRate() {
    return AttributeSampling.sampleSize(expectedRate);
  }
}
