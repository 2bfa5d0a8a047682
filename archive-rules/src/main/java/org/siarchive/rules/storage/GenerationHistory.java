package org.siarchive.rules.storage;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.siarchive.rules.storage.internal.Args;

/**
 * The volumes a sub-centre formed and shelved in its store month by month, oldest first.
 *
 * <pre>{@code
 * GenerationHistory h = new GenerationHistory(YearMonth.of(2025, 1), List.of(120L, 95L, 130L));
 * h.last();                          // 2025-03
 * h.count(YearMonth.of(2025, 2));    // 95
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param first the first month of the history
 * @param volumes the volumes formed in each month from {@code first} on, each 0 or more; 1 to
 *     {@value #MAX_MONTHS} months
 * @since 0.1.0
 */
public record GenerationHistory(YearMonth first, List<Long> volumes) {

  /** The longest history accepted, in months (100 years). */
  public static final int MAX_MONTHS = 1200;

  /**
   * Checks the fields and copies the list.
   *
   * @param first the first month of the history
   * @param volumes the volumes formed in each month from {@code first} on, each 0 or more; 1 to
   *     {@value #MAX_MONTHS} months
   */
  public GenerationHistory {
    Objects.requireNonNull(first, "first");
    volumes = List.copyOf(Objects.requireNonNull(volumes, "volumes"));
    Args.range(volumes.size(), 1, MAX_MONTHS, "volumes (months)");
    for (int i = 0; i < volumes.size(); i++) {
      Args.range(volumes.get(i), 0, StorageNetwork.MAX_VOLUMES, "volumes[" + i + "]");
    }
  }

  /** {@return the last month of the history} */
  public YearMonth last() {
    return first.plusMonths(volumes.size() - 1L);
  }

  /** {@return the number of months} */
  public int size() {
    return volumes.size();
  }

  /**
   * {@return the volumes formed in a month of the history}
   *
   * @param month a month of the history
   * @throws org.siarchive.core.InvalidValueException when the month is outside the history
   */
  public long count(YearMonth month) {
    long i =
        first.until(Objects.requireNonNull(month, "month"), java.time.temporal.ChronoUnit.MONTHS);
    if (i < 0 || i >= volumes.size()) {
      throw Args.invalid("month", "within the history " + first + " - " + last(), month);
    }
    return volumes.get((int) i);
  }

  /** The history without its last {@code months} months. */
  GenerationHistory withoutLast(int months) {
    return new GenerationHistory(first, volumes.subList(0, volumes.size() - months));
  }
}
