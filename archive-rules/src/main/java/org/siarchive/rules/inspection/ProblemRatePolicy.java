package org.siarchive.rules.inspection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.siarchive.core.InvalidValueException;
import org.siarchive.sampling.allocation.Allocation;
import org.siarchive.sampling.allocation.AllocationMethod;
import org.siarchive.sampling.allocation.Rate;
import org.siarchive.sampling.allocation.RatePrior;
import org.siarchive.sampling.allocation.Stratum;
import org.siarchive.sampling.selection.SamplingRecord;
import org.siarchive.sampling.size.FixedRatio;

/**
 * Inspection ratios in proportion to problem rates (article §3.2, 按问题率确定抽检比例): a total of {@code
 * ceil(R N)} volumes of a population of {@code N}, allocated across the strata by the sampling
 * module's defect-rate {@link Allocation} (weight {@code N_h p_h}, largest remainder, exact), each
 * stratum's ratio {@code n_h / N_h} within {@code [minRatio, maxRatio]} ({@code ceil(minRatio N_h)
 * <= n_h <= floor(maxRatio N_h)}). The rate {@code p_h} of each stratum is its history smoothed by
 * the prior ({@link History#rate}; Laplace by default), so a stratum without history is never
 * skipped; without any history every rate is equal and the allocation is proportional to size. A
 * stratum passes only when no inspected volume has a problem (acceptance limit 0). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ProblemRatePolicy p = ProblemRatePolicy.of(new BigDecimal("0.10"), new BigDecimal("0.05"),
 *     new BigDecimal("0.30"), History.from(lastYearsReport));
 * InspectionPlan plan = p.plan(city, "2024");   // total ceil(0.10 x N), sizes sum exactly
 * }</pre>
 *
 * @param totalRatio {@code R}, in (0, 1]
 * @param minRatio the lower bound of every stratum's ratio, in [0, maxRatio]
 * @param maxRatio the upper bound, in [minRatio, 1]
 * @param history the past results that give the rates
 * @param prior the smoothing prior of the rates
 * @since 0.1.0
 */
public record ProblemRatePolicy(
    BigDecimal totalRatio,
    BigDecimal minRatio,
    BigDecimal maxRatio,
    History history,
    RatePrior prior)
    implements InspectionPolicy {

  /**
   * Validates the components.
   *
   * @param totalRatio {@code R}, in (0, 1]
   * @param minRatio the lower bound of every stratum's ratio, in [0, maxRatio]
   * @param maxRatio the upper bound, in [minRatio, 1]
   * @param history the past results that give the rates
   * @param prior the smoothing prior of the rates
   */
  public ProblemRatePolicy {
    Objects.requireNonNull(totalRatio, "totalRatio");
    if (totalRatio.signum() <= 0 || totalRatio.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException(
          "totalRatio", "valid values > 0 - 1", totalRatio.toPlainString());
    }
    check("minRatio", minRatio);
    check("maxRatio", maxRatio);
    if (minRatio.compareTo(maxRatio) > 0) {
      throw new InvalidValueException(
          "minRatio", "at most maxRatio " + maxRatio.toPlainString(), minRatio.toPlainString());
    }
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(prior, "prior");
  }

  private static void check(String field, BigDecimal ratio) {
    Objects.requireNonNull(ratio, field);
    if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException(field, "valid values 0 - 1", ratio.toPlainString());
    }
  }

  /**
   * Obtains the policy with Laplace's prior.
   *
   * @param totalRatio {@code R}
   * @param minRatio the lower bound of each stratum's ratio
   * @param maxRatio the upper bound
   * @param history the past results ({@link History#none()} for equal rates)
   * @return the policy
   */
  public static ProblemRatePolicy of(
      BigDecimal totalRatio, BigDecimal minRatio, BigDecimal maxRatio, History history) {
    return new ProblemRatePolicy(totalRatio, minRatio, maxRatio, history, RatePrior.LAPLACE);
  }

  /**
   * Returns a copy with another smoothing prior.
   *
   * @param prior e.g. {@code RatePrior.ofMean(cityRate, BigDecimal.valueOf(20))}
   * @return the new policy
   */
  public ProblemRatePolicy withPrior(RatePrior prior) {
    return new ProblemRatePolicy(totalRatio, minRatio, maxRatio, history, prior);
  }

  /**
   * Returns the total for a population: {@code ceil(R N)}, exact.
   *
   * @param volumes {@code N}
   * @return the total
   */
  public long totalFor(long volumes) {
    return FixedRatio.of(totalRatio).sampleSize(volumes);
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.siarchive.sampling.InfeasibleRequestException when {@code ceil(R N)} is below the
   *     strata's minimum sizes or above their maximum sizes; the figures carry the numbers
   */
  @Override
  public InspectionPlan plan(Population population, String seed) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(seed, "seed");
    Map<StratumKey, Rate> rates = new LinkedHashMap<>();
    List<Stratum> strata = new ArrayList<>();
    for (Map.Entry<StratumKey, List<String>> e : population.strata().entrySet()) {
      Rate p = history.rate(e.getKey(), prior);
      rates.put(e.getKey(), p);
      strata.add(
          Stratum.of(e.getKey().id(), e.getValue().size(), p).withRatioBounds(minRatio, maxRatio));
    }
    long total = totalFor(population.size());
    Allocation allocation = Allocation.allocate(AllocationMethod.DEFECT_RATE, total, strata);
    List<StratumPlan> plans = new ArrayList<>();
    for (Map.Entry<StratumKey, List<String>> e : population.strata().entrySet()) {
      int n = Math.toIntExact(Objects.requireNonNull(allocation.sizes().get(e.getKey().id())));
      plans.add(
          new StratumPlan(
              e.getKey(),
              e.getValue().size(),
              Optional.of(Objects.requireNonNull(rates.get(e.getKey()))),
              SamplingRecord.draw(seed, e.getValue(), n),
              0,
              Optional.empty()));
    }
    return new InspectionPlan(seed, description(), total, plans);
  }

  @Override
  public String description() {
    return String.format(
        Locale.ROOT,
        "problem-rate allocation: total ceil(%s N), ratios %s - %s, defect-rate weights N_h p_h,"
            + " p_h smoothed by Beta(%s, %s)",
        totalRatio.toPlainString(),
        minRatio.toPlainString(),
        maxRatio.toPlainString(),
        prior.alpha().toPlainString(),
        prior.beta().toPlainString());
  }
}
