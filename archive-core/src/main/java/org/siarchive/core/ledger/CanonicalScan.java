package org.siarchive.core.ledger;

import java.util.Arrays;
import org.siarchive.core.internal.json.StrictMapper;

/**
 * A one-pass test over an event's bytes that they are a JSON object in RFC 8785 canonical form,
 * allocating nothing, so that a verifier need not build a Jackson tree and re-encode it for each of
 * a million events.
 *
 * <p>Design: the scan is sound, not complete. When it accepts, the bytes are exactly what {@link
 * CanonicalJson#parse} followed by {@link CanonicalJson#toBytes} gives back: an object without
 * whitespace; member names of printable ASCII without escapes, each greater than the one before by
 * its bytes (for ASCII the UTF-16 order of §3.2.3, and no name twice); strings in the writer's
 * escapes ({@code \" \\ \b \t \n \f \r}, a backslash, {@code u00} and two lower-case hexadecimal
 * digits for the other controls) and well-formed UTF-8 without surrogates; integers without a sign
 * on zero, leading zeros or a fraction, within ±2^53; the three literals; within the strict
 * mapper's limits on nesting, names and strings. Anything else it refuses, including canonical
 * forms it does not cover (a fraction or an exponent, a name with an escape or a non-ASCII
 * character): the caller then takes the exact path (parse, write, compare), which also words the
 * reason. The scan records where the top-level {@code "algorithm"} and {@code "previousRoot"}
 * strings are, so the caller compares them as bytes.
 *
 * <p>Not thread-safe: a verifier owns one.
 */
final class CanonicalScan {
  private static final int MAX_DEPTH = 16;
  private static final int MAX_NAME_BYTES = 256;
  private static final long MAX_EXACT = 1L << 53;
  private static final byte[] ALGORITHM = Ledger.ALGORITHM.getBytes(Utf8.CHARSET);
  private static final byte[] PREVIOUS_ROOT = Ledger.PREVIOUS_ROOT.getBytes(Utf8.CHARSET);

  private byte[] b = new byte[0];
  private int pos;
  private int stringStart;
  private int stringEnd;

  /** Where the top-level algorithm string's content starts and ends, or -1 when absent. */
  int algorithmStart;

  int algorithmEnd;

  /** Where the top-level previousRoot string's content starts and ends, or -1 when absent. */
  int previousRootStart;

  int previousRootEnd;

  /** True when the bytes are certainly a JSON object in canonical form (see the class comment). */
  boolean accepts(byte[] bytes) {
    b = bytes;
    pos = 0;
    algorithmStart = -1;
    previousRootStart = -1;
    return bytes.length <= StrictMapper.MAX_DOCUMENT_BYTES
        && pos < b.length
        && b[pos] == '{'
        && object(1)
        && pos == b.length;
  }

  /** True when the top-level string at start..end has exactly the bytes of the ASCII text. */
  boolean contentEquals(int start, int end, byte[] ascii) {
    return start >= 0 && Arrays.equals(b, start, end, ascii, 0, ascii.length);
  }

  private boolean object(int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    pos++;
    if (pos < b.length && b[pos] == '}') {
      pos++;
      return true;
    }
    int previousStart = -1;
    int previousEnd = -1;
    while (true) {
      if (pos >= b.length || b[pos] != '"') {
        return false;
      }
      int nameStart = pos + 1;
      int i = nameStart;
      while (i < b.length && b[i] != '"') {
        if (b[i] < 0x20 || b[i] == '\\' || b[i] == 0x7F) {
          // Negative bytes (non-ASCII) are below 0x20 too.
          return false;
        }
        i++;
      }
      if (i >= b.length || i - nameStart > MAX_NAME_BYTES) {
        return false;
      }
      int nameEnd = i;
      if (previousStart >= 0
          && Arrays.compare(b, previousStart, previousEnd, b, nameStart, nameEnd) >= 0) {
        return false;
      }
      previousStart = nameStart;
      previousEnd = nameEnd;
      pos = nameEnd + 1;
      if (pos >= b.length || b[pos] != ':') {
        return false;
      }
      pos++;
      if (!value(depth)) {
        return false;
      }
      if (depth == 1 && b[pos - 1] == '"') {
        if (Arrays.equals(b, nameStart, nameEnd, ALGORITHM, 0, ALGORITHM.length)) {
          algorithmStart = stringStart;
          algorithmEnd = stringEnd;
        } else if (Arrays.equals(b, nameStart, nameEnd, PREVIOUS_ROOT, 0, PREVIOUS_ROOT.length)) {
          previousRootStart = stringStart;
          previousRootEnd = stringEnd;
        }
      }
      if (pos >= b.length) {
        return false;
      }
      if (b[pos] == '}') {
        pos++;
        return true;
      }
      if (b[pos] != ',') {
        return false;
      }
      pos++;
    }
  }

