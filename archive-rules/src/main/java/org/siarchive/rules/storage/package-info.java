/**
 * Storage-pressure planning (article §3.5, 实施档案库房动态管理机制): the sub-centres' stores and the archive
 * centre's stacks with their capacity and occupancy ({@link
 * org.siarchive.rules.storage.StorageNetwork}, read from a rooms file by {@link
 * org.siarchive.rules.storage.StorageFile}), monthly generation and its forecast ({@link
 * org.siarchive.rules.storage.ForecastMethod}, with its error on held-out months), when volumes may
 * be transferred ({@link org.siarchive.rules.storage.Eligibility}), the disposals that free space
 * ({@link org.siarchive.rules.storage.Disposals}, supplied by the retention capability), and {@link
 * org.siarchive.rules.storage.StoragePlanner}: status and pressure ranking, the optimal transfer
 * schedule beside the naive one, overflows and the least intake that avoids them. {@link
 * org.siarchive.rules.storage.StorageHtml} renders a plan as one self-contained HTML page.
 *
 * <p>Data in, results out: nothing here reads a clock or writes a file, except {@link
 * org.siarchive.rules.storage.StorageFile}, which reads and writes the rooms format.
 *
 * <p>Parameters and return values are non-null unless documented otherwise; a refused value is an
 * {@link org.siarchive.core.InvalidValueException} naming the field and the value.
 */
@NullMarked
package org.siarchive.rules.storage;

import org.jspecify.annotations.NullMarked;
