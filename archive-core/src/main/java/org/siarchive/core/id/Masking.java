package org.siarchive.core.id;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Masks personal identifiers for logs, messages and reports. An 18-character number keeps its first
 * 6 and last 4 characters: {@code 110105********002X}. Shorter text keeps at most a third of its
 * characters at the start and a quarter at the end, so that most of it is always hidden.
 *
 * <pre>{@code
 * Masking.mask("11010519491231002X");  // "110105********002X"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Masking {
  // No word boundaries: an identifier inside a longer run of letters and digits is still one
  // (issue 14), so every 18-character run of the alphabet is masked, leftmost first.
  private static final Pattern CITIZEN_LIKE = Pattern.compile("[0-9]{17}[0-9Xx]");
  private static final Pattern CREDIT_LIKE = Pattern.compile("[0-9A-HJ-NP-RTUW-Y]{18}");

  private Masking() {}

  /**
   * Masks everything in a text that is shaped like a citizen ID or a credit code (18 characters of
   * their alphabets), whether or not its check character is right and wherever it stands, also
   * inside a longer run of letters and digits: for messages that may quote input, such as a
   * parser's or a command line's.
   *
   * <pre>{@code
   * Masking.redact("unexpected token 110105194912310021");
   * // "unexpected token 110105********0021"
   * }</pre>
   *
   * @param text the text; null gives {@code "null"}
   * @return the text with each such run masked as {@link #mask} masks it
   */
  public static String redact(String text) {
    if (text == null) {
      return "null";
    }
    return replaceAll(CREDIT_LIKE, replaceAll(CITIZEN_LIKE, text));
  }

  /**
   * {@return a value as a message, an argument or a report may show it: every run shaped like a
   * citizen ID or a credit code masked ({@link #redact}) before the value is cut at 80 characters
   * (with the length said), and control characters and lone UTF-16 surrogates (which no UTF-8
   * output can carry) escaped as {@code \\uXXXX}}
   *
   * <pre>{@code
   * Masking.excerpt("2024-13-01");          // 2024-13-01
   * Masking.excerpt("id 11010519491231002X"); // id 110105********002X
   * }</pre>
   *
   * @param value the value; null gives {@code "null"}
   */
  public static String excerpt(String value) {
    if (value == null) {
      return "null";
    }
    String masked = redact(value);
    String cut =
        masked.length() > 80
            ? masked.substring(0, 80) + String.format(Locale.ROOT, "…(%d chars)", value.length())
            : masked;
    StringBuilder b = new StringBuilder(cut.length());
    cut.codePoints()
        .forEach(
            c -> {
              // A surrogate left as a code point by codePoints() is one without its pair.
              if (c < 0x20
                  || c == 0x7f
                  || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
                b.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.toString();
  }

  /**
   * {@link #excerpt} in double quotes, for messages: {@code Invalid value for title (…): "题名"}.
   *
   * @param value the value; null gives {@code null} without quotes
   * @return the excerpt between double quotes, or {@code null}
   */
  public static String quoted(@Nullable String value) {
    return value == null ? "null" : '"' + excerpt(value) + '"';
  }

  private static String replaceAll(Pattern p, String s) {
    Matcher m = p.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(mask(m.group())));
    }
    m.appendTail(b);
    return b.toString();
  }

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
