/**
 * Retention schedules (归档范围和保管期限表) as versioned data.
 *
 * <p>An {@link org.siarchive.rules.retention.Edition} is one edition of a schedule, loaded strictly
 * from the JSON format documented in {@code archive-rules/RETENTION-SCHEMA.md}. {@link
 * org.siarchive.rules.retention.RetentionSchedules} is the registry: every edition of a schedule
 * oldest to newest and the edition in force on a date, the way {@code
 * java.time.zone.ZoneRulesProvider} serves time-zone rule versions. It ships with the national 2009
 * attachment (令第3号), and with an ILLUSTRATIVE local edition for demos and tests on request. {@link
 * org.siarchive.rules.retention.RetentionRules} binds an edition (and optionally material rules)
 * for look-ups: {@link org.siarchive.rules.retention.Classification} of a row id or a material
 * text; the one answer for a volume, {@link org.siarchive.rules.retention.VolumeClassification}, in
 * the order it documents (business type's row, material code, title); {@link
 * org.siarchive.rules.retention.Disposition} dates; and the {@link
 * org.siarchive.rules.retention.VolumeImpact} of a new edition on existing volumes. {@link
 * org.siarchive.rules.retention.RetentionRun} streams a file of volumes through them; {@link
 * org.siarchive.rules.retention.RetentionJson} and {@link
 * org.siarchive.rules.retention.RetentionText} give the results' JSON and text forms. {@link
 * org.siarchive.rules.retention.EditionDiff} compares two editions.
 *
 * <p>Nothing here guesses: a row whose period is not confirmed, a material text that matches
 * several rows, or a row that defers to a regulation whose table is not loaded yields an
 * "undecided" result naming the reason.
 *
 * <p>Null policy: parameters and return values are non-null unless a method or record component
 * says it may be null; absent values are returned as {@link java.util.Optional}. Every failure is a
 * {@link org.siarchive.rules.RulesException}; rule data refused at loading is a {@link
 * org.siarchive.core.ruledata.RuleDataException}.
 */
@NullMarked
package org.siarchive.rules.retention;

import org.jspecify.annotations.NullMarked;
