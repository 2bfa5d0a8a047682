package org.siarchive.rules.material;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Copies for the document records: unmodifiable, null kept as null and null elements kept, so that
 * Jakarta Validation, which runs after binding, can name the offending element by its pointer.
 */
final class Lists {
  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  static <T> Set<T> copy(Set<T> set) {
    return set == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(set));
  }

  static <T> List<T> copyOf(Collection<T> c) {
    return Collections.unmodifiableList(new ArrayList<>(c));
  }
}
