package org.siarchive.rules.storage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.siarchive.rules.storage.internal.Args;

/**
 * How a store's future monthly generation is forecast from its history, and how well the method
 * would have done on the last year: {@link #heldOutError} forecasts the last {@value #HELD_OUT}
 * months from the months before them and reports the mean absolute error.
 *
 * <ul>
 *   <li>{@link #MEAN_12}: every future month gets the mean of the last 12 months, rounded to whole
 *       volumes half up;
 *   <li>{@link #SEASONAL}: seasonal naive — each future month gets the volumes of the same calendar
 *       month in the last year of history (so a seasonal peak recurs).
 * </ul>
 *
 * <pre>{@code
 * GenerationHistory h = ...;                       // 24 months or more
 * long[] next = ForecastMethod.MEAN_12.forecast(h, 12);
 * ForecastMethod.SEASONAL.heldOutError(h);         // Optional[3.50] (volumes per month)
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ForecastMethod {
  /** The mean of the last 12 months, rounded half up. */
  MEAN_12,
  /** The same calendar month of the last year of history. */
  SEASONAL;

  /** The months of history a forecast needs. */
  public static final int MIN_HISTORY = 12;

  /** The months held out to measure a method's error. */
  public static final int HELD_OUT = 12;

  /**
   * The forecast volumes for the months after the history's last.
   *
   * @param history at least {@value #MIN_HISTORY} months
   * @param months how many months to forecast, 0 or more
   * @return the forecast, element 0 for the month after {@code history.last()}
   * @throws org.siarchive.core.InvalidValueException when the history is too short
   */
  public long[] forecast(GenerationHistory history, int months) {
    Objects.requireNonNull(history, "history");
    Args.range(months, 0, Integer.MAX_VALUE, "months");
    List<Long> v = history.volumes();
    if (v.size() < MIN_HISTORY) {
      throw Args.invalid(
          "history (months)", "at least " + MIN_HISTORY + " months to forecast", v.size());
    }
    long[] out = new long[months];
    int n = v.size();
    if (this == MEAN_12) {
      long sum = 0;
      for (int i = n - 12; i < n; i++) {
        sum += v.get(i);
      }
      long mean =
          BigDecimal.valueOf(sum)
              .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
              .longValueExact();
      java.util.Arrays.fill(out, mean);
    } else {
      for (int j = 0; j < months; j++) {
        out[j] = v.get(n - 12 + j % 12);
      }
    }
    return out;
  }

  /**
   * {@return the mean absolute error, in volumes per month, of forecasting the last {@value
   * #HELD_OUT} months of the history from the months before them; empty when the history has fewer
   * than {@value #MIN_HISTORY} + {@value #HELD_OUT} months} Rounded half-even to 2 decimals: a
   * figure to read, deciding nothing.
   *
   * @param history the months of volumes formed
   */
  public Optional<BigDecimal> heldOutError(GenerationHistory history) {
    Objects.requireNonNull(history, "history");
    if (history.size() < MIN_HISTORY + HELD_OUT) {
      return Optional.empty();
    }
    long[] f = forecast(history.withoutLast(HELD_OUT), HELD_OUT);
    List<Long> v = history.volumes();
    long sum = 0;
    for (int j = 0; j < HELD_OUT; j++) {
      sum += Math.abs(f[j] - v.get(v.size() - HELD_OUT + j));
    }
    return Optional.of(
        BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(HELD_OUT), 2, RoundingMode.HALF_EVEN));
  }
}
