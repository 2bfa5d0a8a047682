package org.siarchive.rules.inspection;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.siarchive.core.InvalidValueException;
import org.siarchive.sampling.allocation.Rate;
import org.siarchive.sampling.selection.SamplingRecord;

/**
 * One stratum of an {@link InspectionPlan}: its volumes, the problem rate the policy assumed, how
 * many to inspect and exactly which (the verifiable draw's record), and the acceptance limit: the
 * batch passes the step when at most that many inspected volumes have a problem. A ratio policy
 * returns the batch on the first problem found (limit 0); an ISO 2859-1 plan uses its acceptance
 * number. Immutable and thread-safe.
 *
 * <pre>{@code
 * StratumPlan s = plan.strata().get(0);
 * s.selected();                        // the volume ids to inspect, in key order
 * s.sample().verify(ids).isVerified(); // a third party re-derives the draw
 * s.isAccepted(0);                     // true
 * s.characteristics().aoql();          // what this sample buys
 * }</pre>
 *
 * @param key the stratum
 * @param volumes {@code N_h}, the volumes of the stratum, at least 1
 * @param problemRate the problem rate the allocation used; empty when the policy uses none
 * @param sample the draw: seed, population digest, size and selection
 * @param acceptanceLimit the most problems found that still pass, at least 0
 * @param iso the stratum's lot under the switching rules, for an ISO 2859-1 policy
 * @since 0.1.0
 */
public record StratumPlan(
    StratumKey key,
    long volumes,
    Optional<Rate> problemRate,
    SamplingRecord.BySize sample,
    int acceptanceLimit,
    Optional<IsoLot> iso) {

  /**
   * Validates the components.
   *
   * @param key the stratum
   * @param volumes {@code N_h}, the volumes of the stratum, at least 1
   * @param problemRate the problem rate the allocation used; empty when the policy uses none
   * @param sample the draw: seed, population digest, size and selection
   * @param acceptanceLimit the most problems found that still pass, at least 0
   * @param iso the stratum's lot under the switching rules, for an ISO 2859-1 policy
   */
  public StratumPlan {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(problemRate, "problemRate");
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(iso, "iso");
    if (volumes < 1 || sample.populationSize() != volumes) {
      throw new InvalidValueException(
          "volumes",
          "at least 1, the sample's population size " + sample.populationSize(),
          String.format(Locale.ROOT, "%s: %d", key.id(), volumes));
    }
    if (acceptanceLimit < 0) {
      throw new InvalidValueException(
          "acceptanceLimit",
          "valid values >= 0",
          String.format(Locale.ROOT, "%s: %d", key.id(), acceptanceLimit));
    }
  }

  /** {@return how many volumes to inspect: the size of the selection} */
  public int sampleSize() {
    return sample.selected().size();
  }

  /** {@return the ids to inspect, in ascending key order} */
  public List<String> selected() {
    return sample.selected();
  }

  /** {@return whether every volume of the stratum is inspected} */
  public boolean isFullInspection() {
    return sampleSize() == volumes;
  }

  /**
   * Tells whether the stratum passes with {@code found} problem volumes among those inspected.
   *
   * @param found 0 to {@link #sampleSize()}
   * @return {@code found <= acceptanceLimit}
   * @throws InvalidValueException naming {@code found}, its range and value
   */
  public boolean isAccepted(int found) {
    if (found < 0 || found > sampleSize()) {
      throw new InvalidValueException(
          "found",
          String.format(Locale.ROOT, "valid values 0 - %d", sampleSize()),
          String.format(Locale.ROOT, "%s: %d", key.id(), found));
    }
    return found <= acceptanceLimit;
  }

  /** {@return the OC, AOQ, AOQL and ATI of this sample on this stratum, hypergeometric} */
  public PlanCharacteristics characteristics() {
    return PlanCharacteristics.of(volumes, sampleSize(), acceptanceLimit);
  }
}
