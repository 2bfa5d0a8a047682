/**
 * Implementation of storage planning, not exported: the problem as arrays ({@link
 * org.siarchive.rules.storage.internal.Problem}), the exact feasibility test and latest schedule
 * ({@link org.siarchive.rules.storage.internal.LatestSchedule}), the search for the optimal peak
 * and the least intake ({@link org.siarchive.rules.storage.internal.PeakSearch}) with its lower
 * bounds from Hall's condition on windows of months ({@code Windows}), the naive plan ({@link
 * org.siarchive.rules.storage.internal.NaiveSchedule}) and the wire form of the rooms file ({@link
 * org.siarchive.rules.storage.internal.RoomsDocument}).
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.rules.storage.internal;

import org.jspecify.annotations.NullMarked;
