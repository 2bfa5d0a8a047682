/**
 * Allocation of a total sample across strata (sub-centres, categories): proportional, Neyman
 * ({@code S_h = sqrt(p_h (1 - p_h))}) and defect-rate-proportional ({@code n_h} proportional to
 * {@code N_h p_h}), with per-stratum bounds on {@code n_h / N_h}, rounded to integers by largest
 * remainder so that they sum exactly to the total. Historical rates are smoothed with a Beta prior
 * ({@link org.siarchive.sampling.allocation.RatePrior}) so that a stratum without history never
 * gets zero.
 *
 * <pre>{@code
 * Allocation a = Allocation.allocate(AllocationMethod.PROPORTIONAL, 10,
 *     List.of(Stratum.of("A", 50), Stratum.of("B", 30), Stratum.of("C", 20)));
 * a.sizes();   // {A=5, B=3, C=2}
 * }</pre>
 *
 * <p>Null policy: parameters are non-null and results are never null; an absent rate is an empty
 * {@link java.util.OptionalDouble}.
 */
@NullMarked
package org.siarchive.sampling.allocation;

import org.jspecify.annotations.NullMarked;
