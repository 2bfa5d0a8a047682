/**
 * Implementation shared by the rule packages, not exported: the one strict loader of rule tables
 * ({@link org.siarchive.rules.internal.RuleData}: binding, then Jakarta Validation, each failure a
 * {@link org.siarchive.rules.RuleDataException} at its JSON pointer), JSON pointers ({@link
 * org.siarchive.rules.internal.Pointers}), the index of bundled tables with their SHA-256 ({@link
 * org.siarchive.rules.internal.BundledIndex}), the writer of rule documents ({@link
 * org.siarchive.rules.internal.Json}), and the field checks of the value types' compact constructors
 * ({@link org.siarchive.rules.internal.Texts}, {@link org.siarchive.rules.internal.Copies}).
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.rules.internal;

import org.jspecify.annotations.NullMarked;
