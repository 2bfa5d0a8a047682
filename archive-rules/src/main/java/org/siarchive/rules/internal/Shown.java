package org.siarchive.rules.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.siarchive.core.id.Masking;

/**
 * How a registered or loaded value appears in a message, an argument or a report: quoted, cut when
 * long, control characters escaped, and every run that looks like a citizen ID (17 digits and a
 * check character) or a credit code (18 characters of the GB 32100 set) masked with {@link
 * Masking}, wherever it sits — a catalogue field typed wrongly may hold one.
 */
public final class Shown {
  private static final Pattern IDENTIFIER_LIKE =
      Pattern.compile("(?<![0-9A-Za-z])(?:[0-9]{17}[0-9Xx]|[0-9A-HJ-NP-RTUW-Y]{18})(?![0-9A-Za-z])");

  private Shown() {}

  /** The value quoted for a message, e.g. {@code "2024-13-01"}; {@code null} for null. */
  public static String text(String value) {
    if (value == null) {
      return "null";
    }
    return '"' + plain(value) + '"';
  }

  /** The value as an argument: unquoted, cut at 80 characters, identifiers masked. */
  public static String plain(String value) {
    if (value == null) {
      return "null";
    }
    String cut =
        value.length() > 80
            ? value.substring(0, 80) + String.format(Locale.ROOT, "…(%d chars)", value.length())
            : value;
    StringBuilder b = new StringBuilder(cut.length());
    cut.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f) {
                b.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                b.appendCodePoint(c);
              }
            });
    return mask(b.toString());
  }

  /** The text with every identifier-like run masked. */
  public static String mask(String text) {
    Matcher m = IDENTIFIER_LIKE.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder b = new StringBuilder();
    do {
      m.appendReplacement(b, Matcher.quoteReplacement(Masking.mask(m.group())));
    } while (m.find());
    m.appendTail(b);
    return b.toString();
  }
}
