package org.siarchive.core.ledger.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The verification algorithms of RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency),
 * transcribed step by step with the RFC's names ({@code fn}, {@code sn}, {@code r}, {@code fr},
 * {@code sr}). They are independent of how the tree was built: a verifier needs only the proof, the
 * leaf hash and the tree heads.
 */
public final class Rfc9162 {
  private Rfc9162() {}

  /**
   * RFC 9162 §2.1.3.2.
   *
   * @return true when the path proves that the leaf hash is at {@code leafIndex} in the tree of
   *     {@code treeSize} leaves whose root is {@code rootHash}
   */
  public static boolean verifyInclusion(
      Hasher hasher,
      long leafIndex,
      long treeSize,
      byte[] leafHash,
      List<byte[]> path,
      byte[] rootHash) {
    if (leafIndex < 0 || leafIndex >= treeSize) {
      return false;
    }
    long fn = leafIndex;
    long sn = treeSize - 1;
    byte[] r = leafHash;
    for (byte[] p : path) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = hasher.node(p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        r = hasher.node(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(r, rootHash);
  }

  /**
   * RFC 9162 §2.1.4.2, with the two cases the RFC leaves to the caller: a tree is consistent with
   * itself by an empty proof, and every tree extends the empty tree by an empty proof.
   *
   * @return true when the path proves that the tree of {@code second} leaves with root {@code
   *     secondHash} extends the tree of {@code first} leaves with root {@code firstHash}
   */
  public static boolean verifyConsistency(
      Hasher hasher,
      long first,
      long second,
      byte[] firstHash,
      byte[] secondHash,
      List<byte[]> path) {
    if (first < 0 || first > second) {
      return false;
    }
    if (first == second) {
      return path.isEmpty() && Arrays.equals(firstHash, secondHash);
    }
    if (first == 0) {
      return path.isEmpty() && Arrays.equals(firstHash, hasher.empty());
    }
    if (path.isEmpty()) {
      return false;
    }
    List<byte[]> c = new ArrayList<>(path.size() + 1);
    if (Long.bitCount(first) == 1) {
      c.add(firstHash);
    }
    c.addAll(path);
    long fn = first - 1;
    long sn = second - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = c.get(0);
    byte[] sr = c.get(0);
    for (int i = 1; i < c.size(); i++) {
      byte[] p = c.get(i);
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = hasher.node(p, fr);
        sr = hasher.node(p, sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        sr = hasher.node(sr, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return Arrays.equals(fr, firstHash) && Arrays.equals(sr, secondHash) && sn == 0;
  }
}
