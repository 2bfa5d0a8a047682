package org.siarchive.rules.inspection;

import java.util.Objects;

/**
 * How much of a population to inspect and exactly which volumes: the policy answers with an {@link
 * InspectionPlan} whose every stratum's selection is the keyed draw (org.siarchive.sampling
 * .selection) of that stratum's ids under one seed, written down in the answer. Implementations are
 * immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link FixedRatioPolicy}: {@code ceil(f N_h)} per stratum, e.g. the supervising leader's 5%
 *       ({@link FixedRatioPolicy#supervision()}) or the re-check post's 10-30%.
 *   <li>{@link ProblemRatePolicy}: a total {@code ceil(R N)} allocated in proportion to each
 *       stratum's problem rate from history, within ratio bounds (article §3.2).
 *   <li>{@link Iso2859Policy}: ISO 2859-1 single sampling with switching per stratum, a stratum's
 *       successive batches being its lots.
 * </ul>
 *
 * <pre>{@code
 * Population batch = Population.of(Map.of(StratumKey.ofSubCenter("SC01"), ids));
 * InspectionPlan p = FixedRatioPolicy.supervision()
 *     .plan(batch, StepSeed.of(runSeed, "supervision", batchId));   // seed S/supervision/B
 * for (StratumPlan s : p.strata()) {
 *   inspect(s.selected());            // then: s.isAccepted(found), p.estimate(found, 0.95)
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface InspectionPolicy
    permits FixedRatioPolicy, ProblemRatePolicy, Iso2859Policy {

  /**
   * Plans the inspection of a population.
   *
   * @param population the volumes, by stratum
   * @param seed the seed of every stratum's draw, as given (see {@link StepSeed} for a step's)
   * @return the plan
   * @throws org.siarchive.sampling.InfeasibleRequestException when the policy's bounds cannot be
   *     met (problem-rate allocation)
   */
  InspectionPlan plan(Population population, String seed);

  /**
   * Plans the inspection of a population by one step of a batch, with the seed {@code
   * S/<step>/<batch>}.
   *
   * @param population the volumes, by stratum
   * @param seed the step's seed
   * @return the plan, its seed {@code seed.value()}
   */
  default InspectionPlan plan(Population population, StepSeed seed) {
    return plan(population, Objects.requireNonNull(seed, "seed").value());
  }

  /** {@return the policy in words, as the plan records it, e.g. {@code fixed ratio 0.05}} */
  String description();
}
