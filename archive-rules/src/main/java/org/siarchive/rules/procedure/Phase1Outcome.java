package org.siarchive.rules.procedure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.rules.inspection.DefectRateEstimate;
import org.siarchive.rules.report.RectificationNotice;
import org.siarchive.sampling.selection.SamplingRecord;

/**
 * Where {@link Phase1} left a batch: the {@link BatchOutcome} both phases share (its {@code
 * returns} is 1 when the quality analysis report sent defects back, its {@code rectificationRounds}
 * the rounds of rectification at the archive centre, its supervision sample null: phase 1 has no
 * supervision), and what phase 1 adds: the spot check's and the re-check's draws, how many volumes
 * the acceptance post passed and how many of the re-checked ones it had missed, the estimated miss
 * rate, the quality analysis report and the rescans at digitisation. Immutable and thread-safe.
 *
 * <pre>{@code
 * Phase1Outcome out = phase1.run("SC01-2019-1", "SC01", volumes);
 * out.missed();                                      // re-checked volumes the acceptance passed wrongly
 * out.acceptanceMissRate().map(e -> e.overall().upper());
 * out.qualityReport().map(RectificationNotice::subCenter);
 * }</pre>
 *
 * @param outcome the batch's state, passes, volumes and hand-over form
 * @param spotCheckSample the spot check's draw, seed {@code S/spot-check/B}, or null when the batch
 *     did not reach it
 * @param recheckSample the re-check's draw over the volumes the acceptance post passed, seed {@code
 *     S/re-check/B}, or null when it did not run or the acceptance passed no volume
 * @param passed the ids of the volumes the acceptance post passed, in batch order: the re-check's
 *     population
 * @param missed how many re-checked volumes had defects the acceptance post passed
 * @param missRate the acceptance post's miss rate estimated from the re-check, or null without a
 *     re-check sample
 * @param report the quality analysis report (质量分析报告) sent to the sub-centre, or null when the batch
 *     did not reach it
 * @param digitisationRounds how many rounds of rescanning digitisation's QC took
 * @since 0.1.0
 */
public record Phase1Outcome(
    BatchOutcome outcome,
    SamplingRecord.@Nullable BySize spotCheckSample,
    SamplingRecord.@Nullable BySize recheckSample,
    List<String> passed,
    int missed,
    @Nullable DefectRateEstimate missRate,
    @Nullable RectificationNotice report,
    int digitisationRounds) {

  /**
   * Validates.
   *
   * @param outcome the batch's state, passes, volumes and hand-over form
   * @param spotCheckSample the spot check's draw, seed {@code S/spot-check/B}, or null when the
   *     batch did not reach it
   * @param recheckSample the re-check's draw over the volumes the acceptance post passed, seed
   *     {@code S/re-check/B}, or null when it did not run or the acceptance passed no volume
   * @param passed the ids of the volumes the acceptance post passed, in batch order: the re-check's
   *     population
   * @param missed how many re-checked volumes had defects the acceptance post passed
   * @param missRate the acceptance post's miss rate estimated from the re-check, or null without a
   *     re-check sample
   * @param report the quality analysis report (质量分析报告) sent to the sub-centre, or null when the
   *     batch did not reach it
   * @param digitisationRounds how many rounds of rescanning digitisation's QC took
   */
  public Phase1Outcome {
    Objects.requireNonNull(outcome, "outcome");
    passed = List.copyOf(passed);
    for (int n : new int[] {missed, digitisationRounds}) {
      if (n < 0) {
        throw new InvalidValueException("counts", "0 or more", Integer.toString(n));
      }
    }
    if (missed > passed.size()) {
      throw new InvalidValueException(
          "missed", "at most passed (" + passed.size() + ")", Integer.toString(missed));
    }
  }

  /** {@return the acceptance post's estimated miss rate, when there was a re-check sample} */
  public Optional<DefectRateEstimate> acceptanceMissRate() {
    return Optional.ofNullable(missRate);
  }

  /** {@return the quality analysis report, when the batch reached it} */
  public Optional<RectificationNotice> qualityReport() {
    return Optional.ofNullable(report);
  }
}
