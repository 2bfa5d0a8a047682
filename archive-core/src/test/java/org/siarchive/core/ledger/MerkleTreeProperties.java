package org.siarchive.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.siarchive.core.ledger.internal.Hasher;
import org.siarchive.core.ledger.internal.MerkleTree;

/**
 * The production tree (incremental, cached levels) against the RFC 9162 oracle, the RFC 6962 /
 * certificate-transparency reference vectors, and the RFC's verification algorithms.
 */
class MerkleTreeProperties {
  private static final HexFormat HEX = HexFormat.of();

  /** The certificate-transparency reference leaves and roots (RFC 6962 test vectors). */
  private static final byte[][] CT_LEAVES = {
    {},
    {0x00},
    {0x10},
    {0x20, 0x21},
    {0x30, 0x31},
    {0x40, 0x41, 0x42, 0x43},
    HEX.parseHex("5051525354555657"),
    HEX.parseHex("606162636465666768696a6b6c6d6e6f")
  };

  private static final String[] CT_ROOTS = {
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
  };

  @Test
  void roots_equalTheCertificateTransparencyVectors() {
    MerkleTree tree = new MerkleTree(Hasher.of("SHA-256"));
    assertThat(HEX.formatHex(tree.root()))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    for (int i = 0; i < CT_LEAVES.length; i++) {
      tree.appendData(CT_LEAVES[i]);
      assertThat(HEX.formatHex(tree.root())).as("size %d", i + 1).isEqualTo(CT_ROOTS[i]);
    }
    for (int i = 0; i < CT_LEAVES.length; i++) {
      assertThat(HEX.formatHex(tree.rootAt(i + 1))).as("rootAt %d", i + 1).isEqualTo(CT_ROOTS[i]);
    }
  }

