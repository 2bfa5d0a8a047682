package org.siarchive.rules.storage;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A store holding more than its capacity at the end of a month under a plan.
 *
 * <p>Immutable and thread-safe.
 *
 * @param roomId the store
 * @param month the month
 * @param excess the volumes above capacity, 1 or more
 * @since 0.1.0
 */
public record Overflow(String roomId, YearMonth month, long excess) {
  /**
   * Checks the fields.
   *
   * @param roomId the store
   * @param month the month
   * @param excess the volumes above capacity, 1 or more
   */
  public Overflow {
    Objects.requireNonNull(roomId, "roomId");
    Objects.requireNonNull(month, "month");
    org.siarchive.rules.storage.internal.Args.range(excess, 1, Long.MAX_VALUE, "excess");
  }
}
