package org.siarchive.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Copies for the rule documents' records: unmodifiable, null kept as null and null elements kept,
 * so that Jakarta Validation, which runs after binding, can name the offending element by its
 * pointer.
 */
public final class Copies {
  private Copies() {}

  /** An unmodifiable copy keeping nulls; null for null. */
  public static <T> @Nullable List<T> copy(@Nullable List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** An unmodifiable, insertion-ordered copy keeping null values; null for null. */
  public static <K, V> @Nullable Map<K, V> copy(@Nullable Map<K, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** An unmodifiable, insertion-ordered copy keeping nulls; null for null. */
  public static <T> @Nullable Set<T> copy(@Nullable Set<T> set) {
    return set == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(set));
  }
}
