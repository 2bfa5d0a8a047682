package org.siarchive.rules.storage;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The stores at a month, most pressed first, and the centre's stacks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the month
 * @param forecast the method the projection used
 * @param rooms the stores in rank order
 * @param stacks the stacks' fill at the month, before any transfer
 * @since 0.1.0
 */
public record StorageStatus(
    YearMonth asOf, ForecastMethod forecast, List<RoomStatus> rooms, FillRatio stacks) {
  /**
   * Checks and copies.
   *
   * @param asOf the month
   * @param forecast the method the projection used
   * @param rooms the stores in rank order
   * @param stacks the stacks' fill at the month, before any transfer
   */
  public StorageStatus {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(forecast, "forecast");
    rooms = List.copyOf(rooms);
    Objects.requireNonNull(stacks, "stacks");
  }
}
