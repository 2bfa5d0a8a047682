/**
 * Personal and organisational identifiers that check themselves: {@link
 * org.siarchive.core.id.CitizenId} (GB 11643-1999) and {@link org.siarchive.core.id.CreditCode} (GB
 * 32100-2015). They print masked everywhere ({@link org.siarchive.core.id.Masking}). The archival
 * code (档号, DA/T 22-2015) is built from the model's year and retention period and lives with the
 * model: {@link org.siarchive.core.model.ArchivalCode}.
 *
 * <p>This package depends on nothing else of archive-core but its root exceptions, so the model may
 * use it without a package cycle.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.core.id;

import org.jspecify.annotations.NullMarked;
