package org.siarchive.rules.storage;

import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The optimal transfer plan over a horizon beside the naive one, and the least intake that avoids
 * every overflow.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the month the plan starts after
 * @param intake the intake planned with
 * @param optimal the schedule minimising the highest fill ratio any store reaches ({@link
 *     StoragePlanner#plan})
 * @param naive the fullest store first, every month
 * @param minimalIntake the least volumes per month with which no store exceeds its capacity in any
 *     month; empty when no intake suffices (the transferable volumes or the centre's stacks run
 *     short)
 * @since 0.1.0
 */
public record StoragePlan(
    YearMonth asOf,
    Intake intake,
    TransferPlan optimal,
    TransferPlan naive,
    OptionalLong minimalIntake) {
  /**
   * Checks the fields.
   *
   * @param asOf the month the plan starts after
   * @param intake the intake planned with
   * @param optimal the schedule minimising the highest fill ratio any store reaches ({@link
   *     StoragePlanner#plan})
   * @param naive the fullest store first, every month
   * @param minimalIntake the least volumes per month with which no store exceeds its capacity in
   *     any month; empty when no intake suffices (the transferable volumes or the centre's stacks
   *     run short)
   */
  public StoragePlan {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(intake, "intake");
    Objects.requireNonNull(optimal, "optimal");
    Objects.requireNonNull(naive, "naive");
    Objects.requireNonNull(minimalIntake, "minimalIntake");
  }

  /** {@return true when the optimal plan keeps every store within its capacity in every month} */
  public boolean isFeasible() {
    return !optimal.peak().isOverfull();
  }

  /** {@return the months planned} */
  public int horizon() {
    return optimal.months().size();
  }
}
