package org.siarchive.sampling.iso2859;

import java.util.Locale;
import java.util.Objects;

/**
 * One change of a supplier's inspection state with its reason, explained from the lot history.
 * Immutable and thread-safe.
 *
 * <p>Example: {@code Transition[afterLot=5, from=NORMAL, to=TIGHTENED,
 * reason=TWO_OF_FIVE_NOT_ACCEPTED, explanation="lots 3 and 5 not accepted within 5 consecutive lots
 * on normal inspection"]}.
 *
 * @param afterLot the number (1-based) of the last lot before the change; 0 before any lot
 * @param from the state left
 * @param to the state entered
 * @param reason the rule that applied
 * @param explanation the facts that triggered it, in words
 * @since 0.1.0
 */
public record Transition(
    int afterLot,
    InspectionState from,
    InspectionState to,
    SwitchReason reason,
    String explanation) {

  /**
   * Validates the components.
   *
   * @param afterLot the number (1-based) of the last lot before the change; 0 before any lot
   * @param from the state left
   * @param to the state entered
   * @param reason the rule that applied
   * @param explanation the facts that triggered it, in words
   */
  public Transition {
    if (afterLot < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for afterLot (valid values >= 0): %d", afterLot));
    }
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(explanation, "explanation");
    if (from == to) {
      throw new IllegalArgumentException(
          "Invalid transition: from and to are both " + from.label());
    }
  }
}
