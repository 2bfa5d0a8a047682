/**
 * siarchive rules: judgments over the archive model — material rules, quality checks and their
 * reports.
 */
module org.siarchive.rules {
  requires transitive org.siarchive.core;
  requires com.google.common;

  // Quality: material rules, defect catalogue, checks and runs, quality reports (issue 4).
  exports org.siarchive.rules;
  exports org.siarchive.rules.material;
  exports org.siarchive.rules.quality;
  exports org.siarchive.rules.report;
  opens org.siarchive.rules.material;
  opens org.siarchive.rules.quality;
  opens org.siarchive.rules.report;
  opens org.siarchive.rules.internal to
      com.fasterxml.jackson.databind;
}
