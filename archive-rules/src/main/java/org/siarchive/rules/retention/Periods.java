package org.siarchive.rules.retention;

import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.model.RetentionPeriod;

/**
 * The order of retention periods: D10 &lt; D30 &lt; D50 &lt; D100 &lt; Y. A deferring or unknown
 * period has no place in it (it cannot be compared without resolving it), so {@link #rank} is empty
 * for it.
 */
final class Periods {
  private Periods() {}

  static OptionalInt rank(RetentionPeriod period) {
    if (period instanceof RetentionPeriod.Fixed f) {
      return OptionalInt.of(f.years());
    }
    if (period instanceof RetentionPeriod.Permanent) {
      return OptionalInt.of(Integer.MAX_VALUE);
    }
    return OptionalInt.empty();
  }

  /**
   * Negative, zero or positive when {@code a} is shorter, as long, or longer; empty when either has
   * no rank.
   */
  static OptionalInt compare(@Nullable RetentionPeriod a, @Nullable RetentionPeriod b) {
    OptionalInt x = a == null ? OptionalInt.empty() : rank(a);
    OptionalInt y = b == null ? OptionalInt.empty() : rank(b);
    if (x.isEmpty() || y.isEmpty()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.compare(x.getAsInt(), y.getAsInt()));
  }
}
