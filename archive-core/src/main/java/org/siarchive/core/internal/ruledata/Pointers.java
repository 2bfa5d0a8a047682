package org.siarchive.core.internal.ruledata;

import java.util.Comparator;

/**
 * JSON pointers (RFC 6901) as the rule-data messages write them: escaping a segment, building a
 * pointer from segments, and a stable document order of pointers.
 */
public final class Pointers {
  private Pointers() {}

  /**
   * Orders pointers segment by segment, numeric segments numerically and names alphabetically, so
   * that {@code /rows/2} comes before {@code /rows/10} and a parent before its children: a stable
   * order in which to report the first of several problems.
   */
  public static final Comparator<String> DOCUMENT_ORDER = Pointers::compare;

  /**
   * A pointer segment per RFC 6901.
   *
   * @param segment a property name or an array index as text
   * @return the segment with {@code ~} written {@code ~0} and {@code /} written {@code ~1}
   */
  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /**
   * A pointer from segments, e.g. {@code at("businessTypes", 3, "zh")}.
   *
   * @param segments property names and array indexes, outermost first, each as its {@link
   *     String#valueOf(Object)}
   * @return the pointer, each segment escaped and preceded by {@code /}; {@code ""} for none
   */
  public static String at(Object... segments) {
    StringBuilder b = new StringBuilder();
    for (Object s : segments) {
      b.append('/').append(escape(String.valueOf(s)));
    }
    return b.toString();
  }

  private static int compare(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareSegment(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareSegment(String a, String b) {
    boolean na = isIndex(a);
    boolean nb = isIndex(b);
    if (na && nb) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String s) {
    return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
