package org.siarchive.sampling.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;

/**
 * A Beta({@code alpha}, {@code beta}) prior that smooths a historical nonconforming rate: with
 * {@code d} defective among {@code m} inspected, the smoothed rate is the posterior mean {@code (d
 * + alpha) / (m + alpha + beta)}, computed exactly (the parameters are decimals, the rate a {@link
 * Rate} fraction). With positive parameters the rate is never 0 nor 1, so a stratum without history
 * ({@code m = 0}) gets the prior mean {@code alpha / (alpha + beta)} and never a zero allocation.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * RatePrior.LAPLACE.smoothedRate(0, 0);      // 1/2   (no history)
 * RatePrior.LAPLACE.smoothedRate(200, 0);    // 1/202 (none found: small, not zero)
 * RatePrior.of(1, 19).smoothedRate(0, 0);    // 1/20  (prior mean 5%)
 * RatePrior.ofMean(new BigDecimal("0.05"), BigDecimal.valueOf(20));   // the same prior
 * }</pre>
 *
 * <p>Laplace's prior gives a stratum without history the rate 0.5, which favours it strongly in a
 * defect-rate allocation; a host that knows the overall rate centres the prior on it with {@link
 * #ofMean}.
 *
 * @param alpha prior pseudo-count of defective units, positive
 * @param beta prior pseudo-count of good units, positive
 * @since 0.1.0
 */
public record RatePrior(BigDecimal alpha, BigDecimal beta) {
  /** Laplace's rule of succession, Beta(1, 1): {@code (d + 1) / (m + 2)}. */
  public static final RatePrior LAPLACE = of(1, 1);

  /**
   * Validates the parameters and writes each in its shortest form ({@code 1.00} becomes {@code 1}).
   *
   * @param alpha prior pseudo-count of defective units, positive
   * @param beta prior pseudo-count of good units, positive
   */
  public RatePrior {
    Objects.requireNonNull(alpha, "alpha");
    Objects.requireNonNull(beta, "beta");
    if (alpha.signum() <= 0) {
      throw new IllegalArgumentException(
          "Invalid value for alpha (valid values > 0): " + alpha.toPlainString());
    }
    if (beta.signum() <= 0) {
      throw new IllegalArgumentException(
          "Invalid value for beta (valid values > 0): " + beta.toPlainString());
    }
    alpha = canonical(alpha);
    beta = canonical(beta);
  }

  /** One representation per value, so that equal priors are equal records. */
  private static BigDecimal canonical(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * Obtains a prior.
   *
   * @param alpha positive
   * @param beta positive
   * @return the prior
   */
  public static RatePrior of(BigDecimal alpha, BigDecimal beta) {
    return new RatePrior(alpha, beta);
  }

  /**
   * Obtains a prior with whole pseudo-counts.
   *
   * @param alpha positive
   * @param beta positive
   * @return the prior
   */
  public static RatePrior of(long alpha, long beta) {
    return new RatePrior(BigDecimal.valueOf(alpha), BigDecimal.valueOf(beta));
  }

  /**
   * Obtains the prior with a given mean and weight (pseudo-count), exactly.
   *
   * @param mean the prior mean, in (0, 1), e.g. the overall historical rate
   * @param strength {@code alpha + beta}, positive: how many units of evidence the prior is worth
   * @return Beta({@code mean x strength}, {@code (1 - mean) x strength})
   */
  public static RatePrior ofMean(BigDecimal mean, BigDecimal strength) {
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(strength, "strength");
    if (!(mean.signum() > 0 && mean.compareTo(BigDecimal.ONE) < 0)) {
      throw new IllegalArgumentException(
          "Invalid value for mean (valid values > 0 - 1 exclusive): " + mean.toPlainString());
    }
    if (strength.signum() <= 0) {
      throw new IllegalArgumentException(
          "Invalid value for strength (valid values > 0): " + strength.toPlainString());
    }
    return new RatePrior(mean.multiply(strength), BigDecimal.ONE.subtract(mean).multiply(strength));
  }

  /**
   * Returns the smoothed rate, exactly.
   *
   * @param inspected {@code m}, at least 0
   * @param defective {@code d}, 0 to {@code m}
   * @return {@code (d + alpha) / (m + alpha + beta)}, strictly between 0 and 1
   * @throws IllegalArgumentException naming the argument, its range and value
   */
  public Rate smoothedRate(long inspected, long defective) {
    if (inspected < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for inspected (valid values >= 0): %d", inspected));
    }
    if (defective < 0 || defective > inspected) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for defective (valid values 0 - %d): %d",
              inspected,
              defective));
    }
    BigDecimal num = BigDecimal.valueOf(defective).add(alpha);
    BigDecimal den = BigDecimal.valueOf(inspected).add(alpha).add(beta);
    int scale = Math.max(0, Math.max(num.scale(), den.scale()));
    BigInteger n = num.setScale(scale).unscaledValue();
    BigInteger d = den.setScale(scale).unscaledValue();
    return Rate.of(n, d);
  }
}
