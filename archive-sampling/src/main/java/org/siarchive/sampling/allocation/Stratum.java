package org.siarchive.sampling.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One stratum: its id, its size {@code N_h}, optionally its nonconforming rate {@code p_h}, and the
 * bounds on its sampling ratio {@code n_h / N_h} (default 0 and 1). Immutable and thread-safe.
 *
 * <pre>{@code
 * Stratum.of("sub-centre-1", 1200);                                   // proportional only
 * Stratum.of("sub-centre-2", 800, Rate.parse("0.04"));                // with a rate
 * Stratum.ofHistory("sub-centre-3", 500, 0, 0, RatePrior.LAPLACE);    // no history: rate 1/2
 * Stratum.of("A", 100).withRatioBounds(new BigDecimal("0.10"), new BigDecimal("0.30"));
 * }</pre>
 *
 * @param id the stratum's id, non-empty
 * @param size {@code N_h}, at least 0
 * @param rate {@code p_h} in [0, 1], when known, exact
 * @param minRatio the lower bound of {@code n_h / N_h}, in [0, 1]
 * @param maxRatio the upper bound of {@code n_h / N_h}, in [{@code minRatio}, 1]
 * @since 0.1.0
 */
public record Stratum(
    String id, long size, Optional<Rate> rate, BigDecimal minRatio, BigDecimal maxRatio) {

  /**
   * Validates the components.
   *
   * @param id the stratum's id, non-empty
   * @param size {@code N_h}, at least 0
   * @param rate {@code p_h} in [0, 1], when known, exact
   * @param minRatio the lower bound of {@code n_h / N_h}, in [0, 1]
   * @param maxRatio the upper bound of {@code n_h / N_h}, in [{@code minRatio}, 1]
   */
  public Stratum {
    Objects.requireNonNull(id, "id");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for id (non-empty): \"\"");
    }
    if (size < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for size of stratum %s (valid values >= 0): %d",
              id,
              size));
    }
    Objects.requireNonNull(rate, "rate");
    checkRatio(id, "minRatio", minRatio);
    checkRatio(id, "maxRatio", maxRatio);
    if (minRatio.compareTo(maxRatio) > 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid ratio bounds of stratum %s (minRatio <= maxRatio): %s > %s",
              id,
              minRatio.toPlainString(),
              maxRatio.toPlainString()));
    }
  }

  private static void checkRatio(String id, String field, BigDecimal r) {
    Objects.requireNonNull(r, field);
    if (r.signum() < 0 || r.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for %s of stratum %s (valid values 0 - 1): %s",
              field,
              id,
              r.toPlainString()));
    }
  }

  /**
   * A stratum without a rate (enough for proportional allocation).
   *
   * @param id the id
   * @param size {@code N_h}
   * @return the stratum, ratio bounds 0 and 1
   */
  public static Stratum of(String id, long size) {
    return new Stratum(id, size, Optional.empty(), BigDecimal.ZERO, BigDecimal.ONE);
  }

  /**
   * A stratum with a known rate.
   *
   * @param id the id
   * @param size {@code N_h}
   * @param rate {@code p_h}
   * @return the stratum, ratio bounds 0 and 1
   */
  public static Stratum of(String id, long size, Rate rate) {
    return new Stratum(
        id,
        size,
        Optional.of(Objects.requireNonNull(rate, "rate")),
        BigDecimal.ZERO,
        BigDecimal.ONE);
  }

  /**
   * A stratum with a known rate, given as an exact decimal.
   *
   * @param id the id
   * @param size {@code N_h}
   * @param rate {@code p_h}, in [0, 1]
   * @return the stratum, ratio bounds 0 and 1
   * @throws IllegalArgumentException naming the stratum, the range and the rate
   */
  public static Stratum of(String id, long size, BigDecimal rate) {
    Objects.requireNonNull(rate, "rate");
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for rate of stratum %s (valid values 0 - 1): %s",
              id,
              rate.toPlainString()));
    }
    return of(id, size, Rate.of(rate));
  }

  /**
   * A stratum whose rate is the smoothed historical rate.
   *
   * @param id the id
   * @param size {@code N_h}
   * @param inspected units inspected in the past
   * @param defective of those, units found nonconforming
   * @param prior the smoothing prior
   * @return the stratum with {@code rate = prior.smoothedRate(inspected, defective)}
   */
  public static Stratum ofHistory(
      String id, long size, long inspected, long defective, RatePrior prior) {
    Objects.requireNonNull(prior, "prior");
    return of(id, size, prior.smoothedRate(inspected, defective));
  }

  /**
   * Returns a copy with other ratio bounds.
   *
   * @param min the lower bound of {@code n_h / N_h}, in [0, 1]
   * @param max the upper bound, in [min, 1]
   * @return the new stratum
   */
  public Stratum withRatioBounds(BigDecimal min, BigDecimal max) {
    return new Stratum(id, size, rate, min, max);
  }

  /** {@return the smallest admissible {@code n_h}: {@code ceil(minRatio N_h)}} */
  public long minSampleSize() {
    if (minRatio.signum() == 0) {
      return 0;
    }
    return minRatio
        .multiply(BigDecimal.valueOf(size))
        .setScale(0, RoundingMode.CEILING)
        .longValueExact();
  }

  /** {@return the largest admissible {@code n_h}: {@code floor(maxRatio N_h)}} */
  public long maxSampleSize() {
    if (maxRatio.compareTo(BigDecimal.ONE) == 0) {
      return size;
    }
    return maxRatio
        .multiply(BigDecimal.valueOf(size))
        .setScale(0, RoundingMode.FLOOR)
        .longValueExact();
  }
}
