package org.siarchive.sampling.size;

import java.util.Locale;
import java.util.Objects;

/**
 * A computed attribute sample size: the smallest {@code n} whose acceptance probability at the
 * tolerable rate is at most {@code 1 - confidence}. Immutable and thread-safe.
 *
 * <p>Example: {@code new SampleSize(93, 1, Model.BINOMIAL, 0.049976)}: inspect 93 units, accept
 * with at most 1 nonconforming; a lot at the tolerable rate passes with probability 0.049976.
 *
 * @param sampleSize the number of units to inspect, at least 1
 * @param acceptanceNumber the largest number of nonconforming units in the sample that still
 *     supports the conclusion, at least 0 and below the sample size
 * @param model the probability model used
 * @param risk the probability that a lot at the tolerable rate passes, in [0, 1]: the attained beta
 *     risk, at most {@code 1 - confidence}
 * @since 0.1.0
 */
public record SampleSize(int sampleSize, int acceptanceNumber, Model model, double risk) {

  /**
   * Validates the components.
   *
   * @param sampleSize the number of units to inspect, at least 1
   * @param acceptanceNumber the largest number of nonconforming units in the sample that still
   *     supports the conclusion, at least 0 and below the sample size
   * @param model the probability model used
   * @param risk the probability that a lot at the tolerable rate passes, in [0, 1]: the attained
   *     beta risk, at most {@code 1 - confidence}
   */
  public SampleSize {
    if (sampleSize < 1) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for sampleSize (valid values >= 1): %d", sampleSize));
    }
    if (acceptanceNumber < 0 || acceptanceNumber >= sampleSize) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for acceptanceNumber (valid values 0 - %d): %d",
              sampleSize - 1,
              acceptanceNumber));
    }
    Objects.requireNonNull(model, "model");
    if (!(risk >= 0 && risk <= 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "Invalid value for risk (valid values 0 - 1): %s", risk));
    }
  }
}
