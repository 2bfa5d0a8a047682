/**
 * Implementation shared by the rule packages, not exported: the copies the rule documents' records
 * make of their lists ({@link org.siarchive.rules.internal.Copies}), the ordered, bounded batch
 * loop of runs over JSON Lines files ({@link org.siarchive.rules.internal.OrderedBatches}) and the
 * frame of the storage and simulation pages ({@link org.siarchive.rules.internal.HtmlPage}). The
 * strict loader, the JSON pointers and the bundled-table index are the rule-data kernel's, in
 * archive-core.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.rules.internal;

import org.jspecify.annotations.NullMarked;
