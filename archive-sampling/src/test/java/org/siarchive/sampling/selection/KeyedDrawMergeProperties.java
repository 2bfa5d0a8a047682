package org.siarchive.sampling.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * A population cut into random parts, one draw per part, the draws merged in a random order and
 * grouping: exactly the single draw over the whole population (bottom-k and Bernoulli alike).
 */
class KeyedDrawMergeProperties {

  private static List<String> population(int n, long seed) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("V-" + seed % 1000 + "-" + i);
    }
    Collections.shuffle(ids, new java.util.Random(seed));
    return ids;
  }

  private static KeyedDraw fold(List<KeyedDraw> parts, SplittableRandom r) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    int cut = r.nextInt(1, parts.size());
    KeyedDraw left = fold(parts.subList(0, cut), r);
    KeyedDraw right = fold(parts.subList(cut, parts.size()), r);
    return r.nextBoolean() ? left.merge(right) : right.merge(left);
  }

  private static KeyedDraw partsMerged(List<String> ids, IntFunction<KeyedDraw> fresh, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int parts = r.nextInt(1, 9);
    List<KeyedDraw> draws = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      draws.add(fresh.apply(p));
    }
    for (String id : ids) {
      draws.get(r.nextInt(parts)).offer(id);
    }
    return fold(draws, r);
  }

  @Test
  void bottomK_ofMergedParts_isTheSingleDraw() {
    qt().withFixedSeed(20261202L)
        .withExamples(200)
        .forAll(integers().between(0, 400), integers().between(0, 60), longs().all())
        .checkAssert(
            (n, k, seed) -> {
              List<String> ids = population(n, seed);
              KeyedDraw one = KeyedDraw.ofSize("S" + seed, k).offerAll(ids);
              KeyedDraw merged = partsMerged(ids, p -> KeyedDraw.ofSize("S" + seed, k), seed);
              assertThat(merged.selected()).isEqualTo(one.selected());
              assertThat(merged.offered()).isEqualTo((long) n);
            });
  }

  @Test
  void bernoulli_ofMergedParts_isTheSingleDraw() {
    qt().withFixedSeed(20261203L)
        .withExamples(200)
        .forAll(integers().between(0, 400), integers().between(0, 100), longs().all())
        .checkAssert(
            (n, percent, seed) -> {
              List<String> ids = population(n, seed);
              BigDecimal rate = BigDecimal.valueOf(percent, 2);
              KeyedDraw one = KeyedDraw.ofRate("S" + seed, rate).offerAll(ids);
              KeyedDraw merged = partsMerged(ids, p -> KeyedDraw.ofRate("S" + seed, rate), seed);
              assertThat(merged.selected()).isEqualTo(one.selected());
            });
  }

  @Test
  void drawsOfAnotherSeedOrSize_andAUnitInTwoParts_areRefused() {
    assertThatThrownBy(() -> KeyedDraw.ofSize("a", 3).merge(KeyedDraw.ofSize("b", 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another seed, size or rate");
    assertThatThrownBy(() -> KeyedDraw.ofSize("a", 3).merge(KeyedDraw.ofSize("a", 4)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyedDraw.ofSize("a", 3).merge(KeyedDraw.ofRate("a", BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> KeyedDraw.ofSize("a", 3).offer("x").merge(KeyedDraw.ofSize("a", 3).offer("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"x\" offered twice");
  }
}
