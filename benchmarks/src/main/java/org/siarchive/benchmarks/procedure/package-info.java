/**
 * JMH benchmarks of the phase procedures: phase 2 over the 20,000-volume synthetic city against
 * checking the same volumes once. Not published.
 */
package org.siarchive.benchmarks.procedure;
