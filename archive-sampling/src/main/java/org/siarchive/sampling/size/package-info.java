/**
 * How many units to inspect: exact attribute sample sizes, fixed ratios, the Clopper-Pearson upper
 * limit and operating characteristic (OC) curves.
 *
 * <p>Entry points: {@link org.siarchive.sampling.size.AttributeSampling#sampleSize
 * AttributeSampling.sampleSize(request)}, {@link org.siarchive.sampling.size.FixedRatio}, {@link
 * org.siarchive.sampling.size.ClopperPearson}, {@link
 * org.siarchive.sampling.size.OperatingCharacteristic}.
 *
 * <pre>{@code
 * SampleSize s = AttributeSampling.sampleSize(SampleSizeRequest.builder()
 *     .tolerableRate("0.05").confidence("0.95").acceptanceNumber(1).build());
 * s.sampleSize();   // 93 (binomial: P(X <= 1) = 0.049976 <= 0.05)
 * }</pre>
 *
 * <p>Null policy: parameters are non-null and results are never null; absent options are {@code
 * Optional}s. Rates and confidences are exact decimals ({@link java.math.BigDecimal} or decimal
 * strings), so boundaries are decided exactly.
 */
@NullMarked
package org.siarchive.sampling.size;

import org.jspecify.annotations.NullMarked;
