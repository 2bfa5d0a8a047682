package org.siarchive.rules.procedure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.siarchive.rules.inspection.FixedRatioPolicy;
import org.siarchive.rules.inspection.Population;
import org.siarchive.rules.inspection.StepSeed;
import org.siarchive.rules.inspection.StratumKey;
import org.siarchive.sampling.selection.SamplingRecord;
import org.siarchive.sampling.size.FixedRatio;

/**
 * The one place every sample of a procedure is drawn, through the inspection policies of {@code
 * org.siarchive.rules.inspection}: a step's sample of a batch is the fixed-ratio policy's plan for
 * the batch as one stratum (its sub-centre), drawn with the step seed {@code S/<step>/<batch>}
 * ({@link StepSeed}) at size {@code ceil(f N)} exactly ({@link FixedRatio}), so a third party
 * re-derives it from the recorded seed.
 */
final class Samples {
  private Samples() {}

  /**
   * The sample of a step over a batch's volume ids.
   *
   * @param step the step, e.g. {@code supervision}
   * @param batchId the batch
   * @param subCenter the batch's sub-centre, its one stratum
   * @param ids the batch's volume ids
   * @param ratio the fixed ratio f, in (0, 1]
   * @param seed the run's seed S
   */
  static SamplingRecord.BySize sampleOf(
      String step,
      String batchId,
      String subCenter,
      List<String> ids,
      BigDecimal ratio,
      String seed) {
    return sampleOf(FixedRatioPolicy.of(FixedRatio.of(ratio)), step, batchId, subCenter, ids, seed);
  }

  /** The sample of a step over some of a batch's volume ids, drawn by a fixed-ratio policy. */
  static SamplingRecord.BySize sampleOf(
      FixedRatioPolicy policy,
      String step,
      String batchId,
      String subCenter,
      List<String> ids,
      String seed) {
    return policy
        .plan(
            Population.of(Map.of(StratumKey.ofSubCenter(subCenter), ids)),
            StepSeed.of(seed, step, batchId))
        .strata()
        .get(0)
        .sample();
  }
}
