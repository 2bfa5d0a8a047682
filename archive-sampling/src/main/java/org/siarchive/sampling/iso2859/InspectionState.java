package org.siarchive.sampling.iso2859;

import java.util.Locale;
import java.util.Optional;

/**
 * The state of a supplier under the switching rules: one of the three inspections, or acceptance
 * discontinued.
 *
 * <p>Example: {@code InspectionState.TIGHTENED.inspection()} is {@code Optional.of(TIGHTENED)};
 * {@code DISCONTINUED.inspection()} is empty.
 *
 * @since 0.1.0
 */
public enum InspectionState {
  /** Normal inspection. */
  NORMAL,
  /** Tightened inspection. */
  TIGHTENED,
  /** Reduced inspection. */
  REDUCED,
  /** Acceptance by sampling discontinued; resumes only at tightened inspection. */
  DISCONTINUED;

  /** {@return the lower-case label, e.g. {@code "discontinued"}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@return the inspection applied in this state; empty when discontinued} */
  public Optional<InspectionSeverity> inspection() {
    return this == DISCONTINUED
        ? Optional.empty()
        : Optional.of(InspectionSeverity.valueOf(name()));
  }
}
