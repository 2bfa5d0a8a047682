package org.siarchive.rules.storage;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One month of a plan: what moves from which store, and every room's fill at the month's end.
 *
 * <p>Immutable and thread-safe.
 *
 * @param month the month
 * @param transfers store id to the volumes transferred from it this month, stores with none left
 *     out, in the network's store order
 * @param fill room id to its fill at the end of the month: every store in the network's order, then
 *     the centre's stacks
 * @since 0.1.0
 */
public record MonthPlan(YearMonth month, Map<String, Long> transfers, Map<String, FillRatio> fill) {
  /**
   * Checks and copies, keeping the order.
   *
   * @param month the month
   * @param transfers store id to the volumes transferred from it this month, stores with none left
   *     out, in the network's store order
   * @param fill room id to its fill at the end of the month: every store in the network's order,
   *     then the centre's stacks
   */
  public MonthPlan {
    Objects.requireNonNull(month, "month");
    transfers = Collections.unmodifiableMap(new LinkedHashMap<>(transfers));
    fill = Collections.unmodifiableMap(new LinkedHashMap<>(fill));
  }

  /** {@return the volumes transferred this month in all} */
  public long total() {
    return transfers.values().stream().mapToLong(Long::longValue).sum();
  }
}
