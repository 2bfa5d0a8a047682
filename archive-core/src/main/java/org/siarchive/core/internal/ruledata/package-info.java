/**
 * The implementation of the rule-data kernel, exported only to {@code org.siarchive.rules}: the one
 * strict loader ({@link org.siarchive.core.internal.ruledata.StrictLoader}: strict binding, then
 * Jakarta Validation, each failure a {@link org.siarchive.core.ruledata.RuleDataException} at its
 * JSON pointer), JSON pointers ({@link org.siarchive.core.internal.ruledata.Pointers}) and the
 * index of bundled tables with their SHA-256 ({@link
 * org.siarchive.core.internal.ruledata.BundledIndex}).
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.core.internal.ruledata;

import org.jspecify.annotations.NullMarked;
