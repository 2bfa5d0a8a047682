/**
 * The rule-data kernel: what every versioned rule table of siarchive shares. A {@link
 * org.siarchive.core.ruledata.Timeline} holds every edition of one table, oldest to newest, and
 * answers which is in force on a date (in the manner of {@code java.time.zone.ZoneRulesProvider});
 * a {@link org.siarchive.core.ruledata.TableEdition} is one such edition; a {@link
 * org.siarchive.core.ruledata.RuleDataException} is the one shape in which a table is refused
 * (source, JSON pointer, row id, reason, value).
 *
 * <p>Rule tables are loaded strictly, in this order: strict binding (malformed JSON, unknown
 * properties, duplicate keys, trailing tokens, wrong types, nulls for primitives and missing
 * required properties fail), then Jakarta Validation, then the table's semantic checks. Bundled
 * tables are listed in an index ({@code index.json}, format {@code siarchive-rule-index/1}) with
 * the SHA-256 of each file; a file that differs from its index is refused.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.core.ruledata;

import org.jspecify.annotations.NullMarked;
