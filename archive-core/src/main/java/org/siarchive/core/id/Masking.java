package org.siarchive.core.id;

/**
 * Masks personal identifiers for logs, messages and reports. An 18-character number keeps its
 * first 6 and last 4 characters: {@code 110105********002X}. Shorter text keeps at most a third of
 * its characters at the start and a quarter at the end, so that most of it is always hidden.
 *
 * <pre>{@code
 * Masking.mask("11010519491231002X");  // "110105********002X"
 * }</pre>
 */
public final class Masking {
  private Masking() {}

  /**
   * The masked form of a text.
   *
   * @param raw the text to mask; null gives {@code "null"}
   * @return the text with its middle replaced by {@code *}, of the same length
   */
  public static String mask(CharSequence raw) {
    if (raw == null) {
      return "null";
    }
    int[] cps = raw.codePoints().toArray();
    int n = cps.length;
    int keepStart = Math.min(6, n / 3);
    int keepEnd = Math.min(4, n / 4);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      if (i < keepStart || i >= n - keepEnd) {
        int c = cps[i];
        b.appendCodePoint(c < 0x20 || c == 0x7f ? '?' : c);
      } else {
        b.append('*');
      }
    }
    return b.toString();
  }
}
