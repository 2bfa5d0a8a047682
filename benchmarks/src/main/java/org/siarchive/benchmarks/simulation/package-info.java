/** JMH benchmark of the workflow simulation's default run (issue 12). */
@NullMarked
package org.siarchive.benchmarks.simulation;

import org.jspecify.annotations.NullMarked;
