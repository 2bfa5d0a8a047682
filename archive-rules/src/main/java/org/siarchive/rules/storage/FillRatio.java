package org.siarchive.rules.storage;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.siarchive.rules.storage.internal.Args;

/**
 * A room's fill ratio as the exact fraction occupied / capacity. Fill ratios are compared as
 * fractions (cross-multiplied exactly), never as doubles, so a tie between two rooms or a room
 * exactly at a threshold is decided exactly; {@link #toDecimal} is for display.
 *
 * <pre>{@code
 * FillRatio a = FillRatio.of(2, 3), b = FillRatio.of(4, 6);
 * a.compareTo(b);          // 0
 * a.equals(b);             // false: equality is of the stated figures; compare for value
 * FillRatio.of(5, 4).isOverfull();  // true
 * a.toDecimal(4);          // 0.6667
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param occupied the volumes held, 0 or more
 * @param capacity the volumes the room holds, 1 or more
 * @since 0.1.0
 */
public record FillRatio(long occupied, long capacity) implements Comparable<FillRatio> {

  /**
   * Checks the figures.
   *
   * @param occupied the volumes held, 0 or more
   * @param capacity the volumes the room holds, 1 or more
   */
  public FillRatio {
    Args.range(occupied, 0, Long.MAX_VALUE, "occupied");
    Args.range(capacity, 1, Long.MAX_VALUE, "capacity");
  }

  /**
   * {@return the fill ratio of a room}
   *
   * @param occupied the volumes held, 0 or more
   * @param capacity the volumes the room holds, 1 or more
   */
  public static FillRatio of(long occupied, long capacity) {
    return new FillRatio(occupied, capacity);
  }

  /** {@return true when the room holds more than its capacity} */
  public boolean isOverfull() {
    return occupied > capacity;
  }

  /**
   * {@return the ratio rounded half-even to a number of decimals, for display}
   *
   * @param scale the decimals, 0 or more
   */
  public BigDecimal toDecimal(int scale) {
    return BigDecimal.valueOf(occupied)
        .divide(BigDecimal.valueOf(capacity), scale, RoundingMode.HALF_EVEN);
  }

  /**
   * Compares the ratios exactly: {@code a/b} against {@code c/d} as {@code a*d} against {@code
   * c*b}.
   */
  @Override
  public int compareTo(FillRatio o) {
    long hi1 = Math.multiplyHigh(occupied, o.capacity);
    long hi2 = Math.multiplyHigh(o.occupied, capacity);
    if (hi1 == 0 && hi2 == 0) {
      return Long.compareUnsigned(occupied * o.capacity, o.occupied * capacity);
    }
    return BigInteger.valueOf(occupied)
        .multiply(BigInteger.valueOf(o.capacity))
        .compareTo(BigInteger.valueOf(o.occupied).multiply(BigInteger.valueOf(capacity)));
  }

  @Override
  public String toString() {
    return occupied + "/" + capacity;
  }
}
