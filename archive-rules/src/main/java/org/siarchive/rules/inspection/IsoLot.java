package org.siarchive.rules.inspection;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.siarchive.core.InvalidValueException;
import org.siarchive.sampling.iso2859.InspectionState;
import org.siarchive.sampling.iso2859.SamplingPlan;

/**
 * Where a stratum's batch stands under the ISO 2859-1 switching rules: its number in the supplier's
 * (the stratum's) sequence of lots, the state it is inspected under and the plan that state gives.
 * Immutable and thread-safe.
 *
 * <p>Example: {@code IsoLot[lotNumber=3, state=TIGHTENED, plan=J 80 1/2]}; while acceptance is
 * discontinued, or for a lot below the code-letter table, the plan is empty and every volume is
 * inspected.
 *
 * @param lotNumber the lot's 1-based number in its supplier's sequence
 * @param state the supplier's state when the lot is inspected
 * @param plan the plan applied; empty when the lot is inspected in full without one
 * @since 0.1.0
 */
public record IsoLot(int lotNumber, InspectionState state, Optional<SamplingPlan> plan) {

  /**
   * Validates the components.
   *
   * @param lotNumber the lot's 1-based number in its supplier's sequence
   * @param state the supplier's state when the lot is inspected
   * @param plan the plan applied; empty when the lot is inspected in full without one
   */
  public IsoLot {
    if (lotNumber < 1) {
      throw new InvalidValueException(
          "lotNumber", "valid values >= 1", String.format(Locale.ROOT, "%d", lotNumber));
    }
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(plan, "plan");
  }
}
