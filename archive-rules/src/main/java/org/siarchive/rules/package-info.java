/**
 * siarchive rules: the judgments made over the archive model. This package holds what the rule
 * packages share: the root exception {@link org.siarchive.rules.RulesException} and the one
 * language type {@link org.siarchive.rules.Language}; a rule table (retention edition, material
 * rules, the defect catalogue) that is refused throws the rule-data kernel's {@link
 * org.siarchive.core.ruledata.RuleDataException}; the judgments themselves live in {@link
 * org.siarchive.rules.material} (material rules), {@link org.siarchive.rules.quality} (defect
 * catalogue, checks, suites, batch runs) and {@link org.siarchive.rules.report} (quality analysis
 * reports and rectification notices).
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.rules;

import org.jspecify.annotations.NullMarked;
