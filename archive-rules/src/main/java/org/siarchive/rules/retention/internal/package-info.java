/**
 * Implementation of the retention rules, not exported: the wire records of the edition format
 * ({@link org.siarchive.rules.retention.internal.EditionDocument}), the strict loader that turns
 * bytes into a checked document (on the module's one strict loader), the material-text matcher and
 * the wording of diff summaries.
 *
 * <p>Null policy: as in {@link org.siarchive.rules.retention}; in the wire records a component is
 * null exactly when the JSON document omits it or gives {@code null}.
 */
@NullMarked
package org.siarchive.rules.retention.internal;

import org.jspecify.annotations.NullMarked;
