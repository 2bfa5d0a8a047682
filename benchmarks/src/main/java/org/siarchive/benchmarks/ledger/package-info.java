/**
 * JMH benchmarks of the transfer ledger: appends per second on each store, verification of a
 * million events against hashing the same bytes alone, and an inclusion proof in a million-event
 * ledger.
 */
package org.siarchive.benchmarks.ledger;
