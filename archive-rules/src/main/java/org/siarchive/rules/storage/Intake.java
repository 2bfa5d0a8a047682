package org.siarchive.rules.storage;

import org.siarchive.rules.storage.internal.Args;

/**
 * The archive centre's intake capacity: the volumes it can collect, accept and shelve in one month,
 * stated directly or as collection trips times volumes per trip.
 *
 * <pre>{@code
 * Intake.ofTrips(4, 600).volumesPerMonth();  // 2400
 * Intake.ofVolumes(2000);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param volumesPerMonth the volumes per month, 0 to {@value StorageNetwork#MAX_VOLUMES}
 * @since 0.1.0
 */
public record Intake(long volumesPerMonth) {

  /**
   * Checks the figure.
   *
   * @param volumesPerMonth the volumes per month, 0 to {@value StorageNetwork#MAX_VOLUMES}
   */
  public Intake {
    Args.range(volumesPerMonth, 0, StorageNetwork.MAX_VOLUMES, "volumesPerMonth");
  }

  /**
   * {@return an intake of so many volumes a month}
   *
   * @param volumesPerMonth the volumes per month, 0 to {@value StorageNetwork#MAX_VOLUMES}
   */
  public static Intake ofVolumes(long volumesPerMonth) {
    return new Intake(volumesPerMonth);
  }

  /**
   * {@return an intake of so many collection trips a month carrying so many volumes each}
   *
   * @param tripsPerMonth 0 to 1,000
   * @param volumesPerTrip 0 to 1,000,000
   */
  public static Intake ofTrips(int tripsPerMonth, int volumesPerTrip) {
    Args.range(tripsPerMonth, 0, 1_000, "tripsPerMonth");
    Args.range(volumesPerTrip, 0, 1_000_000, "volumesPerTrip");
    return new Intake((long) tripsPerMonth * volumesPerTrip);
  }
}
