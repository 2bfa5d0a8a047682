package org.siarchive.core.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.internal.json.Jcs;

/**
 * The JSON Canonicalization Scheme of RFC 8785 (JCS) over Jackson's tree model: the one byte form
 * of a JSON value, so that its hash is the same wherever it is computed. Object members are sorted
 * by the UTF-16 code units of their names (§3.2.3), strings are escaped only where JSON requires it
 * and otherwise written as UTF-8 (§3.2.2.2), numbers are written as ECMAScript writes an IEEE 754
 * double (§3.2.2.3), and no whitespace is emitted.
 *
 * <p>Refused, with an {@link InvalidValueException} naming the JSON pointer: a string with a lone
 * surrogate (not Unicode, §3.2.2.2), a non-finite number, and an integer beyond ±2^53 (an I-JSON
 * value has no exact double; RFC 8785 §3.2.2.3 would silently change it).
 *
 * <pre>{@code
 * JsonNode tree = CanonicalJson.parse("{\"b\": 1, \"a\": [4.50, \"\\u20ac\"]}".getBytes(UTF_8));
 * CanonicalJson.toText(tree);   // {"a":[4.5,"€"],"b":1}
 * }</pre>
 *
 * <p>Thread-safe (no state).
 *
 * @since 0.1.0
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  /**
   * Parses one JSON document strictly (duplicate keys and trailing tokens fail).
   *
   * @param utf8 the document's UTF-8 bytes
   * @return the document's tree
   * @throws InvalidValueException naming the reason
   */
  public static JsonNode parse(byte[] utf8) {
    return Jcs.parse(utf8);
  }

  /**
   * {@return the canonical UTF-8 bytes of a value}
   *
   * @param value a JSON tree, as {@link #parse} gives
   */
  public static byte[] toBytes(JsonNode value) {
    return Jcs.toBytes(value);
  }

  /**
   * {@return the canonical text of a value}
   *
   * @param value a JSON tree, as {@link #parse} gives
   */
  public static String toText(JsonNode value) {
    return new String(toBytes(value), StandardCharsets.UTF_8);
  }

  /**
   * {@return true when the bytes are exactly the canonical form of the JSON value they hold}
   *
   * @param utf8 the bytes; false when they are not one strict JSON document
   */
  public static boolean isCanonical(byte[] utf8) {
    try {
      return new Jcs.Writer().matches(parse(utf8), utf8);
    } catch (InvalidValueException e) {
      return false;
    }
  }

  /** {@link Jcs#number}, for this package's tests of ECMAScript's number form. */
  static String number(double d, String pointer) {
    return Jcs.number(d, pointer);
  }
}
