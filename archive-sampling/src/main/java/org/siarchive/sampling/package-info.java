/**
 * Entry point and shared exceptions of {@code archive-sampling}: sampling mathematics that knows
 * nothing of archives.
 *
 * <ul>
 *   <li>{@link org.siarchive.sampling.size}: exact attribute sample sizes (hypergeometric and
 *       binomial), fixed ratios, Clopper-Pearson limits and OC curves;
 *   <li>{@link org.siarchive.sampling.iso2859}: ISO 2859-1 (GB/T 2828.1) single sampling plans from
 *       bundled rule tables, with the switching rules per supplier;
 *   <li>{@link org.siarchive.sampling.allocation}: allocation of a total sample across strata;
 *   <li>{@link org.siarchive.sampling.selection}: the verifiable selection protocol (SHA-256 keys,
 *       bottom-k and Bernoulli, sampling records and their verification) and RFC 3797.
 * </ul>
 *
 * <p>Null policy for the whole module: no parameter accepts {@code null} and no method returns
 * {@code null}; a {@code null} argument fails fast with a {@link java.lang.NullPointerException}
 * naming the parameter. Absent values are {@link java.util.Optional} or {@link
 * java.util.OptionalLong}. Invalid values fail with an {@link java.lang.IllegalArgumentException}
 * whose message names the field, the valid range and the value; a request that is valid but cannot
 * be met fails with an {@link org.siarchive.sampling.InfeasibleRequestException} carrying the
 * numbers.
 */
@NullMarked
package org.siarchive.sampling;

import org.jspecify.annotations.NullMarked;
