/**
 * siarchive rules: the judgments made over the archive model. This package holds what the rule
 * packages share: the root exception {@link org.siarchive.rules.RulesException} and {@link
 * org.siarchive.rules.RuleDataException}, which every rule table (retention editions, material rules,
 * the defect catalogue) throws when it is refused; the judgments themselves live in
 * {@link org.siarchive.rules.material} (material rules), {@link org.siarchive.rules.quality}
 * (defect catalogue, checks, suites, batch runs) and {@link org.siarchive.rules.report} (quality
 * analysis reports and rectification notices).
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.rules;

import org.jspecify.annotations.NullMarked;
