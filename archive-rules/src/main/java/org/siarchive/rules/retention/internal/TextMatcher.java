package org.siarchive.rules.retention.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the values (schedule rows) whose texts match a query, in three tiers, stopping at the
 * first tier that matches: the same text (after {@link TextKeys#material}); a text contained in
 * the query (the longest wins, so 参保单位登记材料 beats 登记材料); the query contained in the text.
 * Each tier reports every value that matches equally well, so the caller can refuse an ambiguous
 * query instead of picking one. Keys shorter than two characters match only exactly.
 *
 * <p>Not thread-safe while values are added; safe to share once built and no longer changed. Design note: the middle tiers scan every term;
 * with a few thousand rows that is micro-seconds, well below what classification by row id (a
 * hash look-up) is used for in bulk.
 *
 * @param <T> the value type
 */
public final class TextMatcher<T> {

  /** How a query matched. */
  public enum Tier {
    SAME_TEXT,
    TEXT_IN_QUERY,
    QUERY_IN_TEXT,
    NONE
  }

  /**
   * The outcome: the tier and the values that match at it (none for {@link Tier#NONE}).
   *
   * @param tier the tier
   * @param values the values, in the order they were added, without repeats
   */
  public record Result<T>(Tier tier, List<T> values) {}

  /** The shortest term that may match inside a longer query (a single character says nothing). */
  private static final int MIN_PART = 2;

  private final Map<String, List<T>> exact = new HashMap<>();
  private final List<String> terms = new ArrayList<>();
  private final List<T> owners = new ArrayList<>();

  /** Adds a value under its texts; a text whose key is shorter than two characters is skipped. */
  public void add(T value, List<String> texts) {
    for (String text : texts) {
      String key = TextKeys.material(text);
      if (key.length() < MIN_PART) {
        continue;
      }
      List<T> list = exact.computeIfAbsent(key, k -> new ArrayList<>());
      if (!list.contains(value)) {
        list.add(value);
      }
      terms.add(key);
      owners.add(value);
    }
  }

  /** The values that match the query best. */
  public Result<T> match(String query) {
    String q = TextKeys.material(query);
    if (q.isEmpty()) {
      return new Result<>(Tier.NONE, List.of());
    }
    List<T> same = exact.get(q);
    if (same != null) {
      return new Result<>(Tier.SAME_TEXT, List.copyOf(same));
    }
    int best = 0;
    Set<T> inQuery = new LinkedHashSet<>();
    for (int i = 0; i < terms.size(); i++) {
      String term = terms.get(i);
      if (term.length() >= Math.max(best, MIN_PART) && q.contains(term)) {
        if (term.length() > best) {
          inQuery.clear();
          best = term.length();
        }
        inQuery.add(owners.get(i));
      }
    }
    if (!inQuery.isEmpty()) {
      return new Result<>(Tier.TEXT_IN_QUERY, List.copyOf(inQuery));
    }
    if (q.length() < MIN_PART) {
      return new Result<>(Tier.NONE, List.of());
    }
    Set<T> containing = new LinkedHashSet<>();
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i).contains(q)) {
        containing.add(owners.get(i));
      }
    }
    return containing.isEmpty()
        ? new Result<>(Tier.NONE, List.of())
        : new Result<>(Tier.QUERY_IN_TEXT, List.copyOf(containing));
  }
}
