package org.siarchive.sampling.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.siarchive.sampling.RuleDataException;

/**
 * Parses one JSON document (RFC 8259) strictly: duplicate keys, trailing tokens, leading zeros,
 * control characters in strings and anything but exactly one value fail with a {@link
 * RuleDataException} naming the resource, the JSON pointer of the enclosing value and the offset.
 * Objects become insertion-ordered unmodifiable maps, arrays unmodifiable lists, numbers {@link
 * BigDecimal}, {@code null} the {@link #NULL} marker.
 *
 * <p>Design: a recursive-descent parser over the whole text; rule tables are small, so no streaming.
 * Schema checks (unknown properties, types) belong to the readers of each table, which use the
 * typed accessors of {@link Node}.
 */
public final class StrictJson {
  /** The JSON {@code null} value (a real null would blur "absent" and "null"). */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private final String resource;
  private final String text;
  private int pos;

  private StrictJson(String resource, String text) {
    this.resource = resource;
    this.text = text;
  }

  /** Parses a document; {@code resource} names it in errors. */
  public static Node parse(String resource, String text) {
    StrictJson p = new StrictJson(resource, text);
    p.skipWhitespace();
    Object value = p.value("");
    p.skipWhitespace();
    if (p.pos != text.length()) {
      throw p.error("", "trailing characters after the document");
    }
    return new Node(resource, "", value);
  }

  private RuleDataException error(String pointer, String problem) {
    return new RuleDataException(resource, pointer,
        String.format(Locale.ROOT, "%s at offset %d", problem, pos));
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char ch = text.charAt(pos);
      if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
        pos++;
      } else {
        break;
      }
    }
  }

  private Object value(String pointer) {
    if (pos >= text.length()) {
      throw error(pointer, "unexpected end of document");
    }
    char ch = text.charAt(pos);
    switch (ch) {
      case '{':
        return object(pointer);
      case '[':
        return array(pointer);
      case '"':
        return string(pointer);
      case 't':
        return literal(pointer, "true", Boolean.TRUE);
      case 'f':
        return literal(pointer, "false", Boolean.FALSE);
      case 'n':
        return literal(pointer, "null", NULL);
      default:
        if (ch == '-' || (ch >= '0' && ch <= '9')) {
          return number(pointer);
        }
        throw error(pointer, "unexpected character '" + ch + "'");
    }
  }

  private Object literal(String pointer, String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error(pointer, "invalid literal");
    }
    pos += word.length();
    return value;
  }

  private Map<String, Object> object(String pointer) {
    pos++;
    Map<String, Object> map = new LinkedHashMap<>();
    skipWhitespace();
    if (pos < text.length() && text.charAt(pos) == '}') {
      pos++;
      return Collections.unmodifiableMap(map);
    }
    while (true) {
      skipWhitespace();
      if (pos >= text.length() || text.charAt(pos) != '"') {
        throw error(pointer, "expected a property name");
      }
      String key = string(pointer);
      String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
      if (map.containsKey(key)) {
        throw error(child, "duplicate key \"" + key + "\"");
      }
      skipWhitespace();
      expect(pointer, ':');
      skipWhitespace();
      map.put(key, value(child));
      skipWhitespace();
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
        continue;
      }
      expect(pointer, '}');
      return Collections.unmodifiableMap(map);
    }
  }

  private List<Object> array(String pointer) {
    pos++;
    List<Object> list = new ArrayList<>();
    skipWhitespace();
    if (pos < text.length() && text.charAt(pos) == ']') {
      pos++;
      return Collections.unmodifiableList(list);
    }
    while (true) {
      skipWhitespace();
      list.add(value(pointer + "/" + list.size()));
      skipWhitespace();
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
        continue;
      }
      expect(pointer, ']');
      return Collections.unmodifiableList(list);
    }
  }

  private void expect(String pointer, char ch) {
    if (pos >= text.length() || text.charAt(pos) != ch) {
      throw error(pointer, "expected '" + ch + "'");
    }
    pos++;
  }

  private String string(String pointer) {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error(pointer, "unterminated string");
      }
      char ch = text.charAt(pos++);
      if (ch == '"') {
        return sb.toString();
      }
      if (ch < 0x20) {
        throw error(pointer, "control character in string");
      }
      if (ch != '\\') {
        sb.append(ch);
        continue;
      }
      if (pos >= text.length()) {
        throw error(pointer, "unterminated escape");
      }
      char esc = text.charAt(pos++);
      switch (esc) {
        case '"': sb.append('"'); break;
        case '\\': sb.append('\\'); break;
        case '/': sb.append('/'); break;
        case 'b': sb.append('\b'); break;
        case 'f': sb.append('\f'); break;
        case 'n': sb.append('\n'); break;
        case 'r': sb.append('\r'); break;
        case 't': sb.append('\t'); break;
        case 'u':
          if (pos + 4 > text.length()) {
            throw error(pointer, "truncated \\u escape");
          }
          try {
            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException e) {
            throw error(pointer, "invalid \\u escape");
          }
          pos += 4;
          break;
        default:
          throw error(pointer, "invalid escape '\\" + esc + "'");
      }
    }
  }

  private BigDecimal number(String pointer) {
    int start = pos;
    if (text.charAt(pos) == '-') {
      pos++;
    }
    int intStart = pos;
    while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 128) {
      pos++;
    }
    if (pos == intStart || (text.charAt(intStart) == '0' && pos - intStart > 1)) {
      throw error(pointer, "invalid number");
    }
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      int fracStart = pos;
      while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
        pos++;
      }
      if (pos == fracStart) {
        throw error(pointer, "invalid number");
      }
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      int expStart = pos;
      while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
        pos++;
      }
      if (pos == expStart) {
        throw error(pointer, "invalid number");
      }
    }
    return new BigDecimal(text.substring(start, pos));
  }
}
