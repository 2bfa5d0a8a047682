package org.siarchive.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a repeated key within one JSON object, as Jackson's {@code STRICT_DUPLICATE_DETECTION}
 * does, at a fraction of its cost: Jackson builds a hash set for every object of more than two
 * keys, which took a sixth of the time of decoding a volume. Here each nesting level keeps its keys
 * in one reused array. The factory interns field names ({@code INTERN_FIELD_NAMES}, which {@link
 * #requireInternedNames} asserts), so two equal names are usually one object and {@code equals}
 * returns at its identity test; equality still decides, since Jackson's symbol table stops
 * canonicalising once a document has more than 64k distinct names.
 *
 * <p>Linear in the keys of an object: the first {@value #SCAN} keys of an object are compared one
 * by one (a volume's objects have at most 16 keys, so the hot path never hashes); from the {@value
 * #SCAN}th key on, that level moves its keys into a hash set, so an object of a million distinct
 * keys costs a million set insertions, not half a million million comparisons.
 *
 * <p>Every way of advancing the parser is routed through {@link #nextToken()}, so that no key goes
 * unseen: the delegate's shortcuts ({@code nextFieldName}, {@code nextTextValue}, {@code
 * skipChildren}, …) are redefined in terms of it. The failure is the same {@link
 * JsonParseException} as Jackson's ({@code Duplicate field 'x'}), located at the repeated key.
 */
final class DuplicateKeyCheck extends JsonParserDelegate {
  /** Keys compared one by one before a level switches to a hash set. */
  static final int SCAN = 16;

  private String[][] keys = new String[8][];
  private int[] counts = new int[8];
  private final List<Set<String>> sets = new ArrayList<>();
  private int depth = -1;

  DuplicateKeyCheck(JsonParser parser) {
    super(parser);
  }

  /** Fails unless the factory interns field names, which the identity comparison relies on. */
  static JsonFactory requireInternedNames(JsonFactory factory) {
    if (!factory.isEnabled(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
        || !factory.isEnabled(JsonFactory.Feature.INTERN_FIELD_NAMES)) {
      throw new IllegalStateException("duplicate-key check needs interned field names");
    }
    return factory;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken t = delegate.nextToken();
    if (t == JsonToken.FIELD_NAME) {
      seen(delegate.currentName());
    } else if (t == JsonToken.START_OBJECT) {
      enter();
    } else if (t == JsonToken.END_OBJECT) {
      depth--;
    }
    return t;
  }

  private void enter() {
    depth++;
    if (depth == keys.length) {
      keys = Arrays.copyOf(keys, depth * 2);
      counts = Arrays.copyOf(counts, depth * 2);
    }
    if (keys[depth] == null) {
      keys[depth] = new String[SCAN];
    }
    counts[depth] = 0;
  }

  private void seen(String name) throws JsonParseException {
    String[] level = keys[depth];
    int n = counts[depth];
    counts[depth] = n + 1;
    if (n < SCAN) {
      int hash = name.hashCode();
      for (int i = 0; i < n; i++) {
        // Equal text decides (Jackson's symbol table stops interning past 64k names in a
        // document), behind the hash, cached in every String, so that distinct names of one
        // length are not compared byte by byte; equals starts with identity, which settles the
        // interned names of every ordinary document.
        String other = level[i];
        if (hash == other.hashCode() && name.equals(other)) {
          throw duplicate(name);
        }
      }
      level[n] = name;
      return;
    }
    while (sets.size() <= depth) {
      sets.add(new HashSet<>());
    }
    Set<String> set = sets.get(depth);
    if (n == SCAN) {
      set.clear();
      set.addAll(Arrays.asList(level));
    }
    if (!set.add(name)) {
      throw duplicate(name);
    }
  }

  private JsonParseException duplicate(String name) {
    return new JsonParseException(delegate, "Duplicate field '" + name + "'");
  }

  @Override
  public @Nullable String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public boolean nextFieldName(SerializableString str) throws IOException {
    return nextToken() == JsonToken.FIELD_NAME && str.getValue().equals(currentName());
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.FIELD_NAME ? nextToken() : t;
  }

  @Override
  public @Nullable String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
  }

  @Override
  public @Nullable Boolean nextBooleanValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.VALUE_TRUE
        ? Boolean.TRUE
        : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken t = currentToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      int open = 1;
      while (open > 0) {
        JsonToken next = nextToken();
        if (next == null) {
          return this;
        }
        if (next.isStructStart()) {
          open++;
        } else if (next.isStructEnd()) {
          open--;
        }
      }
    }
    return this;
  }
}