  private boolean array(int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    pos++;
    if (pos < b.length && b[pos] == ']') {
      pos++;
      return true;
    }
    while (true) {
      if (!value(depth)) {
        return false;
      }
      if (pos >= b.length) {
        return false;
      }
      if (b[pos] == ']') {
        pos++;
        return true;
      }
      if (b[pos] != ',') {
        return false;
      }
      pos++;
    }
  }

  private boolean value(int depth) {
    if (pos >= b.length) {
      return false;
    }
    return switch (b[pos]) {
      case '{' -> object(depth + 1);
      case '[' -> array(depth + 1);
      case '"' -> string();
      case 't' -> literal(Utf8.TRUE);
      case 'f' -> literal(Utf8.FALSE);
      case 'n' -> literal(Utf8.NULL);
      default -> integer();
    };
  }

  private boolean literal(byte[] text) {
    if (!Arrays.equals(b, pos, Math.min(b.length, pos + text.length), text, 0, text.length)) {
      return false;
    }
    pos += text.length;
    return true;
  }

  private boolean integer() {
    int i = pos;
    boolean negative = i < b.length && b[i] == '-';
    if (negative) {
      i++;
    }
    int digits = i;
    while (i < b.length && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    int count = i - digits;
    if (count == 0 || count > 16 || (count > 1 && b[digits] == '0')) {
      return false;
    }
    if (i < b.length && (b[i] == '.' || b[i] == 'e' || b[i] == 'E')) {
      return false;
    }
    long value = 0;
    for (int k = digits; k < i; k++) {
      value = value * 10 + (b[k] - '0');
    }
    if (value > MAX_EXACT || (negative && value == 0)) {
      return false;
    }
    pos = i;
    return true;
  }

  private boolean string() {
    int i = pos + 1;
    stringStart = i;
    while (true) {
      if (i >= b.length) {
        return false;
      }
      int c = b[i] & 0xFF;
      if (c == '"') {
        break;
      } else if (c == '\\') {
        int n = escape(i);
        if (n == 0) {
          return false;
        }
        i += n;
      } else if (c < 0x20) {
        return false;
      } else if (c < 0x80) {
        i++;
      } else {
        int n = Utf8.sequence(b, i);
        if (n == 0) {
          return false;
        }
        i += n;
      }
    }
    if (i - stringStart > StrictMapper.MAX_STRING_LENGTH) {
      return false;
    }
    stringEnd = i;
    pos = i + 1;
    return true;
  }

  /** The length of the canonical escape at i, or 0 when it is not one the writer writes. */
  private int escape(int i) {
    if (i + 1 >= b.length) {
      return 0;
    }
    switch (b[i + 1]) {
      case '"', '\\', 'b', 't', 'n', 'f', 'r':
        return 2;
      case 'u':
        if (i + 5 >= b.length || b[i + 2] != '0' || b[i + 3] != '0') {
          return 0;
        }
        int high = b[i + 4];
        int low = Character.digit(b[i + 5], 16);
        if ((high != '0' && high != '1') || low < 0 || (b[i + 5] >= 'A' && b[i + 5] <= 'F')) {
          return 0;
        }
        int c = (high - '0') * 16 + low;
        // These five have a short form, which the writer uses.
        if (c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
          return 0;
        }
        return 6;
      default:
        return 0;
    }
  }

  /** UTF-8 as RFC 3629 defines it, and the literals. */
  private static final class Utf8 {
    static final java.nio.charset.Charset CHARSET = java.nio.charset.StandardCharsets.UTF_8;
    static final byte[] TRUE = "true".getBytes(CHARSET);
    static final byte[] FALSE = "false".getBytes(CHARSET);
    static final byte[] NULL = "null".getBytes(CHARSET);

    private Utf8() {}

    /**
     * The length of the well-formed UTF-8 sequence of two to four bytes at i (RFC 3629 §4: shortest
     * form, no surrogate, at most U+10FFFF), or 0.
     */
    static int sequence(byte[] b, int i) {
      int c = b[i] & 0xFF;
      int n;
      int min = 0x80;
      int max = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) {
          min = 0xA0;
        } else if (c == 0xED) {
          max = 0x9F;
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) {
          min = 0x90;
        } else if (c == 0xF4) {
          max = 0x8F;
        }
      } else {
        return 0;
      }
      if (i + n > b.length) {
        return 0;
      }
      int second = b[i + 1] & 0xFF;
      if (second < min || second > max) {
        return 0;
      }
      for (int k = 2; k < n; k++) {
        int cont = b[i + k] & 0xFF;
        if (cont < 0x80 || cont > 0xBF) {
          return 0;
        }
      }
      return n;
    }
  }
}
