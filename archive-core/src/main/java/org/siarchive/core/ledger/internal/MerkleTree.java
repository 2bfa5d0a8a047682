package org.siarchive.core.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An append-only Merkle tree exactly as RFC 9162 §2.1 defines it, built incrementally.
 *
 * <p>Design: level {@code k} holds the hash of every complete, aligned subtree of {@code 2^k}
 * leaves ({@code levels.get(0)} are the leaf hashes). An append adds its leaf hash and then, while
 * the level it just completed has an even count, the node over the last two hashes one level up, so
 * the tree over {@code n} leaves costs {@code n - 1} node hashes in all. RFC 9162's MTH of any
 * range that its recursion visits starts at a multiple of the largest power of two below the
 * range's size, so it is a lookup when the range is a complete subtree and otherwise one node over
 * a lookup (the left part) and the MTH of the rest: {@code O(log n)} hashes. The root of the tree
 * over the first {@code m} leaves, inclusion paths (PATH) and consistency proofs (PROOF, SUBPROOF)
 * follow the RFC's recursive definitions over these ranges.
 *
 * <p>Every range that is not a complete subtree and that those recursions visit ends at the tree
 * size asked about, {@code end}: it is a suffix {@code [p, end)} where {@code p} is a boundary of
 * the compact-range decomposition of {@code [0, end)} into complete subtrees (one per set bit of
 * {@code end}). {@link #edge} computes all of them at once by folding that decomposition from the
 * right, {@code popcount(end) - 1} node hashes, and keeps the last result: the tree only grows, so
 * the suffix roots of a given {@code end} never change. A root, an inclusion path or a consistency
 * proof thus costs at most {@code popcount(end) - 1} node hashes and none when {@code end} was the
 * last size asked about; memory stays at the level hashes, about {@code 2n} hashes in all.
 *
 * <p>Not thread-safe: the owner serialises access.
 */
public final class MerkleTree {
  private final Hasher hasher;
  private final List<HashArray> levels = new ArrayList<>();
  private final byte[] empty;
  private long edgeEnd = -1;
  private byte @Nullable [][] edge;

  /** An empty tree hashed with the given hasher, which the tree then owns. */
  public MerkleTree(Hasher hasher) {
    this.hasher = hasher;
    this.empty = hasher.empty();
    levels.add(new HashArray());
  }

  /** The number of leaves. */
  public long size() {
    return levels.get(0).size();
  }

  /** The hasher this tree owns; callers on the same thread may reuse it between tree calls. */
  public Hasher hasher() {
    return hasher;
  }

  /** Appends a leaf for the data (its hash is {@code H(0x00 || data)}); returns the leaf hash. */
  public byte[] appendData(byte[] data) {
    byte[] leaf = hasher.leaf(data);
    appendLeafHash(leaf);
    return leaf;
  }

  /** Appends a leaf by its hash. */
  public void appendLeafHash(byte[] leafHash) {
    if (leafHash.length != Hasher.LENGTH) {
      throw new IllegalArgumentException("leaf hash of " + leafHash.length + " bytes");
    }
    byte[] carry = leafHash;
    for (int k = 0; ; k++) {
      HashArray level = levels.get(k);
      level.add(carry);
      if ((level.size() & 1) != 0) {
        return;
      }
      if (k + 1 == levels.size()) {
        levels.add(new HashArray());
      }
      carry = hasher.node(level.get(level.size() - 2), carry);
    }
  }

  /** The leaf hash at an index. */
  public byte[] leafHash(long index) {
    return levels.get(0).get(index);
  }

  /** The root of the whole tree. */
  public byte[] root() {
    return mth(0, size());
  }

  /** The root of the tree over the first {@code treeSize} leaves. */
  public byte[] rootAt(long treeSize) {
    checkSize(treeSize);
    return mth(0, treeSize);
  }

  /** RFC 9162 §2.1.3.1 PATH(index, D[treeSize]). */
  public List<byte[]> inclusionPath(long index, long treeSize) {
    checkSize(treeSize);
    if (index < 0 || index >= treeSize) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for leaf index (valid values 0 - %d): %d",
              treeSize - 1,
              index));
    }
    List<byte[]> path = new ArrayList<>();
    long m = index;
    long start = 0;
    long n = treeSize;
    // PATH appends the sibling after the recursion, so the siblings found top-down are reversed.
    while (n > 1) {
      long k = Long.highestOneBit(n - 1);
      if (m < k) {
        path.add(mth(start + k, n - k));
        n = k;
      } else {
        path.add(mth(start, k));
        m -= k;
        start += k;
        n -= k;
      }
    }
    java.util.Collections.reverse(path);
    return path;
  }

  /** RFC 9162 §2.1.4.1 PROOF(first, D[second]); empty when {@code first} is 0 or equals second. */
  public List<byte[]> consistencyProof(long first, long second) {
    checkSize(second);
    if (first < 0 || first > second) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for first tree size (valid values 0 - %d): %d",
              second,
              first));
    }
    List<byte[]> proof = new ArrayList<>();
    if (first == 0 || first == second) {
      return proof;
    }
    long m = first;
    long start = 0;
    long n = second;
    boolean whole = true;
    while (m != n) {
      long k = Long.highestOneBit(n - 1);
      if (m <= k) {
        proof.add(mth(start + k, n - k));
        n = k;
      } else {
        proof.add(mth(start, k));
        m -= k;
        start += k;
        n -= k;
        whole = false;
      }
    }
    if (!whole) {
      proof.add(mth(start, n));
    }
    java.util.Collections.reverse(proof);
    return proof;
  }

  private void checkSize(long treeSize) {
    if (treeSize < 0 || treeSize > size()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for tree size (valid values 0 - %d): %d",
              size(),
              treeSize));
    }
  }

  /** MTH(D[start : start + n]) where start is a multiple of the largest power of two below n. */
  private byte[] mth(long start, long n) {
    if (n == 0) {
      return empty.clone();
    }
    if (Long.bitCount(n) == 1) {
      return levels.get(Long.numberOfTrailingZeros(n)).get(start / n);
    }
    // Not a complete subtree: a suffix [start, end) of the decomposition of [0, end), whose
    // highest bit is a set bit of end.
    return edge(start + n)[63 - Long.numberOfLeadingZeros(n)].clone();
  }

  /**
   * The roots of the suffixes of the compact-range decomposition of {@code [0, end)}: entry {@code
   * b}, for each set bit {@code b} of {@code end}, is MTH over the last {@code end mod 2^(b+1)}
   * leaves before {@code end}. Cached for the last {@code end}.
   */
  private byte[][] edge(long end) {
    if (end != edgeEnd) {
      byte[][] roots = new byte[64][];
      byte[] r = null;
      for (long bits = end; bits != 0; bits &= bits - 1) {
        int b = Long.numberOfTrailingZeros(bits);
        byte[] complete = levels.get(b).get((end >>> b) - 1);
        r = r == null ? complete : hasher.node(complete, r);
        roots[b] = r;
      }
      edge = roots;
      edgeEnd = end;
      return roots;
    }
    // edgeEnd starts at -1, which no size equals, so the edge was set when it is reused.
    return Objects.requireNonNull(edge, "edge");
  }
}
