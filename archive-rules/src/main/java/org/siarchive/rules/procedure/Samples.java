package org.siarchive.rules.procedure;

import java.math.BigDecimal;
import java.util.List;
import org.siarchive.sampling.selection.SamplingRecord;
import org.siarchive.sampling.size.FixedRatio;

/**
 * The one place every sample of a procedure is drawn: the seam the inspection policies of {@code
 * org.siarchive.rules.inspection} replace. A step's sample of a batch is the keyed draw (DESIGN.md
 * §6) of the batch's volume ids with the seed {@code S/<step>/<batch>}, of size {@code ceil(f N)}
 * exactly ({@link FixedRatio}), so a third party re-derives it from the recorded seed.
 */
final class Samples {
  private Samples() {}

  /** The seed of a step's draw over a batch: {@code S/<step>/<batch>}. */
  static String seedOf(String seed, String step, String batchId) {
    return seed + "/" + step + "/" + batchId;
  }

  /**
   * The sample of a step over a batch's volume ids.
   *
   * @param step the step, e.g. {@code supervision}
   * @param batchId the batch
   * @param ids the batch's volume ids
   * @param ratio the fixed ratio f, in (0, 1]
   * @param seed the run's seed S
   */
  static SamplingRecord.BySize sampleOf(
      String step, String batchId, List<String> ids, BigDecimal ratio, String seed) {
    long size = FixedRatio.of(ratio).sampleSize(ids.size());
    return SamplingRecord.draw(seedOf(seed, step, batchId), ids, Math.toIntExact(size));
  }
}
