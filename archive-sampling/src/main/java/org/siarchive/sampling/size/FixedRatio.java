package org.siarchive.sampling.size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * A fixed inspection ratio {@code f} (the 10-30% re-check, the supervisor's 5%): {@code n = ceil(f
 * N)} computed exactly in decimal arithmetic, at least 1 when {@code N > 0}, at most {@code N}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * FixedRatio.parse("0.07").sampleSize(100);   // 7, not 8 (0.07 is exact here, unlike a double)
 * FixedRatio.parse("0.05").sampleSize(3);     // 1 (ceil(0.15))
 * }</pre>
 *
 * @param ratio {@code f}, in (0, 1]
 * @since 0.1.0
 */
public record FixedRatio(BigDecimal ratio) {

  /**
   * Validates the ratio.
   *
   * @param ratio {@code f}, in (0, 1]
   */
  public FixedRatio {
    Decimals.check("ratio", ratio, BigDecimal.ZERO, false, BigDecimal.ONE, true);
  }

  /**
   * Obtains a ratio.
   *
   * @param ratio {@code f}, in (0, 1]
   * @return the ratio
   * @throws IllegalArgumentException naming {@code ratio}, the range and the value
   */
  public static FixedRatio of(BigDecimal ratio) {
    return new FixedRatio(ratio);
  }

  /**
   * Parses a decimal ratio such as {@code "0.07"}.
   *
   * @param text the decimal
   * @return the ratio
   * @throws IllegalArgumentException when the text is not a decimal in (0, 1]
   */
  public static FixedRatio parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new FixedRatio(Decimals.parse("ratio", text.toString()));
  }

  /**
   * Returns the sample size for a population.
   *
   * @param population {@code N}, at least 0
   * @return {@code min(N, max(1, ceil(f N)))}, and 0 when {@code N = 0}
   */
  public long sampleSize(long population) {
    if (population < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for population (valid values >= 0): %d", population));
    }
    if (population == 0) {
      return 0;
    }
    long n =
        ratio
            .multiply(BigDecimal.valueOf(population))
            .setScale(0, RoundingMode.CEILING)
            .longValueExact();
    return Math.min(population, Math.max(1, n));
  }
}
