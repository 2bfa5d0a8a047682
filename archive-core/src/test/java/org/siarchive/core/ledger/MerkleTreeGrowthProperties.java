package org.siarchive.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.siarchive.core.ledger.internal.Hasher;
import org.siarchive.core.ledger.internal.MerkleTree;

/**
 * Roots and proofs of earlier and current sizes asked in any order while the tree grows (the tree
 * keeps the suffix roots of the last size asked about) equal the RFC 9162 oracle.
 */
class MerkleTreeGrowthProperties {
  @Test
  void rootsAndProofs_askedWhileTheTreeGrows_equalTheOracle() {
    Rfc9162Oracle oracle = new Rfc9162Oracle(HashAlgorithm.SHA_256);
    qt().withFixedSeed(1302L)
        .withExamples(40)
        .forAll(integers().between(1, 300), integers().all())
        .checkAssert(
            (total, seed) -> {
              Random random = new Random(seed);
              MerkleTree tree = new MerkleTree(Hasher.of("SHA-256"));
              List<byte[]> data = new ArrayList<>();
              for (int i = 0; i < total; i++) {
                byte[] leaf = ("leaf " + i + " " + seed).getBytes(StandardCharsets.UTF_8);
                data.add(leaf);
                tree.appendData(leaf);
                int n = 1 + random.nextInt(data.size());
                int m = random.nextInt(n);
                List<byte[]> d = data.subList(0, n);
                assertThat(tree.root()).as("root of %d", data.size()).isEqualTo(oracle.mth(data));
                assertThat(tree.inclusionPath(m, n))
                    .as("path %d in %d", m, n)
                    .containsExactlyElementsOf(oracle.path(m, d));
                assertThat(tree.rootAt(n)).as("root %d", n).isEqualTo(oracle.mth(d));
                int to = n + random.nextInt(data.size() - n + 1);
                assertThat(tree.consistencyProof(m + 1, to))
                    .as("proof %d to %d", m + 1, to)
                    .containsExactlyElementsOf(oracle.proof(m + 1, data.subList(0, to)));
                assertThat(tree.root())
                    .as("root of %d again", data.size())
                    .isEqualTo(oracle.mth(data));
              }
            });
  }
}
