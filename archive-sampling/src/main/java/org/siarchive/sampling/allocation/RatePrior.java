package org.siarchive.sampling.allocation;

import java.util.Locale;

/**
 * A Beta({@code alpha}, {@code beta}) prior that smooths a historical nonconforming rate: with
 * {@code d} defective among {@code m} inspected, the smoothed rate is the posterior mean {@code (d +
 * alpha) / (m + alpha + beta)}. With positive parameters the rate is never 0 nor 1, so a stratum
 * without history ({@code m = 0}) gets the prior mean {@code alpha / (alpha + beta)} and never a
 * zero allocation. Immutable and thread-safe.
 *
 * <pre>{@code
 * RatePrior.LAPLACE.smoothedRate(0, 0);      // 0.5   (no history)
 * RatePrior.LAPLACE.smoothedRate(200, 0);    // 1/202 (none found: small, not zero)
 * RatePrior.of(1, 19).smoothedRate(0, 0);    // 0.05  (prior mean 5%)
 * RatePrior.ofMean(0.05, 20);                // the same: mean 5%, weight of 20 units
 * }</pre>
 *
 * <p>Laplace's prior gives a stratum without history the rate 0.5, which favours it strongly in a
 * defect-rate allocation; a host that knows the overall rate centres the prior on it with {@link
 * #ofMean}.
 *
 * @param alpha prior pseudo-count of defective units, positive
 * @param beta prior pseudo-count of good units, positive
 */
public record RatePrior(double alpha, double beta) {
  /** Laplace's rule of succession, Beta(1, 1): {@code (d + 1) / (m + 2)}. */
  public static final RatePrior LAPLACE = new RatePrior(1, 1);

  /** Validates the parameters. */
  public RatePrior {
    if (!(alpha > 0 && Double.isFinite(alpha))) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "Invalid value for alpha (valid values > 0, finite): %s", alpha));
    }
    if (!(beta > 0 && Double.isFinite(beta))) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "Invalid value for beta (valid values > 0, finite): %s", beta));
    }
  }

  /**
   * Obtains a prior.
   *
   * @param alpha positive
   * @param beta positive
   * @return the prior
   */
  public static RatePrior of(double alpha, double beta) {
    return new RatePrior(alpha, beta);
  }

  /**
   * Obtains the prior with a given mean and weight (pseudo-count).
   *
   * @param mean the prior mean, in (0, 1), e.g. the overall historical rate
   * @param strength {@code alpha + beta}, positive: how many units of evidence the prior is worth
   * @return Beta({@code mean x strength}, {@code (1 - mean) x strength})
   */
  public static RatePrior ofMean(double mean, double strength) {
    if (!(mean > 0 && mean < 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "Invalid value for mean (valid values > 0 - 1 exclusive): %s", mean));
    }
    if (!(strength > 0 && Double.isFinite(strength))) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "Invalid value for strength (valid values > 0, finite): %s", strength));
    }
    return new RatePrior(mean * strength, (1 - mean) * strength);
  }

  /**
   * Returns the smoothed rate.
   *
   * @param inspected {@code m}, at least 0
   * @param defective {@code d}, 0 to {@code m}
   * @return {@code (d + alpha) / (m + alpha + beta)}, strictly between 0 and 1
   * @throws IllegalArgumentException naming the argument, its range and value
   */
  public double smoothedRate(long inspected, long defective) {
    if (inspected < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "Invalid value for inspected (valid values >= 0): %d", inspected));
    }
    if (defective < 0 || defective > inspected) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "Invalid value for defective (valid values 0 - %d): %d", inspected, defective));
    }
    return (defective + alpha) / (inspected + alpha + beta);
  }
}
