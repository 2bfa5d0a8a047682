package org.siarchive.rules.inspection;

import java.util.Objects;
import org.siarchive.core.InvalidValueException;

/**
 * The seed of one step's draw over one batch, {@code S/<step>/<batch>}: derived from the run's
 * seed, the step and the batch, so that every draw of a run has its own seed and a third party who
 * knows the three re-derives it. Immutable and thread-safe.
 *
 * <pre>{@code
 * StepSeed.of("20201026", "supervision", "B-SC01-1").value();   // "20201026/supervision/B-SC01-1"
 * }</pre>
 *
 * @param base the run's seed {@code S}
 * @param step the step, e.g. {@code pre-acceptance}, {@code supervision}, {@code re-check}:
 *     non-empty, without {@code /}
 * @param batch the batch id, non-empty
 * @since 0.1.0
 */
public record StepSeed(String base, String step, String batch) {

  /**
   * Validates the components.
   *
   * @param base the run's seed {@code S}
   * @param step the step, e.g. {@code pre-acceptance}, {@code supervision}, {@code re-check}:
   *     non-empty, without {@code /}
   * @param batch the batch id, non-empty
   */
  public StepSeed {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(batch, "batch");
    if (step.isEmpty() || step.indexOf('/') >= 0) {
      throw new InvalidValueException("step", "non-empty, without '/'", "\"" + step + "\"");
    }
    if (batch.isEmpty()) {
      throw new InvalidValueException("batch", "non-empty", "\"\"");
    }
  }

  /**
   * Obtains the seed of a step over a batch.
   *
   * @param base the run's seed
   * @param step the step
   * @param batch the batch id
   * @return the seed
   */
  public static StepSeed of(String base, String step, String batch) {
    return new StepSeed(base, step, batch);
  }

  /** {@return {@code base/step/batch}, the seed the draw uses} */
  public String value() {
    return base + "/" + step + "/" + batch;
  }

  /** Returns {@link #value()}. */
  @Override
  public String toString() {
    return value();
  }
}
