/**
 * Implementation of the transfer lifecycle, not exported: the binding documents of the lifecycle
 * table and its bundled index, and {@link
 * org.siarchive.core.transfer.internal.LifecycleTableLoader}, the table's strict loader. Nothing
 * here imports the exported transfer package.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.core.transfer.internal;

import org.jspecify.annotations.NullMarked;
