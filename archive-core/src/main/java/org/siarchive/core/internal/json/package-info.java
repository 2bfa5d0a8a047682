/**
 * The strict Jackson configuration and the translation of Jackson's failures into a pointer and a
 * reason, shared by the volume codec and the rule-data loader. Not exported.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.core.internal.json;

import org.jspecify.annotations.NullMarked;
