/**
 * JMH benchmarks of {@code archive-sampling}: the keyed draw against SHA-256 hashing alone, the
 * exact hypergeometric sample size at N = 10^7, and allocation over 10^5 strata. Run with {@code
 * java -jar benchmarks/target/benchmarks.jar Sampling}. Not published; parameters are non-null.
 */
package org.siarchive.benchmarks.sampling;
