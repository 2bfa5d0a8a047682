package org.siarchive.core.ledger;

import org.siarchive.core.internal.json.StrictMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.siarchive.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The JSON Canonicalization Scheme of RFC 8785 (JCS) over Jackson's tree model: the one byte form
 * of a JSON value, so that its hash is the same wherever it is computed. Object members are sorted
 * by the UTF-16 code units of their names (§3.2.3), strings are escaped only where JSON requires
 * it and otherwise written as UTF-8 (§3.2.2.2), numbers are written as ECMAScript writes an IEEE 754
 * double (§3.2.2.3), and no whitespace is emitted.
 *
 * <p>Refused, with an {@link InvalidValueException} naming the JSON pointer: a string with a lone
 * surrogate (not Unicode, §3.2.2.2), a non-finite number, and an integer beyond ±2^53 (an
 * I-JSON value has no exact double; RFC 8785 §3.2.2.3 would silently change it).
 *
 * <pre>{@code
 * JsonNode tree = CanonicalJson.parse("{\"b\": 1, \"a\": [4.50, \"\\u20ac\"]}".getBytes(UTF_8));
 * CanonicalJson.toText(tree);   // {"a":[4.5,"€"],"b":1}
 * }</pre>
 *
 * <p>Thread-safe (no state).
 */
public final class CanonicalJson {
  private static final ObjectMapper MAPPER = StrictMapper.create();
  private static final long MAX_EXACT = 1L << 53;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private CanonicalJson() {}

  /**
   * Parses one JSON document strictly (duplicate keys and trailing tokens fail).
   *
   * @throws InvalidValueException naming the reason
   */
  public static JsonNode parse(byte[] utf8) {
    Objects.requireNonNull(utf8, "utf8");
    try {
      JsonNode node = MAPPER.readTree(utf8);
      if (node == null || node.isMissingNode()) {
        throw new InvalidValueException("json", "one JSON value", "(empty)");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new InvalidValueException("json", "RFC 8259 JSON without repeated keys", e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The canonical UTF-8 bytes of a value. */
  public static byte[] toBytes(JsonNode value) {
    return toText(value).getBytes(StandardCharsets.UTF_8);
  }

  /** The canonical text of a value. */
  public static String toText(JsonNode value) {
    Objects.requireNonNull(value, "value");
    StringBuilder b = new StringBuilder(256);
    write(value, b, "");
    return b.toString();
  }

  /** True when the bytes are exactly the canonical form of the JSON value they hold. */
  public static boolean isCanonical(byte[] utf8) {
    try {
      return java.util.Arrays.equals(toBytes(parse(utf8)), utf8);
    } catch (InvalidValueException e) {
      return false;
    }
  }

  private static void write(JsonNode node, StringBuilder b, String pointer) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
        members.addAll(node.properties());
        // String.compareTo orders by UTF-16 code units, as §3.2.3 requires.
        members.sort(Map.Entry.comparingByKey());
        b.append('{');
        for (int i = 0; i < members.size(); i++) {
          if (i > 0) {
            b.append(',');
          }
          String key = members.get(i).getKey();
          String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
          string(key, b, child);
          b.append(':');
          write(members.get(i).getValue(), b, child);
        }
        b.append('}');
      }
      case ARRAY -> {
        b.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            b.append(',');
          }
          write(node.get(i), b, pointer + "/" + i);
        }
        b.append(']');
      }
      case STRING -> string(node.textValue(), b, pointer);
      case BOOLEAN -> b.append(node.booleanValue() ? "true" : "false");
      case NULL -> b.append("null");
      case NUMBER -> {
        if (node.isIntegralNumber()) {
          BigInteger v = node.bigIntegerValue();
          if (v.abs().compareTo(BigInteger.valueOf(MAX_EXACT)) > 0) {
            throw new InvalidValueException(
                pointer.isEmpty() ? "(document)" : pointer, "an integer within ±2^53", v.toString());
          }
          b.append(v.longValueExact());
        } else {
          b.append(number(node.doubleValue(), pointer));
        }
      }
      default -> throw new InvalidValueException(
          pointer.isEmpty() ? "(document)" : pointer, "a JSON value", node.getNodeType().toString());
    }
  }

  private static void string(String s, StringBuilder b, String pointer) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        throw new InvalidValueException(
            pointer.isEmpty() ? "(document)" : pointer,
            "Unicode text (no lone surrogate)",
            String.format(Locale.ROOT, "\\u%04x at %d", (int) c, i));
      } else if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        switch (c) {
          case '\b' -> b.append("\\b");
          case '\t' -> b.append("\\t");
          case '\n' -> b.append("\\n");
          case '\f' -> b.append("\\f");
          case '\r' -> b.append("\\r");
          default -> b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
      } else {
        b.append(c);
      }
    }
    b.append('"');
  }

  /**
   * A double as ECMAScript's {@code Number.prototype.toString} writes it (ECMA-262 §7.1.12.1,
   * RFC 8785 §3.2.2.3): the shortest decimal that reads back as the same double, the closest such
   * to the exact value, in plain notation from 1e-6 up to 1e21 and in exponent notation outside.
   *
   * @throws InvalidValueException for NaN and the infinities
   */
  static String number(double d, String pointer) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new InvalidValueException(
          pointer.isEmpty() ? "(document)" : pointer, "a finite number", Double.toString(d));
    }
    if (d == 0) {
      return "0";
    }
    if (d < 0) {
      return "-" + number(-d, pointer);
    }
    BigDecimal exact = new BigDecimal(d);
    @Nullable BigDecimal best = null;
    for (int p = 1; p <= 17 && best == null; p++) {
      BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      BigDecimal ulp = nearest.ulp();
      for (BigDecimal c : new BigDecimal[] {nearest, nearest.subtract(ulp), nearest.add(ulp)}) {
        if (c.signum() > 0
            && c.precision() <= p
            && c.doubleValue() == d
            && (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
          best = c;
        }
      }
    }
    // 17 significant digits always round-trip a double, so the loop found one.
    BigDecimal shortest = Objects.requireNonNull(best).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    int n = k - shortest.scale();
    StringBuilder b = new StringBuilder(32);
    if (k <= n && n <= 21) {
      b.append(digits).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      b.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      b.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      int e = n - 1;
      b.append(digits.charAt(0));
      if (k > 1) {
        b.append('.').append(digits, 1, k);
      }
      b.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
    }
    return b.toString();
  }
}
