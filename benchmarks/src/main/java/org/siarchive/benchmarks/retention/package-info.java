/**
 * JMH benchmarks of the retention rules: classification plus disposition of items against a loaded
 * edition, and loading an edition of 2,000 rows. Not published.
 */
package org.siarchive.benchmarks.retention;
