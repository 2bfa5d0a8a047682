/**
 * Transfer batches (移交批次) through phase 1 and phase 2: the lifecycle as a versioned rule table
 * ({@link org.siarchive.core.transfer.LifecycleTable}), the people and their roles ({@link
 * org.siarchive.core.transfer.Roster}), and the service that takes actions and records them in a
 * tamper-evident ledger ({@link org.siarchive.core.transfer.Transfers}). A refused action is a
 * result ({@link org.siarchive.core.transfer.ActionResult.Refused}), never an exception.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.core.transfer;

import org.jspecify.annotations.NullMarked;
