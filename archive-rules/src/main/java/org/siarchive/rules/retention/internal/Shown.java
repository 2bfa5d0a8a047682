package org.siarchive.rules.retention.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * A value as an error message may show it: texts quoted, cut after 80 characters, control
 * characters escaped; collections by their size. Rule data holds no personal identifiers, so
 * nothing is masked here.
 */
public final class Shown {
  private static final int LIMIT = 80;

  private Shown() {}

  /** A value of any type as shown in a message. */
  public static String value(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CharSequence s) {
      return text(s.toString());
    }
    if (value instanceof Collection<?> c) {
      return String.format(Locale.ROOT, "%d elements", c.size());
    }
    return value.toString();
  }

  /** A text quoted, cut after 80 characters, control characters escaped. */
  public static String text(String value) {
    if (value == null) {
      return "null";
    }
    String cut =
        value.length() > LIMIT
            ? value.substring(0, LIMIT) + String.format(Locale.ROOT, "…(%d chars)", value.length())
            : value;
    StringBuilder b = new StringBuilder(cut.length() + 2).append('"');
    cut.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f) {
                b.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.append('"').toString();
  }
}
