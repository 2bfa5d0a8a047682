package org.siarchive.rules.storage;

import java.math.BigDecimal;
import java.util.Objects;
import org.siarchive.rules.storage.internal.Args;

/**
 * The thresholds that name a store's pressure: a store is pressed by its fill when {@code occupied
 * / capacity >= fill}, and by its growth when its forecast generation over the next 12 months, per
 * month, is at least {@code monthlyGrowth} of its capacity. Both comparisons are exact.
 *
 * <pre>{@code
 * PressurePolicy.DEFAULT;                                      // fill 0.80, growth 0.02 a month
 * new PressurePolicy(new BigDecimal("0.9"), new BigDecimal("0.01"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param fill the fill threshold, 0 to 1
 * @param monthlyGrowth the growth threshold as a share of capacity per month, 0 to 1
 * @since 0.1.0
 */
public record PressurePolicy(BigDecimal fill, BigDecimal monthlyGrowth) {

  /** Fill at 80% or more; growth of 2% of capacity a month or more (full within about 4 years). */
  public static final PressurePolicy DEFAULT =
      new PressurePolicy(new BigDecimal("0.80"), new BigDecimal("0.02"));

  /**
   * Checks the thresholds.
   *
   * @param fill the fill threshold, 0 to 1
   * @param monthlyGrowth the growth threshold as a share of capacity per month, 0 to 1
   */
  public PressurePolicy {
    check(Objects.requireNonNull(fill, "fill"), "fill");
    check(Objects.requireNonNull(monthlyGrowth, "monthlyGrowth"), "monthlyGrowth");
  }

  private static void check(BigDecimal v, String field) {
    if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
      throw Args.invalid(field, "valid values 0 - 1", v.toPlainString());
    }
  }

  /** The reason for a store's pressure. */
  Pressure reason(long occupied, long capacity, long next12Months) {
    boolean byFill =
        BigDecimal.valueOf(occupied).compareTo(fill.multiply(BigDecimal.valueOf(capacity))) >= 0;
    boolean byGrowth =
        BigDecimal.valueOf(next12Months)
                .compareTo(monthlyGrowth.multiply(BigDecimal.valueOf(12 * capacity)))
            >= 0;
    return byFill && byGrowth
        ? Pressure.BOTH
        : byFill ? Pressure.FILL : byGrowth ? Pressure.GROWTH : Pressure.NONE;
  }
}
