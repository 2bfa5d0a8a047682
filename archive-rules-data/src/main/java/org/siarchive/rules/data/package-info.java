/**
 * The provider of siarchive's bundled rule tables (not API: found through {@link
 * org.siarchive.core.ruledata.provider.RuleDataProvider}).
 */
package org.siarchive.rules.data;
