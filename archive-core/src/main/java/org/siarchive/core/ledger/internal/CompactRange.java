package org.siarchive.core.ledger.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The right edge of an RFC 9162 Merkle tree that only grows, kept as its compact range: for a tree
 * of {@code n} leaves, one hash per set bit {@code b} of {@code n}, the root of the complete
 * subtree of {@code 2^b} leaves that the bit stands for (RFC 9162 §2.1.1 splits every range at the
 * largest power of two below its size, so {@code [0, n)} is these subtrees, largest first). It is
 * what a verifier needs and nothing more: no level is kept, so no proof can be made from it (that
 * is {@link MerkleTree}).
 *
 * <p>Design: appending a leaf is a binary increment; each carry is one node hash over the subtree
 * the carry completes, so {@code n} leaves cost {@code n - 1} node hashes in all. The root of the
 * current size folds the subtrees from the smallest up, {@code popcount(n) - 1} node hashes. The
 * hashes sit in one flat array of 64 slots and every hash is written into a caller's or this
 * object's buffer, so a verifier of a million events allocates nothing per event.
 *
 * <p>Not thread-safe.
 */
public final class CompactRange {
  private static final int L = Hasher.LENGTH;

  private final Hasher hasher;
  private final byte[] subtrees = new byte[64 * L];
  private final byte[] carry = new byte[L];
  private final byte[] empty;
  private long size;

  /** An empty range hashed with the given hasher, which the range then owns. */
  public CompactRange(Hasher hasher) {
    this.hasher = hasher;
    this.empty = hasher.empty();
  }

  /** The number of leaves. */
  public long size() {
    return size;
  }

  /**
   * Appends a leaf for the data, writing its leaf hash {@code H(0x00 || data)} into {@code leafOut}
   * at {@code at} as well.
   */
  public void appendData(byte[] data, byte[] leafOut, int at) {
    hasher.leaf(data, leafOut, at);
    appendLeafHash(leafOut, at);
  }

  /** Appends a leaf by its hash, the 32 bytes at {@code at} in {@code leafHash}. */
  public void appendLeafHash(byte[] leafHash, int at) {
    System.arraycopy(leafHash, at, carry, 0, L);
    int b = 0;
    while (((size >>> b) & 1) != 0) {
      hasher.node(subtrees, b * L, carry, 0, carry, 0);
      b++;
    }
    System.arraycopy(carry, 0, subtrees, b * L, L);
    size++;
  }

  /**
   * Appends a complete subtree of {@code 2^height} leaves by its root (the 32 bytes at {@code at}
   * in {@code root}), as appending its leaves one by one would; the size must be a multiple of
   * {@code 2^height}.
   *
   * @throws IllegalStateException when the size is not a multiple of {@code 2^height}
   */
  public void appendSubtree(byte[] root, int at, int height) {
    if (height < 0 || height > 62 || (size & ((1L << height) - 1)) != 0) {
      throw new IllegalStateException(
          "a subtree of 2^" + height + " leaves cannot follow " + size + " leaves");
    }
    System.arraycopy(root, at, carry, 0, L);
    int b = height;
    while (((size >>> b) & 1) != 0) {
      hasher.node(subtrees, b * L, carry, 0, carry, 0);
      b++;
    }
    System.arraycopy(carry, 0, subtrees, b * L, L);
    size += 1L << height;
  }

  /**
   * {@return the root of the complete tree over the data, whose count is a power of two} Each datum
   * is a leaf; {@code n - 1} node hashes, level by level in one buffer.
   *
   * @throws IllegalArgumentException when the count is not a power of two
   */
  public static byte[] completeSubtreeRoot(Hasher hasher, List<byte[]> data) {
    int n = data.size();
    if (n == 0 || Integer.bitCount(n) != 1) {
      throw new IllegalArgumentException("not a power of two: " + n + " leaves");
    }
    byte[] level = new byte[n * L];
    for (int i = 0; i < n; i++) {
      hasher.leaf(data.get(i), level, i * L);
    }
    for (int width = n; width > 1; width /= 2) {
      for (int j = 0; j < width / 2; j++) {
        hasher.node(level, 2 * j * L, level, (2 * j + 1) * L, level, j * L);
      }
    }
    return Arrays.copyOf(level, L);
  }

  /** Writes the root of the tree of {@link #size()} leaves into {@code out} at {@code at}. */
  public void root(byte[] out, int at) {
    if (size == 0) {
      System.arraycopy(empty, 0, out, at, L);
      return;
    }
    long bits = size;
    System.arraycopy(subtrees, Long.numberOfTrailingZeros(bits) * L, out, at, L);
    for (bits &= bits - 1; bits != 0; bits &= bits - 1) {
      hasher.node(subtrees, Long.numberOfTrailingZeros(bits) * L, out, at, out, at);
    }
  }

  /** The root of the tree of {@link #size()} leaves. */
  public byte[] root() {
    byte[] out = new byte[L];
    root(out, 0);
    return out;
  }

  /** Makes this range equal to another of the same hash function (for a verifier's checkpoint). */
  public void copyFrom(CompactRange other) {
    System.arraycopy(other.subtrees, 0, subtrees, 0, subtrees.length);
    size = other.size;
  }
}
