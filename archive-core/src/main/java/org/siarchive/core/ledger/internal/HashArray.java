package org.siarchive.core.ledger.internal;

import java.util.Arrays;

/**
 * A growable array of 32-byte hashes stored flat in chunks, so that a level of a million-leaf tree
 * costs 32 MB and no object per hash. The first chunk starts small and doubles up to the chunk
 * size, so that the many levels of a small tree (a ledger per batch) cost bytes, not a megabyte
 * each. Not thread-safe.
 */
final class HashArray {
  private static final int CHUNK_BITS = 15;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int FIRST = 8;
  private byte[][] chunks = new byte[1][];
  private long size;

  long size() {
    return size;
  }

  void add(byte[] hash) {
    int c = (int) (size >>> CHUNK_BITS);
    if (c == chunks.length) {
      chunks = Arrays.copyOf(chunks, c * 2);
    }
    if (chunks[c] == null) {
      chunks[c] = new byte[(c == 0 ? FIRST : CHUNK) * Hasher.LENGTH];
    } else if (c == 0 && size * Hasher.LENGTH == chunks[0].length) {
      chunks[0] = Arrays.copyOf(chunks[0], chunks[0].length * 2);
    }
    System.arraycopy(hash, 0, chunks[c], (int) (size & (CHUNK - 1)) * Hasher.LENGTH, Hasher.LENGTH);
    size++;
  }

  byte[] get(long index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("hash " + index + " of " + size);
    }
    int from = (int) (index & (CHUNK - 1)) * Hasher.LENGTH;
    return Arrays.copyOfRange(chunks[(int) (index >>> CHUNK_BITS)], from, from + Hasher.LENGTH);
  }
}