  private static List<byte[]> leaves(int n, long seed) {
    Random r = new Random(seed);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] b = new byte[r.nextInt(40)];
      r.nextBytes(b);
      out.add(b);
    }
    return out;
  }

  private static MerkleTree tree(HashAlgorithm a, List<byte[]> leaves) {
    MerkleTree tree = new MerkleTree(Hasher.of(a.label()));
    leaves.forEach(tree::appendData);
    return tree;
  }

  @ParameterizedTest
  @EnumSource(HashAlgorithm.class)
  void everyRootAndProof_equalsTheOracle_forEverySizeUpTo40(HashAlgorithm a) {
    Rfc9162Oracle oracle = new Rfc9162Oracle(a);
    List<byte[]> data = leaves(40, 7);
    MerkleTree tree = tree(a, data);
    for (int n = 0; n <= data.size(); n++) {
      List<byte[]> d = data.subList(0, n);
      assertThat(tree.rootAt(n)).as("root %d", n).isEqualTo(oracle.mth(d));
      for (int m = 0; m < n; m++) {
        assertThat(tree.inclusionPath(m, n))
            .as("path %d in %d", m, n)
            .containsExactlyElementsOf(oracle.path(m, d));
        assertThat(
                Rfc(a)
                    .verifyInclusion(
                        m, n, tree.leafHash(m), tree.inclusionPath(m, n), tree.rootAt(n)))
            .as("inclusion %d in %d verifies", m, n)
            .isTrue();
      }
      for (int m = 1; m <= n; m++) {
        assertThat(tree.consistencyProof(m, n))
            .as("proof %d to %d", m, n)
            .containsExactlyElementsOf(oracle.proof(m, d));
      }
    }
  }

  @Test
  void treeHead_equalsTheOracle_forRandomSizes() {
    qt().withFixedSeed(9162L)
        .withExamples(60)
        .forAll(integers().between(0, 3000), integers().all())
        .checkAssert(
            (n, seed) -> {
              List<byte[]> data = leaves(n, seed);
              assertThat(tree(HashAlgorithm.SHA_256, data).root())
                  .isEqualTo(new Rfc9162Oracle(HashAlgorithm.SHA_256).mth(data));
            });
  }

  @Test
  void everyProof_verifies_andFailsWithAnyOneHashChanged() {
    qt().withFixedSeed(2162L)
        .withExamples(120)
        .forAll(
            integers().between(1, 300),
            integers().between(0, 1 << 20),
            integers().between(0, 1 << 20),
            integers().all())
        .checkAssert(
            (n, a, b, seed) -> {
              List<byte[]> data = leaves(n, seed);
              Ledger ledger = ledgerOf(data.size(), seed);
              long second = 1 + b % ledger.size();
              long first = a % (second + 1);
              long index = a % second;
              InclusionProof inclusion = ledger.proveInclusion(index, second);
              assertThat(inclusion.verify(ledger.headAt(second))).isTrue();
              for (int i = 0; i < inclusion.path().size(); i++) {
                List<String> path = new ArrayList<>(inclusion.path());
                path.set(i, flip(path.get(i)));
                InclusionProof bad =
                    new InclusionProof(
                        index,
                        second,
                        inclusion.leafHash(),
                        path,
                        inclusion.rootHash(),
                        inclusion.algorithm());
                assertThat(bad.verify()).as("path hash %d changed", i).isFalse();
              }
              assertThat(
                      new InclusionProof(
                              index,
                              second,
                              flip(inclusion.leafHash()),
                              inclusion.path(),
                              inclusion.rootHash(),
                              inclusion.algorithm())
                          .verify())
                  .isFalse();
              ConsistencyProof consistency = ledger.proveConsistency(first, second);
              assertThat(consistency.verify(ledger.headAt(first), ledger.headAt(second))).isTrue();
              for (int i = 0; i < consistency.path().size(); i++) {
                List<String> path = new ArrayList<>(consistency.path());
                path.set(i, flip(path.get(i)));
                assertThat(
                        new ConsistencyProof(first, second, path, consistency.algorithm())
                            .verify(ledger.headAt(first), ledger.headAt(second)))
                    .as("proof hash %d changed", i)
                    .isFalse();
              }
              TreeHead firstHead = ledger.headAt(first);
              if (first < second) {
                TreeHead forged =
                    new TreeHead(first, flip(firstHead.rootHash()), firstHead.algorithm());
                assertThat(consistency.verify(forged, ledger.headAt(second))).isFalse();
              }
            });
  }

  @Test
  void inclusionProofWithWrongSizeOrIndex_fails() {
    Ledger ledger = ledgerOf(11, 3);
    InclusionProof p = ledger.proveInclusion(4, 11);
    assertThat(
            new InclusionProof(5, 11, p.leafHash(), p.path(), p.rootHash(), p.algorithm()).verify())
        .isFalse();
    assertThat(p.verify(ledger.headAt(10))).isFalse();
    assertThat(p.verifyEvent(ledger.eventBytes(4))).isTrue();
    assertThat(p.verifyEvent(ledger.eventBytes(5))).isFalse();
  }

  static Ledger ledgerOf(int n, long seed) {
    Ledger ledger = Ledger.open(LedgerStore.inMemory(), HashAlgorithm.SHA_256);
    for (int i = 0; i < n; i++) {
      ledger.tryAppend(JsonNodeFactory.instance.objectNode().put("n", i).put("seed", seed));
    }
    return ledger;
  }

  private static String flip(String hex) {
    char c = hex.charAt(0);
    return (c == '0' ? '1' : '0') + hex.substring(1);
  }

  @Test
  void proofsOutsideTheirTrees_orLongerThanTheTreeIsHigh_areRefused() {
    Hasher h = Hasher.of("SHA-256");
    List<byte[]> data = leaves(6, 11);
    MerkleTree tree = new MerkleTree(h);
    data.forEach(tree::appendData);
    byte[] one = tree.rootAt(1);
    byte[] other = tree.rootAt(2);
    // A one-leaf tree's root is its leaf hash: the empty path proves leaf 0 and nothing else.
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyInclusion(
                h, 0, 1, one, List.of(), one))
        .isTrue();
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyInclusion(
                h, 1, 1, one, List.of(), one))
        .isFalse();
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyInclusion(
                h, -1, 1, one, List.of(), one))
        .isFalse();
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyInclusion(
                h, 0, 1, one, List.of(other), one))
        .isFalse();
    List<byte[]> path = new ArrayList<>(tree.inclusionPath(2, 6));
    path.add(other);
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyInclusion(
                h, 2, 6, tree.leafHash(2), path, tree.rootAt(6)))
        .isFalse();
    // Consistency: sizes out of order, a tree with itself by a non-empty proof or another root, the
    // empty tree by a non-empty proof, an empty proof between two sizes, and a proof too long.
    byte[] six = tree.rootAt(6);
    byte[] three = tree.rootAt(3);
    List<byte[]> proof = tree.consistencyProof(3, 6);
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyConsistency(
                h, 3, 6, three, six, proof))
        .isTrue();
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyConsistency(
                h, 6, 3, six, three, proof))
        .isFalse();
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyConsistency(
                h, -1, 3, six, three, List.of()))
        .isFalse();
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyConsistency(
                h, 6, 6, six, six, List.of()))
        .isTrue();
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyConsistency(
                h, 6, 6, six, three, List.of()))
        .isFalse();
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyConsistency(h, 6, 6, six, six, proof))
        .isFalse();
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyConsistency(
                h, 0, 6, h.empty(), six, List.of()))
        .isTrue();
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyConsistency(
                h, 0, 6, h.empty(), six, proof))
        .isFalse();
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyConsistency(
                h, 0, 6, three, six, List.of()))
        .isFalse();
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyConsistency(
                h, 3, 6, three, six, List.of()))
        .isFalse();
    List<byte[]> longer = new ArrayList<>(proof);
    longer.add(other);
    assertThat(
            org.siarchive.core.ledger.internal.Rfc9162.verifyConsistency(
                h, 3, 6, three, six, longer))
        .isFalse();
  }

  @Test
  void rootsAndProofsOfSizesOrLeavesTheTreeHasNot_areRefusedNamingTheValidValues() {
    MerkleTree tree = new MerkleTree(Hasher.of("SHA-256"));
    leaves(6, 12).forEach(tree::appendData);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tree.rootAt(7))
        .hasMessage("Invalid value for tree size (valid values 0 - 6): 7");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tree.inclusionPath(0, 7))
        .hasMessage("Invalid value for tree size (valid values 0 - 6): 7");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tree.consistencyProof(1, 7))
        .hasMessage("Invalid value for tree size (valid values 0 - 6): 7");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tree.inclusionPath(6, 6))
        .hasMessage("Invalid value for leaf index (valid values 0 - 5): 6");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tree.inclusionPath(-1, 6))
        .hasMessage("Invalid value for leaf index (valid values 0 - 5): -1");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tree.consistencyProof(6, 5))
        .hasMessage("Invalid value for first tree size (valid values 0 - 5): 6");
    assertThat(tree.inclusionPath(5, 6)).hasSize(2);
    assertThat(tree.consistencyProof(6, 6)).isEmpty();
  }

  private record RfcVerifier(Hasher hasher) {
    boolean verifyInclusion(long m, long n, byte[] leaf, List<byte[]> path, byte[] root) {
      return org.siarchive.core.ledger.internal.Rfc9162.verifyInclusion(
          hasher, m, n, leaf, path, root);
    }
  }

  private static RfcVerifier Rfc(HashAlgorithm a) {
    return new RfcVerifier(Hasher.of(a.label()));
  }
}
