package org.siarchive.rules.procedure;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.Severity;
import org.siarchive.core.transfer.Findings;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.VolumeResult;
import org.siarchive.rules.report.RectificationNotice;
import org.siarchive.sampling.selection.SamplingRecord;

/**
 * One pass of a step over some of a batch's volumes: the stage's suite run on every volume, on a
 * verifiable sample, or on the volumes a rectification sent back; what it found; and the ledger
 * event its findings were attached to. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (CheckStep s : outcome.steps()) {
 *   s.stage();      // SUPERVISION
 *   s.sample();     // the draw with seed "S/supervision/B", or null
 *   s.findings();   // count and digest, as in the ledger event
 * }
 * }</pre>
 *
 * @param stage the step, as the stage whose suite ran
 * @param round 0 for the first pass, then 1, 2, … for the passes over rectified volumes
 * @param action the ledger action the pass led to (e.g. {@code RETURN}, {@code PRE_ACCEPT})
 * @param sample the draw the checked volumes came from, or null when every volume, or the returned
 *     ones, were checked
 * @param results each checked volume with its defects, in batch order
 * @param findings the findings attached to the event: the defects' count and the ledger's hash of
 *     their canonical JSON ({@link #findingsJson})
 * @param event the index of that ledger event
 * @param notice the rectification notice sent with a return, or null
 * @since 0.1.0
 */
public record CheckStep(
    Stage stage,
    int round,
    String action,
    SamplingRecord.@Nullable BySize sample,
    List<VolumeResult> results,
    Findings findings,
    long event,
    @Nullable RectificationNotice notice) {

  /**
   * Validates and copies.
   *
   * @param stage the step, as the stage whose suite ran
   * @param round 0 for the first pass, then 1, 2, … for the passes over rectified volumes
   * @param action the ledger action the pass led to (e.g. {@code RETURN}, {@code PRE_ACCEPT})
   * @param sample the draw the checked volumes came from, or null when every volume, or the
   *     returned ones, were checked
   * @param results each checked volume with its defects, in batch order
   * @param findings the findings attached to the event: the defects' count and the ledger's hash of
   *     their canonical JSON ({@link #findingsJson})
   * @param event the index of that ledger event
   * @param notice the rectification notice sent with a return, or null
   */
  public CheckStep {
    Objects.requireNonNull(stage, "stage");
    if (round < 0) {
      throw new InvalidValueException("round", "0 or more", Integer.toString(round));
    }
    Objects.requireNonNull(action, "action");
    results = List.copyOf(results);
    Objects.requireNonNull(findings, "findings");
  }

  /** {@return the checked volumes' ids, in batch order} */
  public List<String> checked() {
    return results.stream().map(VolumeResult::volumeId).toList();
  }

  /** {@return the results with at least one defect} */
  public List<VolumeResult> withDefects() {
    return results.stream().filter(VolumeResult::hasDefects).toList();
  }

  /** {@return every defect found, volume by volume} */
  public List<Defect> defects() {
    return results.stream().flatMap(r -> r.defects().stream()).toList();
  }

  /** {@return true when a blocking defect was found} */
  public boolean foundBlocking() {
    return defects().stream().anyMatch(d -> d.severity() == Severity.BLOCKING);
  }

  /**
   * {@return the findings as the ledger's digest covers them: the RFC 8785 canonical JSON array of
   * {@code {"volume", "code", "severity", "location", "arguments"}}, one per defect, in order}
   */
  public byte[] findingsJson() {
    return FindingsJson.of(defects());
  }
}
