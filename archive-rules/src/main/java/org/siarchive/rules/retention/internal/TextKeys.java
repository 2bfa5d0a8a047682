package org.siarchive.rules.retention.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keys under which material texts and row ids are compared: NFKC (so full-width and half-width
 * forms agree), lower case, and without white space or punctuation (so {@code 社会保险卡(证、手册)} and
 * {@code 社会保险卡（证 、手册）} agree).
 */
public final class TextKeys {
  private TextKeys() {}

  /** The key of a material text. */
  public static String material(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(n.length());
    n.codePoints().filter(c -> Character.isLetterOrDigit(c)).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** The key of a row id: NFKC without white space, case kept. */
  public static String rowId(String id) {
    String n = Normalizer.normalize(id, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    n.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  /**
   * The parts of an enumeration {@code 付款凭证、会计账簿、会计报表}, split at top-level {@code 、} (not inside
   * parentheses); a text that is not an enumeration gives no parts.
   */
  public static List<String> enumeratedParts(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (c == '、' && depth == 0) {
        parts.add(n.substring(start, i));
        start = i + 1;
      }
    }
    if (parts.isEmpty()) {
      return List.of();
    }
    parts.add(n.substring(start));
    return parts.stream().filter(p -> !p.isBlank()).toList();
  }
}
