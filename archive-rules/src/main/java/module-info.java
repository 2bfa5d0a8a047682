/**
 * siarchive rules: the judgments made over the archive model.
 *
 * <p>Retention schedules (归档范围和保管期限表) as versioned data: {@link org.siarchive.rules.retention}
 * (editions, registry, classification, disposition dates, diffs, re-appraisal impact) and {@link
 * org.siarchive.rules.retention.appraisal} (holds, appraisal lists, destruction lists).
 *
 * <p>Quality: {@link org.siarchive.rules.material} (material rules as versioned data), {@link
 * org.siarchive.rules.quality} (defect catalogue, checks, stage suites, batch runs) and {@link
 * org.siarchive.rules.report} (quality analysis reports, rectification notices).
 *
 * <p>Storage-pressure planning: {@link org.siarchive.rules.storage} (rooms, forecasts, pressure
 * ranking, the optimal transfer schedule).
 *
 * <p>Inspection: {@link org.siarchive.rules.inspection} (fixed ratios, ratios in proportion to
 * problem rates, ISO 2859-1 with switching; OC, AOQ, AOQL, ATI; the defect rate estimated after).
 */
module org.siarchive.rules {
  requires transitive org.siarchive.core;
  // Transitive: the API speaks the sampling module's types (draw records, rates, ISO tables,
  // plans and switching rules) in the inspection policies, the procedures and SamplingTables.
  requires transitive org.siarchive.sampling;
  // Null policy annotations (@NullMarked, @Nullable): read at compile time by the host's tools.
  requires static transitive org.jspecify;

  // Retention schedules (issue 3).
  exports org.siarchive.rules.retention;
  exports org.siarchive.rules.retention.appraisal;

  // Jackson binds the edition documents reflectively and Bean Validation reads their constraints;
  // Hibernate Validator needs the validated package opened unconditionally.
  opens org.siarchive.rules.retention.internal;

  // Quality: material rules, defect catalogue, checks and runs, quality reports (issue 4).
  requires com.google.common;
  // ImageIO decodes the image files the image checks read (issue 16).
  requires java.desktop;

  exports org.siarchive.rules;
  exports org.siarchive.rules.material;
  exports org.siarchive.rules.quality;
  exports org.siarchive.rules.report;

  // Jackson binds the rule documents and reports, Hibernate Validator reads their constraints.
  opens org.siarchive.rules.material;
  opens org.siarchive.rules.quality;
  opens org.siarchive.rules.report;

  // Storage-pressure planning (issue 11); Jackson binds the rooms file's wire form.
  exports org.siarchive.rules.storage;

  // The procedures of phase 1 and phase 2 on the transfer lifecycle, the hand-over form (issue 10).
  exports org.siarchive.rules.procedure;

  // The release notes of a data release, generated from the tables (issue 17).
  exports org.siarchive.rules.release;

  // Inspection policies: how many to inspect and which, what a plan buys, the estimate after
  // (issue 10).
  requires org.apache.commons.statistics.distribution;

  exports org.siarchive.rules.inspection;

  opens org.siarchive.rules.storage.internal;

  // The workflow simulation: phase 1, phase 2 and the article's proposals (issue 12).
  exports org.siarchive.rules.simulation;

  // Jackson binds the scenario file's wire form.
  opens org.siarchive.rules.simulation.internal;
}
