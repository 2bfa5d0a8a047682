package org.siarchive.rules.storage;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One store's state at a month: occupancy, fill, how soon it is full without transfers, its place
 * in the pressure ranking and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the store
 * @param subCenterId its sub-centre
 * @param fill occupied / capacity (volumes) at the month
 * @param next12Months the forecast volumes of the 12 months after it
 * @param monthsUntilFull months from the month until the store is full (occupancy at or above
 *     capacity) without transfers: 0 when it is full already; empty when not within {@value
 *     StoragePlanner#LOOK_AHEAD} months
 * @param rank 1 for the most pressed store: soonest full, then fullest, then fastest growing, then
 *     by id
 * @param reason why it is pressed
 * @param heldOutErrors the mean absolute error, volumes per month, of each forecast method on the
 *     last 12 months of its history (the methods that have enough history)
 * @since 0.1.0
 */
public record RoomStatus(
    String id,
    String subCenterId,
    FillRatio fill,
    long next12Months,
    OptionalInt monthsUntilFull,
    int rank,
    Pressure reason,
    Map<ForecastMethod, BigDecimal> heldOutErrors) {

  /**
   * Checks the fields.
   *
   * @param id the store
   * @param subCenterId its sub-centre
   * @param fill occupied / capacity (volumes) at the month
   * @param next12Months the forecast volumes of the 12 months after it
   * @param monthsUntilFull months from the month until the store is full (occupancy at or above
   *     capacity) without transfers: 0 when it is full already; empty when not within {@value
   *     StoragePlanner#LOOK_AHEAD} months
   * @param rank 1 for the most pressed store: soonest full, then fullest, then fastest growing,
   *     then by id
   * @param reason why it is pressed
   * @param heldOutErrors the mean absolute error, volumes per month, of each forecast method on the
   *     last 12 months of its history (the methods that have enough history)
   */
  public RoomStatus {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subCenterId, "subCenterId");
    Objects.requireNonNull(fill, "fill");
    Objects.requireNonNull(monthsUntilFull, "monthsUntilFull");
    Objects.requireNonNull(reason, "reason");
    heldOutErrors = Map.copyOf(heldOutErrors);
  }

  /** {@return the capacity in volumes} */
  public long capacity() {
    return fill.capacity();
  }

  /** {@return the volumes held} */
  public long occupied() {
    return fill.occupied();
  }
}
