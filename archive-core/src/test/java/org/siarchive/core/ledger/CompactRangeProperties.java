package org.siarchive.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.core.ledger.internal.CompactRange;
import org.siarchive.core.ledger.internal.Hasher;

/** The verifier's compact range gives the RFC 9162 oracle's root at every size, for both hashes. */
class CompactRangeProperties {
  @Test
  void rootAtEverySize_equalsTheOracle_forSha256AndSm3() {
    qt().withFixedSeed(9162L)
        .withExamples(30)
        .forAll(integers().between(0, 140), integers().between(0, 1))
        .checkAssert(
            (total, a) -> {
              HashAlgorithm algorithm = HashAlgorithm.values()[a];
              Rfc9162Oracle oracle = new Rfc9162Oracle(algorithm);
              CompactRange range = new CompactRange(Hasher.of(algorithm.label()));
              CompactRange copy = new CompactRange(Hasher.of(algorithm.label()));
              List<byte[]> data = new ArrayList<>();
              byte[] leaf = new byte[40];
              for (int i = 0; i <= total; i++) {
                assertThat(range.root()).as("root of %d", i).isEqualTo(oracle.mth(data));
                copy.copyFrom(range);
                assertThat(copy.root()).as("copy at %d", i).isEqualTo(oracle.mth(data));
                byte[] d = ("leaf " + i + " of " + total).getBytes(StandardCharsets.UTF_8);
                data.add(d);
                range.appendData(d, leaf, 8);
                assertThat(java.util.Arrays.copyOfRange(leaf, 8, 40))
                    .isEqualTo(oracle.hash(new byte[] {0}, d));
              }
              assertThat(copy.size()).isEqualTo((long) total);
              assertThat(range.size()).isEqualTo(total + 1L);
            });
  }

  /**
   * Appending complete subtrees by their roots, wherever the size allows, gives the oracle's root
   * at every size reached, as appending their leaves one by one does.
   */
  @Test
  void completeSubtreesAppendedByRoot_giveTheOraclesRoot() {
    qt().withFixedSeed(6962L)
        .withExamples(40)
        .forAll(integers().between(0, 4), integers().between(0, 1), integers().between(1, 12))
        .checkAssert(
            (height, a, steps) -> {
              HashAlgorithm algorithm = HashAlgorithm.values()[a];
              Rfc9162Oracle oracle = new Rfc9162Oracle(algorithm);
              Hasher hasher = Hasher.of(algorithm.label());
              CompactRange range = new CompactRange(Hasher.of(algorithm.label()));
              List<byte[]> data = new ArrayList<>();
              byte[] leaf = new byte[32];
              for (int s = 0; s < steps; s++) {
                int h = (height + s) % 5;
                if (range.size() % (1L << h) == 0) {
                  List<byte[]> part = new ArrayList<>();
                  for (int k = 0; k < 1 << h; k++) {
                    part.add(
                        ("leaf " + data.size() + part.size()).getBytes(StandardCharsets.UTF_8));
                  }
                  range.appendSubtree(CompactRange.completeSubtreeRoot(hasher, part), 0, h);
                  assertThat(CompactRange.completeSubtreeRoot(hasher, part))
                      .isEqualTo(oracle.mth(part));
                  data.addAll(part);
                } else {
                  byte[] d = ("leaf " + data.size()).getBytes(StandardCharsets.UTF_8);
                  range.appendData(d, leaf, 0);
                  data.add(d);
                  int misaligned = h;
                  long size = range.size();
                  if (size % (1L << misaligned) != 0) {
                    assertThatThrownBy(() -> range.appendSubtree(leaf, 0, misaligned))
                        .isInstanceOf(IllegalStateException.class);
                  }
                }
                assertThat(range.size()).isEqualTo((long) data.size());
                assertThat(range.root()).as("root of %d", data.size()).isEqualTo(oracle.mth(data));
              }
            });
  }
}
