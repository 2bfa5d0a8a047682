/**
 * The provider of siarchive's bundled rule tables (not API: found through {@link
 * org.siarchive.core.ruledata.provider.RuleDataProvider}).
 */
@NullMarked
package org.siarchive.rules.data;

import org.jspecify.annotations.NullMarked;
