package org.siarchive.rules.simulation;

/**
 * The figures a replication yields for a scenario; their names are a contract (JSON, HTML). Times
 * are in working days, over the volumes formed within the horizon. Per post figures are named
 * {@code staffDays.<ROLE>} and {@code waitingDays.<ROLE>} beside these.
 *
 * @since 0.1.0
 */
public enum Metric {
  /** Mean working days from a defective volume's formation to the first detection of its defect. */
  DAYS_TO_DETECTION("daysToDetection", "formation to first detection of a defect, mean (days)"),
  /** The 90th percentile of the same. */
  DAYS_TO_DETECTION_P90(
      "daysToDetectionP90", "formation to first detection of a defect, 90th percentile (days)"),
  /** Mean working days from detection to rectification. */
  DAYS_TO_RECTIFICATION("daysToRectification", "detection to rectification, mean (days)"),
  /** Mean working days from formation to digitisation. */
  DAYS_TO_DIGITISATION("daysToDigitisation", "formation to digitisation, mean (days)"),
  /** The share of truly defective volumes that reach the stacks undetected. */
  ESCAPED_DEFECT_SHARE(
      "escapedDefectShare", "share of defective volumes reaching the stacks undetected"),
  /** Pages inspected at every inspection step (self-check, audit, acceptance, ...). */
  PAGES_INSPECTED("pagesInspected", "pages inspected, every inspection step"),
  /** Volumes inspected at every inspection step. */
  VOLUMES_INSPECTED("volumesInspected", "volumes inspected, every inspection step"),
  /** Person-days of work at every post. */
  STAFF_DAYS("staffDays", "person-days worked, every post"),
  /** The highest fill ratio any sub-centre store reaches. */
  PEAK_STORE_FILL("peakStoreFill", "highest fill of any sub-centre store (occupied / capacity)"),
  /** Volume-days spent at the sub-centres, from formation to collection. */
  VOLUME_DAYS_AT_SUB_CENTRES(
      "volumeDaysAtSubCentres", "volume-days at the sub-centres, formation to collection"),
  /** Mean wait of a job in a post's queue, every post. */
  WAITING_DAYS("waitingDays", "mean wait of a job in a post's queue, every post (days)");

  private final String key;
  private final String description;

  Metric(String key, String description) {
    this.key = key;
    this.description = description;
  }

  /** {@return the contract name, e.g. {@code daysToDetection}} */
  public String key() {
    return key;
  }

  /** {@return what it measures, in words} */
  public String description() {
    return description;
  }
}
