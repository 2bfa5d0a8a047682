package org.siarchive.rules.storage;

/**
 * Why a store is under storage pressure (存档压力), by the thresholds of a {@link PressurePolicy}.
 *
 * @since 0.1.0
 */
public enum Pressure {
  /** Its fill ratio is at or above the policy's fill threshold. */
  FILL,
  /** Its forecast generation per month is at or above the policy's share of its capacity. */
  GROWTH,
  /** Both. */
  BOTH,
  /** Neither: the store is ranked, but under no pressure by the policy. */
  NONE;

  /** {@return the reason in lower case, as the command line prints it ({@code "fill"}, ...)} */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
