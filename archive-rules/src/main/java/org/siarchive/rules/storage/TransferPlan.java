package org.siarchive.rules.storage;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A transfer schedule over the horizon and what it leads to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param months the months after the as-of month, in order
 * @param peak the highest fill ratio any store reaches at the end of a month of the horizon
 * @param peakRoom the store that first reaches it
 * @param overflows every store and month above capacity, by month then store order
 * @param stacksFull the first month at whose end the centre's stacks are full, if any
 * @since 0.1.0
 */
public record TransferPlan(
    List<MonthPlan> months,
    FillRatio peak,
    String peakRoom,
    List<Overflow> overflows,
    Optional<YearMonth> stacksFull) {
  /**
   * Checks and copies.
   *
   * @param months the months after the as-of month, in order
   * @param peak the highest fill ratio any store reaches at the end of a month of the horizon
   * @param peakRoom the store that first reaches it
   * @param overflows every store and month above capacity, by month then store order
   * @param stacksFull the first month at whose end the centre's stacks are full, if any
   */
  public TransferPlan {
    months = List.copyOf(months);
    Objects.requireNonNull(peak, "peak");
    Objects.requireNonNull(peakRoom, "peakRoom");
    overflows = List.copyOf(overflows);
    Objects.requireNonNull(stacksFull, "stacksFull");
  }

  /** {@return the volumes transferred over the horizon} */
  public long transferred() {
    return months.stream().mapToLong(MonthPlan::total).sum();
  }
}
