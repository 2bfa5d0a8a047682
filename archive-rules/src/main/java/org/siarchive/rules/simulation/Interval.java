package org.siarchive.rules.simulation;

import java.util.Objects;
import org.apache.commons.statistics.distribution.TDistribution;
import org.siarchive.core.InvalidValueException;

/**
 * A mean over replications with its 95% confidence interval, Student's t with {@code n - 1} degrees
 * of freedom: {@code mean ± t(0.975, n-1) s / sqrt(n)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Interval.of(new double[] {1, 2, 3});   // mean 2, low 2 - 4.303 / sqrt(3), high 2 + 4.303 / sqrt(3)
 * }</pre>
 *
 * @param mean the mean
 * @param low the lower limit
 * @param high the upper limit
 * @since 0.1.0
 */
public record Interval(double mean, double low, double high) {
  /** The confidence level. */
  public static final double LEVEL = 0.95;

  /**
   * Validates.
   *
   * @param mean the mean
   * @param low the lower limit
   * @param high the upper limit
   */
  public Interval {
    if (!(low <= mean && mean <= high)) {
      throw new InvalidValueException(
          "interval", "low <= mean <= high", low + " / " + mean + " / " + high);
    }
  }

  /**
   * {@return the interval of the mean of some values}
   *
   * @param values 2 or more, finite
   */
  public static Interval of(double[] values) {
    Objects.requireNonNull(values, "values");
    int n = values.length;
    if (n < 2) {
      throw new InvalidValueException("values", "2 or more", Integer.toString(n));
    }
    double sum = 0;
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new InvalidValueException("values", "finite", Double.toString(v));
      }
      sum += v;
    }
    double mean = sum / n;
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double half =
        TDistribution.of(n - 1.0).inverseCumulativeProbability(1 - (1 - LEVEL) / 2)
            * Math.sqrt(ss / (n - 1) / n);
    return new Interval(mean, Math.min(mean, mean - half), Math.max(mean, mean + half));
  }

  /**
   * {@return whether a value lies within the interval}
   *
   * @param value the value; the bounds are inclusive
   */
  public boolean contains(double value) {
    return low <= value && value <= high;
  }
}
