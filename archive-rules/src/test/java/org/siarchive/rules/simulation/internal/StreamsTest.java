package org.siarchive.rules.simulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The streams against the JDK: {@link SplittableRandom} applies SplitMix64's finaliser to its seed
 * plus the golden gamma {@code 0x9E3779B97F4A7C15} for its first {@code nextLong}, and takes the
 * top 53 bits of it for its first {@code nextDouble}; so the finaliser and {@link Streams#uniform}
 * are checked against an independent implementation. Distinct keys (seed, replication, purpose,
 * entity) give distinct streams, and the same key the same stream.
 */
class StreamsTest {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  @Test
  void mix_isSplitMix64sFinaliserAsTheJdkAppliesIt() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            s ->
                assertThat(Streams.mix(s + GOLDEN_GAMMA))
                    .as("seed %d", s)
                    .isEqualTo(new SplittableRandom(s).nextLong()));
  }

  @Test
  void uniform_isTheFirstDoubleOfTheEntitysStream() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 1_000), longs().all(), longs().all())
        .checkAssert(
            (seed, rep, a, b) -> {
              Streams s = new Streams(seed, rep);
              for (Streams.Purpose p : Streams.Purpose.values()) {
                double u = s.uniform(p, a, b);
                assertThat(u)
                    .as("%d/%d %s %d %d", seed, rep, p, a, b)
                    .isEqualTo(s.of(p, a, b).nextDouble())
                    .isGreaterThanOrEqualTo(0)
                    .isLessThan(1);
              }
            });
  }

  @Test
  void distinctKeysGiveDistinctStreamsAndTheSameKeyTheSameStream() {
    List<Long> seeds = List.of(0L, 1L, -1L, 1L << 40, Long.MIN_VALUE);
    List<Integer> reps = List.of(0, 1, 2, 100);
    List<Long> entities = List.of(0L, 1L, -1L, 1L << 40, 1_000_000_017L);
    Set<Long> firsts = new HashSet<>();
    int keys = 0;
    for (long seed : seeds) {
      for (int rep : reps) {
        Streams s = new Streams(seed, rep);
        for (Streams.Purpose p : Streams.Purpose.values()) {
          for (long a : entities) {
            for (long b : entities) {
              long first = s.of(p, a, b).nextLong();
              assertThat(new Streams(seed, rep).of(p, a, b).nextLong()).isEqualTo(first);
              firsts.add(first);
              keys++;
            }
          }
        }
      }
    }
    assertThat(firsts).hasSize(keys);
  }
}
