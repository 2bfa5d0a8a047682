package org.siarchive.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
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
}
