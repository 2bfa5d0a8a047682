package org.siarchive.sampling.size;

import java.util.Locale;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * The Clopper-Pearson (exact binomial) upper confidence limit of a nonconforming rate: the largest
 * rate {@code p} at which observing at most {@code x} nonconforming units in {@code n} still has
 * probability at least {@code 1 - confidence}. One-sided; a two-sided interval at level {@code 1 -
 * 2a} uses the one-sided upper limit at {@code 1 - a}.
 *
 * <pre>{@code
 * ClopperPearson.upperLimit(1, 93, 0.95);   // 0.0500... : 1 of 93 supports "rate below 5%"
 * ClopperPearson.upperLimit(0, 59, 0.95);   // 0.0495... (the "rule of three": about 3/n)
 * }</pre>
 *
 * <p>Computed as the {@code confidence} quantile of Beta({@code x + 1}, {@code n - x}) with Commons
 * Statistics (1 when {@code x = n}). Thread-safe.
 *
 * @since 0.1.0
 */
public final class ClopperPearson {
  private ClopperPearson() {}

  /**
   * Returns the one-sided upper limit.
   *
   * @param nonconforming {@code x}, 0 to {@code n}
   * @param sampleSize {@code n}, at least 1
   * @param confidence in (0, 1)
   * @return the upper limit, in (0, 1]
   * @throws IllegalArgumentException naming the argument, its range and value
   */
  public static double upperLimit(int nonconforming, int sampleSize, double confidence) {
    if (sampleSize < 1) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for sampleSize (valid values >= 1): %d", sampleSize));
    }
    if (nonconforming < 0 || nonconforming > sampleSize) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for nonconforming (valid values 0 - %d): %d",
              sampleSize,
              nonconforming));
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for confidence (valid values > 0 - 1 exclusive): %s",
              confidence));
    }
    if (nonconforming == sampleSize) {
      return 1.0;
    }
    return BetaDistribution.of(nonconforming + 1.0, (double) sampleSize - nonconforming)
        .inverseCumulativeProbability(confidence);
  }
}
