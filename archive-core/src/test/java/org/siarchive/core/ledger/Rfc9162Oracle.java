package org.siarchive.core.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * RFC 9162 §2.1 written the way the RFC writes it, as an independent oracle: MTH, PATH and SUBPROOF
 * recurse over sublists of the leaves' data, hashing with a fresh digest per call, with no caching,
 * no levels and no incremental state (the production tree is incremental).
 */
final class Rfc9162Oracle {
  private final String algorithm;

  Rfc9162Oracle(HashAlgorithm algorithm) {
    this.algorithm = algorithm.label();
  }

  byte[] hash(byte[]... parts) {
    try {
      if (algorithm.equals("SM3")) {
        SM3Digest d = new SM3Digest();
        for (byte[] p : parts) {
          d.update(p, 0, p.length);
        }
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
      }
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        d.update(p);
      }
      return d.digest();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static int split(int n) {
    int k = 1;
    while (k * 2 < n) {
      k *= 2;
    }
    return k;
  }

  byte[] mth(List<byte[]> d) {
    int n = d.size();
    if (n == 0) {
      return hash();
    }
    if (n == 1) {
      return hash(new byte[] {0}, d.get(0));
    }
    int k = split(n);
    return hash(new byte[] {1}, mth(d.subList(0, k)), mth(d.subList(k, n)));
  }

  List<byte[]> path(int m, List<byte[]> d) {
    int n = d.size();
    List<byte[]> out = new ArrayList<>();
    if (n <= 1) {
      return out;
    }
    int k = split(n);
    if (m < k) {
      out.addAll(path(m, d.subList(0, k)));
      out.add(mth(d.subList(k, n)));
    } else {
      out.addAll(path(m - k, d.subList(k, n)));
      out.add(mth(d.subList(0, k)));
    }
    return out;
  }

  List<byte[]> proof(int m, List<byte[]> d) {
    return subproof(m, d, true);
  }

  private List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
    int n = d.size();
    List<byte[]> out = new ArrayList<>();
    if (m == n) {
      if (!b) {
        out.add(mth(d));
      }
      return out;
    }
    int k = split(n);
    if (m <= k) {
      out.addAll(subproof(m, d.subList(0, k), b));
      out.add(mth(d.subList(k, n)));
    } else {
      out.addAll(subproof(m - k, d.subList(k, n), false));
      out.add(mth(d.subList(0, k)));
    }
    return out;
  }
}
