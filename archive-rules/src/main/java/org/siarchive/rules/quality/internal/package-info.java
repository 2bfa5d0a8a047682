/**
 * The built-in checks, one class per check, reached through {@link
 * org.siarchive.rules.quality.BuiltInChecks}. Not exported.
 *
 * <p>Every check here is a stateless singleton; parameters are non-null.
 */
@NullMarked
package org.siarchive.rules.quality.internal;

import org.jspecify.annotations.NullMarked;
