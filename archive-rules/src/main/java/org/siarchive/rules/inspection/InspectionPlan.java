package org.siarchive.rules.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.siarchive.core.InvalidValueException;
import org.siarchive.sampling.selection.Verification;

/**
 * A policy's answer for one population: the seed every stratum's draw used (written down, so a
 * third party re-derives each selection), the policy in words, the total to inspect and the plan of
 * each stratum in key order. Immutable and thread-safe.
 *
 * <pre>{@code
 * InspectionPlan plan = FixedRatioPolicy.supervision()
 *     .plan(batch, StepSeed.of("20201026", "supervision", "B-SC01-1"));
 * plan.seed();                          // "20201026/supervision/B-SC01-1"
 * plan.total();                         // ceil(0.05 x volumes) for a one-stratum batch
 * plan.verify(batch).isVerified();      // every draw re-derives
 * DefectRateEstimate e = plan.estimate(idsWithProblems, 0.95);
 * }</pre>
 *
 * @param seed the seed of every stratum's draw
 * @param policy the policy in words, e.g. {@code fixed ratio 0.05}
 * @param total the volumes to inspect, the sum of the strata's sample sizes
 * @param strata the plan of each stratum, in key order, non-empty
 * @since 0.1.0
 */
public record InspectionPlan(String seed, String policy, long total, List<StratumPlan> strata) {

  /**
   * Validates the components: the total is the sum, every stratum uses the seed.
   *
   * @param seed the seed of every stratum's draw
   * @param policy the policy in words, e.g. {@code fixed ratio 0.05}
   * @param total the volumes to inspect, the sum of the strata's sample sizes
   * @param strata the plan of each stratum, in key order, non-empty
   */
  public InspectionPlan {
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(policy, "policy");
    strata = List.copyOf(strata);
    if (strata.isEmpty()) {
      throw new InvalidValueException("strata", "at least one stratum", "none");
    }
    long sum = 0;
    for (StratumPlan s : strata) {
      if (!s.sample().seed().equals(seed)) {
        throw new InvalidValueException(
            "strata/" + s.key().id() + "/sample/seed",
            "the plan's seed \"" + seed + "\"",
            "\"" + s.sample().seed() + "\"");
      }
      sum += s.sampleSize();
    }
    if (sum != total) {
      throw new InvalidValueException(
          "total",
          "the sum of the strata's sample sizes " + sum,
          String.format(Locale.ROOT, "%d", total));
    }
  }

  /** {@return the volumes of every stratum together} */
  public long volumes() {
    return strata.stream().mapToLong(StratumPlan::volumes).sum();
  }

  /**
   * Returns the plan of one stratum.
   *
   * @param key the stratum
   * @return its plan
   * @throws InvalidValueException when the plan has no such stratum
   */
  public StratumPlan stratum(StratumKey key) {
    Objects.requireNonNull(key, "key");
    return strata.stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new InvalidValueException("key", "a stratum of the plan", key.id()));
  }

  /**
   * Re-derives every stratum's draw from a population, as a third party would.
   *
   * @param population the population the plan claims to be drawn from
   * @return verified, or every difference, each prefixed by its stratum
   */
  public Verification verify(Population population) {
    Objects.requireNonNull(population, "population");
    List<String> problems = new ArrayList<>();
    List<StratumKey> planned = strata.stream().map(StratumPlan::key).toList();
    if (!planned.equals(List.copyOf(population.keys()))) {
      problems.add("strata: plan " + planned + ", population " + population.keys());
    } else {
      for (StratumPlan s : strata) {
        if (s.sample().verify(population.ids(s.key())) instanceof Verification.Failed f) {
          f.problems().forEach(p -> problems.add(s.key().id() + ": " + p));
        }
      }
    }
    return problems.isEmpty() ? new Verification.Verified() : new Verification.Failed(problems);
  }

  /**
   * Estimates the problem rate of the population from what the inspection of the selected volumes
   * found (see {@link DefectRateEstimate} for the method).
   *
   * @param withProblems the ids of the inspected volumes found with a problem (ids not selected are
   *     refused: they were not inspected under this plan)
   * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
   * @return the estimate per stratum and overall
   * @throws InvalidValueException naming an id that no stratum selected
   */
  public DefectRateEstimate estimate(Set<String> withProblems, double confidence) {
    Objects.requireNonNull(withProblems, "withProblems");
    List<DefectRateEstimate.Observation> observed = new ArrayList<>(strata.size());
    long counted = 0;
    for (StratumPlan s : strata) {
      long found = s.selected().stream().filter(withProblems::contains).count();
      counted += found;
      observed.add(new DefectRateEstimate.Observation(s.key(), s.volumes(), s.sampleSize(), found));
    }
    if (counted != withProblems.size()) {
      String stray =
          withProblems.stream()
              .filter(id -> strata.stream().noneMatch(s -> s.selected().contains(id)))
              .sorted()
              .findFirst()
              .orElse("?");
      throw new InvalidValueException("withProblems", "ids of selected volumes only", stray);
    }
    return DefectRateEstimate.of(observed, confidence);
  }
}
