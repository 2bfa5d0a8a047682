package org.siarchive.sampling.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.siarchive.sampling.RuleDataException;

/**
 * A parsed JSON value with its resource and JSON pointer, and typed accessors that fail with a
 * {@link RuleDataException} naming both, the row the value is in (a plan table's row is named by
 * its {@code letter}) and the value: the schema checks of the table readers.
 */
public final class Node {
  private final String resource;
  private final String pointer;
  private final Object value;
  private final Object root;

  Node(String resource, String pointer, Object value) {
    this(resource, pointer, value, value);
  }

  private Node(String resource, String pointer, Object value, Object root) {
    this.resource = resource;
    this.pointer = pointer;
    this.value = value;
    this.root = root;
  }

  private Node child(String segment, Object child) {
    return new Node(resource, pointer + "/" + segment, child, root);
  }

  /** The JSON pointer of this value. */
  public String pointer() {
    return pointer;
  }

  /** A failure at this value, the reason already showing the value. */
  public RuleDataException error(String reason) {
    return new RuleDataException(resource, pointer, rowId(), reason, null);
  }

  /** A failure at this value: the constraint broken and the value as shown. */
  public RuleDataException error(String reason, @Nullable String shown) {
    return new RuleDataException(resource, pointer, rowId(), reason, shown);
  }

  /**
   * The id of the row under {@code /rows/N} this value is in: the row's {@code letter}, when it has
   * one.
   */
  private @Nullable String rowId() {
    if (!pointer.startsWith("/rows/")
        || !(root instanceof Map<?, ?> m)
        || !(m.get("rows") instanceof List<?> rows)) {
      return null;
    }
    int end = pointer.indexOf('/', 6);
    String n = end < 0 ? pointer.substring(6) : pointer.substring(6, end);
    int index;
    try {
      index = Integer.parseInt(n);
    } catch (NumberFormatException e) {
      return null;
    }
    if (index < 0 || index >= rows.size() || !(rows.get(index) instanceof Map<?, ?> row)) {
      return null;
    }
    return row.get("letter") instanceof String letter ? letter : null;
  }

  private static String describe(Object v) {
    if (v instanceof String) {
      return "\"" + v + "\"";
    }
    if (v instanceof Map) {
      return "an object";
    }
    if (v instanceof List) {
      return "an array";
    }
    return String.valueOf(v);
  }

  private Map<?, ?> map() {
    if (!(value instanceof Map)) {
      throw error("expected an object", describe(value));
    }
    return (Map<?, ?>) value;
  }

  /** Fails unless this object has exactly the required keys plus any of the optional ones. */
  public Node requireKeys(Set<String> required, Set<String> optional) {
    Map<?, ?> m = map();
    for (Object k : m.keySet()) {
      if (!required.contains(k) && !optional.contains(k)) {
        Set<String> known = new TreeSet<>(required);
        known.addAll(optional);
        throw child(String.valueOf(k), m.get(k))
            .error("unknown property (known: " + String.join(", ", known) + ")", "\"" + k + "\"");
      }
    }
    for (String k : new TreeSet<>(required)) {
      if (!m.containsKey(k)) {
        throw error("missing property \"" + k + "\"");
      }
    }
    return this;
  }

  /** Whether this object has the key. */
  public boolean has(String key) {
    return map().containsKey(key);
  }

  /** The member {@code key} of this object. */
  public Node get(String key) {
    Map<?, ?> m = map();
    if (!m.containsKey(key)) {
      throw error("missing property \"" + key + "\"");
    }
    return child(key, m.get(key));
  }

  /** The members of this object, in document order. */
  public List<Map.Entry<String, Node>> entries() {
    List<Map.Entry<String, Node>> out = new ArrayList<>();
    for (Map.Entry<?, ?> e : map().entrySet()) {
      String k = (String) e.getKey();
      out.add(Map.entry(k, child(k, e.getValue())));
    }
    return out;
  }

  /** The elements of this array. */
  public List<Node> elements() {
    if (!(value instanceof List)) {
      throw error("expected an array", describe(value));
    }
    List<?> list = (List<?>) value;
    List<Node> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      out.add(child(Integer.toString(i), list.get(i)));
    }
    return out;
  }

  /** This value as a string. */
  public String asString() {
    if (!(value instanceof String)) {
      throw error("expected a string", describe(value));
    }
    return (String) value;
  }

  /** This value as an int within [min, max]. */
  public int asInt(int min, int max) {
    if (!(value instanceof BigDecimal)) {
      throw error("expected an integer", describe(value));
    }
    BigDecimal d = (BigDecimal) value;
    int v;
    try {
      v = d.intValueExact();
    } catch (ArithmeticException e) {
      throw error("expected an integer", d.toPlainString());
    }
    if (v < min || v > max) {
      throw error(
          String.format(Locale.ROOT, "value out of range (valid values %d - %d)", min, max),
          Integer.toString(v));
    }
    return v;
  }

  /** This value as a long within [min, max]. */
  public long asLong(long min, long max) {
    if (!(value instanceof BigDecimal)) {
      throw error("expected an integer", describe(value));
    }
    long v;
    try {
      v = ((BigDecimal) value).longValueExact();
    } catch (ArithmeticException e) {
      throw error("expected an integer", ((BigDecimal) value).toPlainString());
    }
    if (v < min || v > max) {
      throw error(
          String.format(Locale.ROOT, "value out of range (valid values %d - %d)", min, max),
          Long.toString(v));
    }
    return v;
  }

  /** This value as a boolean. */
  public boolean asBoolean() {
    if (!(value instanceof Boolean)) {
      throw error("expected true or false", describe(value));
    }
    return (Boolean) value;
  }
}
