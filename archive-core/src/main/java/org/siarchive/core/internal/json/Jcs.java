package org.siarchive.core.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;

/**
 * RFC 8785 (JCS) over Jackson's tree model, below both the ledger's public {@code CanonicalJson}
 * and the volume codec's canonical record writer ({@code ArchiveJson.writeCanonicalVolumeBytes}),
 * which falls back on it for the values its one-pass writer leaves to this one, so that both give
 * the same bytes and the same refusals. Not exported.
 */
public final class Jcs {
  private static final ObjectMapper MAPPER = StrictMapper.create();
  private static final long MAX_EXACT = 1L << 53;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Jcs() {}

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
      throw new InvalidValueException(
          "json", "RFC 8259 JSON without repeated keys", e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the canonical UTF-8 bytes of a value} */
  public static byte[] toBytes(JsonNode value) {
    Objects.requireNonNull(value, "value");
    Writer w = new Writer();
    w.write(value);
    return w.toByteArray();
  }

  /**
   * Writes canonical UTF-8 straight into a byte buffer that it reuses between values, so that a
   * verifier checks each event's canonical form by one write and one byte comparison, without a
   * String per event. JSON pointers for error messages are built only when a value is refused. Not
   * thread-safe.
   */
  public static final class Writer {
    private byte[] buf = new byte[512];
    private int len;

    /** True when the canonical form of the value is exactly the bytes. */
    public boolean matches(JsonNode value, byte[] bytes) {
      write(value);
      return Arrays.equals(buf, 0, len, bytes, 0, bytes.length);
    }

    public void write(JsonNode value) {
      len = 0;
      write(value, null);
    }

    public byte[] toByteArray() {
      return Arrays.copyOf(buf, len);
    }

    private void write(JsonNode node, @Nullable Pointer pointer) {
      switch (node.getNodeType()) {
        case OBJECT -> {
          List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
          // String.compareTo orders by UTF-16 code units, as §3.2.3 requires.
          members.sort(Map.Entry.comparingByKey());
          put('{');
          for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
              put(',');
            }
            Pointer child = new Pointer(pointer, members.get(i).getKey(), -1);
            string(members.get(i).getKey(), child);
            put(':');
            write(members.get(i).getValue(), child);
          }
          put('}');
        }
        case ARRAY -> {
          put('[');
          for (int i = 0; i < node.size(); i++) {
            if (i > 0) {
              put(',');
            }
            write(node.get(i), new Pointer(pointer, null, i));
          }
          put(']');
        }
        case STRING -> string(node.textValue(), pointer);
        case BOOLEAN -> ascii(node.booleanValue() ? "true" : "false");
        case NULL -> ascii("null");
        case NUMBER -> {
          if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()
                || node.longValue() > MAX_EXACT
                || node.longValue() < -MAX_EXACT) {
              throw new InvalidValueException(
                  Pointer.describe(pointer),
                  "an integer within ±2^53",
                  node.bigIntegerValue().toString());
            }
            ascii(Long.toString(node.longValue()));
          } else {
            double d = node.doubleValue();
            ascii(number(d, Double.isFinite(d) ? "" : Pointer.describe(pointer)));
          }
        }
        default ->
            throw new InvalidValueException(
                Pointer.describe(pointer), "a JSON value", node.getNodeType().toString());
      }
    }

    private void string(String s, @Nullable Pointer pointer) {
      put('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          if (c == '"' || c == '\\') {
            put('\\');
            put(c);
          } else if (c < 0x20) {
            switch (c) {
              case '\b' -> ascii("\\b");
              case '\t' -> ascii("\\t");
              case '\n' -> ascii("\\n");
              case '\f' -> ascii("\\f");
              case '\r' -> ascii("\\r");
              default -> {
                ascii("\\u00");
                put(HEX[c >> 4]);
                put(HEX[c & 0xF]);
              }
            }
          } else {
            put(c);
          }
        } else if (c < 0x800) {
          put(0xC0 | (c >> 6));
          put(0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)
            && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          put(0xF0 | (cp >> 18));
          put(0x80 | ((cp >> 12) & 0x3F));
          put(0x80 | ((cp >> 6) & 0x3F));
          put(0x80 | (cp & 0x3F));
        } else if (Character.isSurrogate(c)) {
          throw new InvalidValueException(
              Pointer.describe(pointer),
              "Unicode text (no lone surrogate)",
              String.format(Locale.ROOT, "\\u%04x at %d", (int) c, i));
        } else {
          put(0xE0 | (c >> 12));
          put(0x80 | ((c >> 6) & 0x3F));
          put(0x80 | (c & 0x3F));
        }
      }
      put('"');
    }

    private void ascii(String s) {
      for (int i = 0; i < s.length(); i++) {
        put(s.charAt(i));
      }
    }

    private void put(int b) {
      if (len == buf.length) {
        buf = Arrays.copyOf(buf, len * 2);
      }
      buf[len++] = (byte) b;
    }
  }

  /** A JSON pointer (RFC 6901) as a chain, turned into text only for an error message. */
  private record Pointer(@Nullable Pointer parent, @Nullable String key, int index) {
    static String describe(@Nullable Pointer p) {
      if (p == null) {
        return "(document)";
      }
      StringBuilder b = new StringBuilder();
      append(p, b);
      return b.toString();
    }

    private static void append(Pointer p, StringBuilder b) {
      if (p.parent != null) {
        append(p.parent, b);
      }
      b.append('/')
          .append(
              p.key == null
                  ? Integer.toString(p.index)
                  : p.key.replace("~", "~0").replace("/", "~1"));
    }
  }

  /**
   * A double as ECMAScript's {@code Number.prototype.toString} writes it (ECMA-262 §7.1.12.1, RFC
   * 8785 §3.2.2.3): the shortest decimal that reads back as the same double, the closest such to
   * the exact value, in plain notation from 1e-6 up to 1e21 and in exponent notation outside.
   *
   * @throws InvalidValueException for NaN and the infinities
   */
  public static String number(double d, String pointer) {
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
            && (best == null
                || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
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
