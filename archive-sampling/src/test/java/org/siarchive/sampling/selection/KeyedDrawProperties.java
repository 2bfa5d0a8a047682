package org.siarchive.sampling.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyedDrawProperties {

  private static List<String> population(List<String> raw) {
    List<String> ids = new ArrayList<>();
    for (String s : new LinkedHashSet<>(raw)) {
      if (!s.isEmpty() && s.indexOf('\n') < 0) {
        ids.add(s);
      }
    }
    return ids;
  }

  @Test
  void draw_doesNotDependOnInputOrder_andEqualsOracle() {
    qt().withFixedSeed(6L)
        .withExamples(200)
        .forAll(
            lists().of(strings().basicLatinAlphabet().ofLengthBetween(1, 6)).ofSizeBetween(0, 60),
            integers().between(0, 70),
            strings().allPossible().ofLengthBetween(0, 8))
        .checkAssert(
            (raw, k, seed) -> {
              List<String> ids = population(raw);
              List<String> sample = KeyedDraw.ofSize(seed, k).offerAll(ids).selected();
              List<String> shuffled = new ArrayList<>(ids);
              Collections.shuffle(shuffled, new Random(k));
              assertThat(KeyedDraw.ofSize(seed, k).offerAll(shuffled).selected()).isEqualTo(sample);
              assertThat(sample).isEqualTo(KeyOracle.bottomK(seed, ids, k));
              assertThat(sample).hasSize(Math.min(k, ids.size()));
            });
  }

  @Test
  void draw_kPlusOneContainsK_andSameSeedSameSample() {
    qt().withFixedSeed(8L)
        .withExamples(200)
        .forAll(
            integers().between(1, 300), integers().between(0, 50), integers().between(0, 1_000_000))
        .checkAssert(
            (n, k, seedNumber) -> {
              List<String> ids = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                ids.add("unit-" + i);
              }
              String seed = "seed-" + seedNumber;
              List<String> smaller = KeyedDraw.ofSize(seed, k).offerAll(ids).selected();
              List<String> larger = KeyedDraw.ofSize(seed, k + 1).offerAll(ids).selected();
              assertThat(larger.subList(0, smaller.size())).isEqualTo(smaller);
              assertThat(KeyedDraw.ofSize(seed, k).offerAll(ids).selected()).isEqualTo(smaller);
            });
  }

  @Test
  void bernoulli_higherRateContainsLower_andIgnoresOrder() {
    qt().withFixedSeed(10L)
        .withExamples(100)
        .forAll(
            integers().between(0, 400), integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert(
            (n, r1, r2) -> {
              List<String> ids = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                ids.add("v" + i);
              }
              BigDecimal low = BigDecimal.valueOf(Math.min(r1, r2), 3);
              BigDecimal high = BigDecimal.valueOf(Math.max(r1, r2), 3);
              List<String> a = KeyedDraw.ofRate("s", low).offerAll(ids).selected();
              List<String> b = KeyedDraw.ofRate("s", high).offerAll(ids).selected();
              assertThat(b).containsAll(a);
              Collections.reverse(ids);
              assertThat(KeyedDraw.ofRate("s", low).offerAll(ids).selected()).isEqualTo(a);
            });
  }
}
