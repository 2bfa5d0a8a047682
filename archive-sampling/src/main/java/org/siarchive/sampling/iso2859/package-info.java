/**
 * ISO 2859-1 (GB/T 2828.1) single sampling by attributes: code letters, normal and tightened plans
 * with their arrows resolved, the ANSI/ASQ Z1.4 reduced table (labelled as such, replaceable by a
 * host's ISO reduced table), and the switching rules as a state machine per supplier.
 *
 * <p>The tables are versioned rule data ({@code code-letters.json}, {@code iso2859-1-normal.json},
 * {@code iso2859-1-tightened.json}, {@code ansi-z1.4-reduced.json}) shipped in the {@code
 * archive-rules-data} artifact with their SHA-256 in its index, read strictly by {@link
 * org.siarchive.sampling.iso2859.CodeLetterTable#parse} and {@link
 * org.siarchive.sampling.iso2859.PlanTable#parse}; archive-rules assembles them from the rule-data
 * providers ({@code org.siarchive.rules.SamplingTables.iso2859()}).
 *
 * <pre>{@code
 * SamplingPlan p = SamplingTables.iso2859()
 *     .plan(1000, InspectionLevel.II, Aql.parse("1.0"), InspectionSeverity.NORMAL);
 * // p.codeLetter() == J, p.sampleSize() == 80, Ac 2, Re 3
 * }</pre>
 *
 * <p>Null policy: parameters are non-null and results are never null; absent values are {@code
 * Optional}s.
 */
@NullMarked
package org.siarchive.sampling.iso2859;

import org.jspecify.annotations.NullMarked;
