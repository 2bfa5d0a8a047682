/**
 * The simulation's discrete-event engine (not API): the event queue, the posts with their FIFO
 * queues, and the keyed random streams that give common random numbers across scenarios.
 */
@NullMarked
package org.siarchive.rules.simulation.internal;

import org.jspecify.annotations.NullMarked;
