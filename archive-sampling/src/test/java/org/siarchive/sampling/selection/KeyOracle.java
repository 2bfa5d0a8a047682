package org.siarchive.sampling.selection;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** An independent, slow restatement of DESIGN.md section 6: keys as BigInteger, sort everything. */
final class KeyOracle {
  private KeyOracle() {}

  static BigInteger key(String seed, String id) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] s = seed.getBytes(StandardCharsets.UTF_8);
      byte[] i = id.getBytes(StandardCharsets.UTF_8);
      byte[] msg = new byte[s.length + 1 + i.length];
      System.arraycopy(s, 0, msg, 0, s.length);
      System.arraycopy(i, 0, msg, s.length + 1, i.length);
      byte[] d = md.digest(msg);
      byte[] first8 = new byte[8];
      System.arraycopy(d, 0, first8, 0, 8);
      return new BigInteger(1, first8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static List<String> sortedByKey(String seed, Collection<String> ids) {
    List<String> all = new ArrayList<>(ids);
    all.sort(
        Comparator.comparing((String id) -> key(seed, id))
            .thenComparing(
                id -> id.getBytes(StandardCharsets.UTF_8), java.util.Arrays::compareUnsigned));
    return all;
  }

  static List<String> bottomK(String seed, Collection<String> ids, int k) {
    List<String> all = sortedByKey(seed, ids);
    return all.subList(0, Math.min(k, all.size()));
  }
}
