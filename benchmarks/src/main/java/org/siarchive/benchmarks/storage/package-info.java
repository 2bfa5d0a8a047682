/**
 * JMH benchmarks of storage planning: the optimal transfer plan of 1,000 stores over 120 months.
 * Not published.
 */
package org.siarchive.benchmarks.storage;
