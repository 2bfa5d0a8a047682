/**
 * siarchive core: the root exception types. The model lives in {@link org.siarchive.core.model},
 * identifiers in {@link org.siarchive.core.id}, the defect vocabulary in {@link
 * org.siarchive.core.defect} and the JSON codec in {@link org.siarchive.core.json}.
 *
 * <p>Null policy for every package of this module: parameters and return values are non-null unless
 * a method or record component says it may be null.
 */
@NullMarked
package org.siarchive.core;

import org.jspecify.annotations.NullMarked;
