package org.siarchive.rules.retention.appraisal;

/**
 * Why a record is held from destruction.
 *
 * <pre>{@code
 * new Hold("H-1", HoldKind.LEGAL, Set.of("V-1"), "诉讼", LocalDate.of(2024, 3, 1), null);
 * }</pre>
 *
 * @since 0.1.0
 */
public enum HoldKind {
  /** A legal hold: litigation, an investigation, an audit. */
  LEGAL,
  /** A business hold: the record is still needed for a pending case. */
  BUSINESS
}
