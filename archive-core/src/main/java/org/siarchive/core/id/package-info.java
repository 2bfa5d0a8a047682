/**
 * Identifiers that check themselves: {@link org.siarchive.core.id.CitizenId} (GB 11643-1999),
 * {@link org.siarchive.core.id.CreditCode} (GB 32100-2015) and {@link
 * org.siarchive.core.id.ArchivalCode} (档号, DA/T 22-2015). Personal identifiers print masked
 * everywhere ({@link org.siarchive.core.id.Masking}).
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.core.id;

import org.jspecify.annotations.NullMarked;
