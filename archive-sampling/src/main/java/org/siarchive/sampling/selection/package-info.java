/**
 * Verifiable selection (DESIGN.md section 6): which units to inspect, derived from a public seed so
 * that a third party can re-derive it with {@code sha256sum}.
 *
 * <ul>
 *   <li>Key of unit {@code id}: the first 8 bytes of {@code SHA-256(UTF-8(seed) || 0x00 ||
 *       UTF-8(id))}, an unsigned 64-bit big-endian integer ({@link
 *       org.siarchive.sampling.selection.UnitKeys}).
 *   <li>A sample of size {@code k}: the {@code k} units with the smallest keys, equal keys ordered
 *       by the ids' unsigned UTF-8 bytes, listed in ascending key order ({@link
 *       org.siarchive.sampling.selection.KeyedDraw}); at rate {@code p}: the units whose key is
 *       below {@code floor(p 2^64)}.
 *   <li>Stratified: every stratum uses the same seed and takes its own {@code k} smallest.
 *   <li>The {@link org.siarchive.sampling.selection.SamplingRecord} carries seed, population size,
 *       population digest (SHA-256 over the ids sorted by their UTF-8 bytes, each followed by
 *       {@code \n}, the order of {@code LC_ALL=C sort}), {@code k} or {@code p} and the selected
 *       ids, and re-derives itself.
 *   <li>{@link org.siarchive.sampling.selection.Rfc3797}: the publicly verifiable lottery of RFC
 *       3797.
 * </ul>
 *
 * <p>A key by hand: {@code printf 'seed\0id' | sha256sum} prints {@code 10fa208d9d8c5e19...}, so
 * the key of {@code "id"} under seed {@code "seed"} is {@code 0x10fa208d9d8c5e19}. A whole bottom-k
 * draw by hand (16 hex digits sort like the unsigned key, then the id bytes break ties):
 *
 * <pre>
 * LC_ALL=C sort ids.txt | sha256sum                                  # the population digest
 * while read id; do printf '%s %s\n' "$(printf 'SEED\0%s' "$id" | sha256sum | cut -c1-16)" "$id"; \
 *   done &lt; ids.txt | LC_ALL=C sort | head -n K                      # the sample, in key order
 * </pre>
 *
 * <p>Null policy: parameters are non-null, ids non-empty without line feeds; results are never
 * null.
 */
@NullMarked
package org.siarchive.sampling.selection;

import org.jspecify.annotations.NullMarked;
