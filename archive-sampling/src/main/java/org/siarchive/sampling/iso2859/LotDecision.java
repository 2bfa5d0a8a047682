package org.siarchive.sampling.iso2859;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the switching rules made of one lot: the state it was inspected under, the plan, whether it
 * was accepted, the switching score after it and the state change it caused. Immutable and
 * thread-safe.
 *
 * <p>Example: {@code LotDecision[lotNumber=1, lotSize=1000, nonconforming=0, state=NORMAL, plan=J
 * 80 2/3, accepted=true, switchingScore=3, transition=empty]}.
 *
 * @param lotNumber 1-based position in the supplier's lot sequence
 * @param lotSize {@code N}
 * @param nonconforming {@code d} found in the sample (as reported; not judged while discontinued)
 * @param state the state the lot was handled under
 * @param plan the plan applied; empty while acceptance is discontinued
 * @param accepted whether the lot was accepted (never while discontinued)
 * @param switchingScore the switching score after this lot (0 outside normal inspection)
 * @param transition the state change this lot caused, if any
 * @since 0.1.0
 */
public record LotDecision(
    int lotNumber,
    long lotSize,
    int nonconforming,
    InspectionState state,
    Optional<SamplingPlan> plan,
    boolean accepted,
    int switchingScore,
    Optional<Transition> transition) {

  /**
   * Validates the components.
   *
   * @param lotNumber 1-based position in the supplier's lot sequence
   * @param lotSize {@code N}
   * @param nonconforming {@code d} found in the sample (as reported; not judged while discontinued)
   * @param state the state the lot was handled under
   * @param plan the plan applied; empty while acceptance is discontinued
   * @param accepted whether the lot was accepted (never while discontinued)
   * @param switchingScore the switching score after this lot (0 outside normal inspection)
   * @param transition the state change this lot caused, if any
   */
  public LotDecision {
    if (lotNumber < 1) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for lotNumber (valid values >= 1): %d", lotNumber));
    }
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(transition, "transition");
    if (plan.isEmpty() != (state == InspectionState.DISCONTINUED)) {
      throw new IllegalArgumentException(
          "Invalid lot decision: a plan is applied exactly when not discontinued");
    }
  }
}
