/**
 * Allocation of a total sample across strata (sub-centres, categories): proportional, Neyman
 * ({@code S_h = sqrt(p_h (1 - p_h))}) and defect-rate-proportional ({@code n_h} proportional to
 * {@code N_h p_h}), with per-stratum bounds on {@code n_h / N_h}, rounded to integers by largest
 * remainder so that they sum exactly to the total. Rates are exact fractions ({@link
 * org.siarchive.sampling.allocation.Rate}) and every rounding decision is taken on the exact
 * quotas, so equal quotas tie exactly and the tie goes to the first id. Historical rates are
 * smoothed with a Beta prior ({@link org.siarchive.sampling.allocation.RatePrior}), exactly, so
 * that a stratum without history never gets zero.
 *
 * <pre>{@code
 * Allocation a = Allocation.allocate(AllocationMethod.PROPORTIONAL, 10,
 *     List.of(Stratum.of("A", 50), Stratum.of("B", 30), Stratum.of("C", 20)));
 * a.sizes();   // {A=5, B=3, C=2}
 * }</pre>
 *
 * <p>Null policy: parameters are non-null and results are never null; an absent rate is an empty
 * {@link java.util.Optional}.
 */
@NullMarked
package org.siarchive.sampling.allocation;

import org.jspecify.annotations.NullMarked;
