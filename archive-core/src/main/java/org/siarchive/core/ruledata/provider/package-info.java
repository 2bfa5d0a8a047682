/**
 * Rule data as artifacts, found the way {@code java.time} finds time-zone rules: {@link
 * org.siarchive.core.ruledata.provider.RuleDataProvider}s located by {@link
 * java.util.ServiceLoader} offer indexed table editions ({@link
 * org.siarchive.core.ruledata.provider.RuleTable}: kind, id, edition, format version, SHA-256),
 * which {@link org.siarchive.core.ruledata.provider.RuleTables} gathers and checks. The bundled
 * tables are the {@code archive-rules-data} artifact's provider; a host adds a newer data artifact
 * or its own beside it, without changing code.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.core.ruledata.provider;

import org.jspecify.annotations.NullMarked;
