package org.siarchive.rules.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The bigram-indexed matcher finds exactly what a plain scan of every term finds, tier by tier,
 * over generated terms and queries from a small alphabet (so that overlaps are frequent).
 */
class TextMatcherProperties {

  private static final String ALPHABET = "登记材料参保单位人员";

  private static Gen<String> texts(int min, int max) {
    return lists()
        .of(integers().between(0, ALPHABET.length() - 1))
        .ofSizeBetween(min, max)
        .map(
            cs -> {
              StringBuilder b = new StringBuilder();
              cs.forEach(c -> b.append(ALPHABET.charAt(c)));
              return b.toString();
            });
  }

  /** The oracle: the same tiers by scanning every (key, owner) pair in order. */
  private static TextMatcher.Result<Integer> scan(List<String> terms, String query) {
    String q = TextKeys.material(query);
    List<String> keys = terms.stream().map(TextKeys::material).toList();
    if (q.length() < 2) {
      return new TextMatcher.Result<>(TextMatcher.Tier.NONE, List.of());
    }
    Set<Integer> same = new LinkedHashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).length() >= 2 && keys.get(i).equals(q)) {
        same.add(i);
      }
    }
    if (!same.isEmpty()) {
      return new TextMatcher.Result<>(TextMatcher.Tier.SAME_TEXT, new ArrayList<>(same));
    }
    int best = 0;
    for (String k : keys) {
      if (k.length() >= 2 && q.contains(k)) {
        best = Math.max(best, k.length());
      }
    }
    Set<Integer> inQuery = new LinkedHashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      if (best > 0 && keys.get(i).length() == best && q.contains(keys.get(i))) {
        inQuery.add(i);
      }
    }
    if (!inQuery.isEmpty()) {
      return new TextMatcher.Result<>(TextMatcher.Tier.TEXT_IN_QUERY, new ArrayList<>(inQuery));
    }
    Set<Integer> containing = new LinkedHashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).length() >= 2 && keys.get(i).contains(q)) {
        containing.add(i);
      }
    }
    return containing.isEmpty()
        ? new TextMatcher.Result<>(TextMatcher.Tier.NONE, List.of())
        : new TextMatcher.Result<>(TextMatcher.Tier.QUERY_IN_TEXT, new ArrayList<>(containing));
  }

  @Test
  void indexedMatch_equalsAFullScan() {
    qt().withFixedSeed(2020L)
        .withExamples(3000)
        .forAll(lists().of(texts(1, 6)).ofSizeBetween(0, 25), texts(0, 8))
        .checkAssert(
            (terms, query) -> {
              TextMatcher.Builder<Integer> b = TextMatcher.builder();
              for (int i = 0; i < terms.size(); i++) {
                b.add(i, List.of(terms.get(i)));
              }
              assertThat(b.build().match(query))
                  .as("terms %s, query %s", terms, query)
                  .isEqualTo(scan(terms, query));
            });
  }
}
