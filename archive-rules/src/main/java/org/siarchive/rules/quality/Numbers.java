package org.siarchive.rules.quality;

import java.util.Locale;
import java.util.SortedSet;

/** How a set of numbers appears as one message argument: {@code "3, 5, 9"}, cut after ten. */
final class Numbers {
  static final int SHOWN = 10;

  private Numbers() {}

  static String list(SortedSet<Integer> numbers) {
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (int x : numbers) {
      if (n == SHOWN) {
        b.append(String.format(Locale.ROOT, ", … (%d in all)", numbers.size()));
        break;
      }
      if (n > 0) {
        b.append(", ");
      }
      b.append(x);
      n++;
    }
    return b.toString();
  }
}
