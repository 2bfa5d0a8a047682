/**
 * Sampling mathematics for the siarchive SDK: exact attribute sample sizes, ISO 2859-1 single
 * sampling plans with switching rules, allocation across strata and verifiable selection. The
 * module knows nothing of archives; it depends on Guava, Commons Statistics and, to read its rule
 * tables, Jackson.
 *
 * <p>Only the API packages are exported; {@code org.siarchive.sampling.internal...} holds the
 * implementation (strict reading of the rule tables, exact tail comparisons).
 */
module org.siarchive.sampling {
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.statistics.distribution;
  // Null policy annotations (@NullMarked, @Nullable): read at compile time by the host's tools.
  requires static transitive org.jspecify;

  exports org.siarchive.sampling;
  exports org.siarchive.sampling.size;
  exports org.siarchive.sampling.iso2859;
  exports org.siarchive.sampling.allocation;
  exports org.siarchive.sampling.selection;
}
