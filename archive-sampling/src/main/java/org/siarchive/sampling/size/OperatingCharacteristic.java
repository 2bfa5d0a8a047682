package org.siarchive.sampling.size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * The operating characteristic (OC) of a single sampling plan: the probability of accepting a lot
 * as a function of its nonconforming rate. Binomial, or hypergeometric for a lot of {@code N} units
 * holding {@code D = ceil(p N)} nonconforming. Immutable and thread-safe.
 *
 * <pre>{@code
 * OperatingCharacteristic oc = OperatingCharacteristic.of(80, 2);          // ISO J 80 2/3
 * oc.acceptanceProbability(0.01);                                         // 0.953...
 * OperatingCharacteristic.of(80, 2, 1000).curve(0.10, 11);                // 11 points, p = 0 .. 0.10
 * }</pre>
 *
 * @param sampleSize {@code n}, at least 1
 * @param acceptanceNumber {@code c}, 0 to {@code n}
 * @param population {@code N} when the hypergeometric model applies, at least {@code n}
 * @since 0.1.0
 */
public record OperatingCharacteristic(
    int sampleSize, int acceptanceNumber, OptionalInt population) {

  /**
   * Validates the components.
   *
   * @param sampleSize {@code n}, at least 1
   * @param acceptanceNumber {@code c}, 0 to {@code n}
   * @param population {@code N} when the hypergeometric model applies, at least {@code n}
   */
  public OperatingCharacteristic {
    if (sampleSize < 1) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for sampleSize (valid values >= 1): %d", sampleSize));
    }
    if (acceptanceNumber < 0 || acceptanceNumber > sampleSize) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for acceptanceNumber (valid values 0 - %d): %d",
              sampleSize,
              acceptanceNumber));
    }
    if (population.isPresent() && population.getAsInt() < sampleSize) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for population (valid values >= %d): %d",
              sampleSize,
              population.getAsInt()));
    }
  }

  /**
   * The binomial OC of a plan.
   *
   * @param sampleSize {@code n}
   * @param acceptanceNumber {@code c}
   * @return the OC
   */
  public static OperatingCharacteristic of(int sampleSize, int acceptanceNumber) {
    return new OperatingCharacteristic(sampleSize, acceptanceNumber, OptionalInt.empty());
  }

  /**
   * The hypergeometric OC of a plan applied to lots of {@code population} units.
   *
   * @param sampleSize {@code n}
   * @param acceptanceNumber {@code c}
   * @param population {@code N}, at least {@code n}
   * @return the OC
   */
  public static OperatingCharacteristic of(int sampleSize, int acceptanceNumber, int population) {
    return new OperatingCharacteristic(sampleSize, acceptanceNumber, OptionalInt.of(population));
  }

  /**
   * Returns the probability of accepting a lot with nonconforming rate {@code rate}.
   *
   * @param rate {@code p}, in [0, 1]
   * @return {@code P(X <= c)}
   */
  public double acceptanceProbability(double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "Invalid value for rate (valid values 0 - 1): %s", rate));
    }
    if (population.isPresent()) {
      int n = population.getAsInt();
      int d =
          new BigDecimal(Double.toString(rate))
              .multiply(BigDecimal.valueOf(n))
              .setScale(0, RoundingMode.CEILING)
              .intValueExact();
      return HypergeometricDistribution.of(n, d, sampleSize)
          .cumulativeProbability(acceptanceNumber);
    }
    return BinomialDistribution.of(sampleSize, rate).cumulativeProbability(acceptanceNumber);
  }

  /**
   * Returns the curve at {@code points} equally spaced rates from 0 to {@code maxRate}.
   *
   * @param maxRate the largest rate, in (0, 1]
   * @param points the number of points, at least 2
   * @return the points in increasing rate
   */
  public List<Point> curve(double maxRate, int points) {
    if (!(maxRate > 0 && maxRate <= 1)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for maxRate (valid values > 0 - 1): %s", maxRate));
    }
    if (points < 2) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "Invalid value for points (valid values >= 2): %d", points));
    }
    List<Point> out = new ArrayList<>(points);
    for (int i = 0; i < points; i++) {
      double p = i == points - 1 ? maxRate : maxRate * i / (points - 1);
      out.add(new Point(p, acceptanceProbability(p)));
    }
    return List.copyOf(out);
  }

  /**
   * One point of an OC curve. Immutable.
   *
   * <p>Example: {@code new Point(0.01, 0.953)}.
   *
   * @param rate the lot's nonconforming rate
   * @param acceptanceProbability the probability of accepting such a lot
   */
  public record Point(double rate, double acceptanceProbability) {}
}
