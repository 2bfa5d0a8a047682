package org.siarchive.rules.retention.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the values (schedule rows) whose texts match a query, in three tiers, stopping at the first
 * tier that matches: the same text (after {@link TextKeys#material}); a text contained in the query
 * (the longest wins, so 参保单位登记材料 beats 登记材料); the query contained in the text. Each tier reports
 * every value that matches equally well, so the caller can refuse an ambiguous query instead of
 * picking one. Keys shorter than two characters match only exactly.
 *
 * <p>Design: the middle tiers go through a bigram index instead of scanning every term. For "text
 * in query", each position of the query looks up the distinct lengths of the terms that start with
 * the two characters there, longest first, and looks the query's text of each such length up among
 * the terms (so 2,000 terms sharing one prefix cost a few hash look-ups, not 2,000 comparisons);
 * for "query in text", the terms that contain the query's first two characters are tested with
 * {@code contains}. Both find exactly what a scan would, at a cost that grows with the query and
 * the terms sharing its bigrams, not with the edition. Values are told apart by identity and
 * tracked by index, because hashing a record value (a schedule row) on every look-up would cost
 * more than the matching.
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}.
 *
 * @param <T> the value type
 */
public final class TextMatcher<T> {

  /** The shortest key that may match inside a longer text (a single character says nothing). */
  private static final int MIN_PART = 2;

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

  private final Map<String, List<T>> exact;
  private final List<String> terms;

  /** The distinct values, in the order first added. */
  private final List<T> values;

  /** For each term, the index of its value in {@link #values}. */
  private final int[] ownerOf;

  /** For each bigram, the distinct lengths of the terms starting with it, longest first. */
  private final Map<String, int[]> lengthsStartingWith;

  /** For each term, the indexes in {@link #values} of its values, ascending and distinct. */
  private final Map<String, int[]> ownersOfTerm;

  private final Map<String, int[]> containing;

  private TextMatcher(Builder<T> b) {
    this.terms = List.copyOf(b.terms);
    List<T> owners = b.owners;
    IdentityHashMap<T, Integer> index = new IdentityHashMap<>();
    List<T> distinct = new ArrayList<>();
    this.ownerOf = new int[owners.size()];
    for (int i = 0; i < owners.size(); i++) {
      T owner = owners.get(i);
      Integer at = index.get(owner);
      if (at == null) {
        at = distinct.size();
        index.put(owner, at);
        distinct.add(owner);
      }
      ownerOf[i] = at;
    }
    this.values = List.copyOf(distinct);
    Map<String, List<T>> same = new HashMap<>();
    Map<String, Set<Integer>> lengths = new HashMap<>();
    Map<String, Set<Integer>> ownersByTerm = new HashMap<>();
    Map<String, Set<Integer>> contains = new HashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      String term = terms.get(i);
      List<T> list = same.computeIfAbsent(term, k -> new ArrayList<>());
      T owner = owners.get(i);
      if (list.stream().noneMatch(v -> v == owner)) {
        list.add(owner);
      }
      lengths
          .computeIfAbsent(term.substring(0, MIN_PART), k -> new LinkedHashSet<>())
          .add(-term.length());
      ownersByTerm.computeIfAbsent(term, k -> new LinkedHashSet<>()).add(ownerOf[i]);
      for (int p = 0; p + MIN_PART <= term.length(); p++) {
        contains
            .computeIfAbsent(term.substring(p, p + MIN_PART), k -> new LinkedHashSet<>())
            .add(i);
      }
    }
    same.replaceAll((k, v) -> List.copyOf(v));
    this.exact = Map.copyOf(same);
    // Stored negated and sorted ascending: longest first once negated back.
    Map<String, int[]> negated = toArrays(lengths);
    Map<String, int[]> longestFirst = new HashMap<>();
    negated.forEach((k, v) -> longestFirst.put(k, Arrays.stream(v).map(n -> -n).toArray()));
    this.lengthsStartingWith = Map.copyOf(longestFirst);
    this.ownersOfTerm = toArrays(ownersByTerm);
    this.containing = toArrays(contains);
  }

  private static Map<String, int[]> toArrays(
      Map<String, ? extends java.util.Collection<Integer>> map) {
    Map<String, int[]> result = new HashMap<>();
    map.forEach((k, v) -> result.put(k, v.stream().mapToInt(Integer::intValue).sorted().toArray()));
    return Map.copyOf(result);
  }

  /** A builder; not thread-safe. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Collects values and their texts.
   *
   * @param <T> the value type
   */
  public static final class Builder<T> {
    private final List<String> terms = new ArrayList<>();
    private final List<T> owners = new ArrayList<>();

    private Builder() {}

    /** Adds a value under its texts; a text whose key is shorter than two characters is skipped. */
    public Builder<T> add(T value, List<String> texts) {
      for (String text : texts) {
        String key = TextKeys.material(text);
        if (key.length() >= MIN_PART) {
          terms.add(key);
          owners.add(value);
        }
      }
      return this;
    }

    /** The matcher. */
    public TextMatcher<T> build() {
      return new TextMatcher<>(this);
    }
  }

  /** The values that match the query best. */
  public Result<T> match(String query) {
    return matchKey(TextKeys.material(query));
  }

  /**
   * The same as {@link #match} for a query already normalised with {@link TextKeys#material}, so a
   * caller that needs the key for another look-up normalises once.
   */
  public Result<T> matchKey(String q) {
    if (q.length() < MIN_PART) {
      return new Result<>(Tier.NONE, List.of());
    }
    List<T> same = exact.get(q);
    if (same != null) {
      return new Result<>(Tier.SAME_TEXT, same);
    }
    int best = 0;
    BitSet inQuery = new BitSet();
    for (int p = 0; p + MIN_PART <= q.length(); p++) {
      int[] lengths = lengthsStartingWith.get(q.substring(p, p + MIN_PART));
      if (lengths == null) {
        continue;
      }
      for (int length : lengths) {
        if (length < best) {
          break;
        }
        if (p + length > q.length()) {
          continue;
        }
        int[] owners = ownersOfTerm.get(q.substring(p, p + length));
        if (owners != null) {
          if (length > best) {
            inQuery.clear();
            best = length;
          }
          for (int owner : owners) {
            inQuery.set(owner);
          }
          // A shorter term at this position cannot beat this one.
          break;
        }
      }
    }
    if (!inQuery.isEmpty()) {
      return new Result<>(Tier.TEXT_IN_QUERY, valuesOf(inQuery));
    }
    int[] candidates = containing.get(q.substring(0, MIN_PART));
    BitSet found = new BitSet();
    if (candidates != null) {
      for (int i : candidates) {
        if (terms.get(i).contains(q)) {
          found.set(ownerOf[i]);
        }
      }
    }
    return found.isEmpty()
        ? new Result<>(Tier.NONE, List.of())
        : new Result<>(Tier.QUERY_IN_TEXT, valuesOf(found));
  }

  /** The values whose indexes are set, in the order they were first added. */
  private List<T> valuesOf(BitSet set) {
    List<T> result = new ArrayList<>(set.cardinality());
    set.stream().forEach(i -> result.add(values.get(i)));
    return List.copyOf(result);
  }
}
