/**
 * Lower-tail probabilities {@code P(X <= c)} that decide sample sizes: exact comparisons in integer
 * arithmetic, and a fast double-precision hypergeometric tail. Not exported. Parameters are
 * non-null; callers validate ranges.
 */
@NullMarked
package org.siarchive.sampling.internal.tail;

import org.jspecify.annotations.NullMarked;
