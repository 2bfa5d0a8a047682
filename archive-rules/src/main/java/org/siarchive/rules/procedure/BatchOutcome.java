package org.siarchive.rules.procedure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.Batch;
import org.siarchive.sampling.selection.SamplingRecord;

/**
 * Where a procedure left a batch: its state in the ledger, how often it was returned and rectified,
 * every pass of every step, the supervision sample, the hand-over form once handed over, the
 * volumes as they stand, and why it stopped short of storage, if it did. Immutable and thread-safe.
 *
 * <pre>{@code
 * BatchOutcome out = phase2.run("SC01-2024-1", "SC01", volumes);
 * out.batch().state();                 // "STORED"
 * out.returns();                       // RETURN and SUPERVISE_RETURN events
 * out.handOver().map(HandOverForm::digest);
 * }</pre>
 *
 * @param batch the batch as the ledger leaves it
 * @param returns how many times it was returned (pre-acceptance and supervision)
 * @param rectificationRounds how many rounds of rectification and resubmission followed returns
 * @param selfCheckRounds how many rounds of rectification the self-check took before the request
 * @param steps every pass of every step, in the order they ran
 * @param supervisionSample the supervising leader's draw, or null when the batch did not reach
 *     supervision
 * @param handOver the hand-over form, or null when the batch was not handed over
 * @param volumes the batch's volumes as they stand after every rectification, in batch order
 * @param stopped why the procedure stopped before storage, or null when the batch was stored
 * @since 0.1.0
 */
public record BatchOutcome(
    Batch batch,
    int returns,
    int rectificationRounds,
    int selfCheckRounds,
    List<CheckStep> steps,
    SamplingRecord.@Nullable BySize supervisionSample,
    @Nullable HandOverForm handOver,
    List<Volume> volumes,
    @Nullable String stopped) {

  /**
   * Validates and copies.
   *
   * @param batch the batch as the ledger leaves it
   * @param returns how many times it was returned (pre-acceptance and supervision)
   * @param rectificationRounds how many rounds of rectification and resubmission followed returns
   * @param selfCheckRounds how many rounds of rectification the self-check took before the request
   * @param steps every pass of every step, in the order they ran
   * @param supervisionSample the supervising leader's draw, or null when the batch did not reach
   *     supervision
   * @param handOver the hand-over form, or null when the batch was not handed over
   * @param volumes the batch's volumes as they stand after every rectification, in batch order
   * @param stopped why the procedure stopped before storage, or null when the batch was stored
   */
  public BatchOutcome {
    Objects.requireNonNull(batch, "batch");
    for (int n : new int[] {returns, rectificationRounds, selfCheckRounds}) {
      if (n < 0) {
        throw new InvalidValueException("rounds", "0 or more", Integer.toString(n));
      }
    }
    steps = List.copyOf(steps);
    volumes = List.copyOf(volumes);
  }

  /** {@return the hand-over form, when the batch was handed over} */
  public Optional<HandOverForm> handOverForm() {
    return Optional.ofNullable(handOver);
  }

  /** {@return why the procedure stopped short of storage, when it did} */
  public Optional<String> stoppedBecause() {
    return Optional.ofNullable(stopped);
  }
}
