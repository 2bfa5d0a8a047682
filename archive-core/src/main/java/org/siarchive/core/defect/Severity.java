package org.siarchive.core.defect;

/**
 * How much a defect matters, most severe first.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The volume cannot be accepted or handed over until it is rectified (阻断). */
  BLOCKING,
  /** Must be rectified; acceptance may continue for the rest of the batch (主要). */
  MAJOR,
  /** Should be rectified; recorded in the quality report (次要). */
  MINOR
}
