package org.siarchive.sampling.selection;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The publicly verifiable selection of RFC 3797 (the IETF NomCom lottery), offered beside the keyed
 * draw. For selection {@code i = 0, 1, ...}: MD5 over the 2-byte big-endian {@code i}, the key
 * string, and {@code i} again, read as an unsigned 128-bit integer; its remainder modulo the number
 * of candidates left picks (0-based) the next one in the published list order, which leaves the
 * pool.
 *
 * <p>The key string is built from the public random sources: each number in decimal followed by
 * {@code "."}, a source's several numbers in ascending order, each source followed by {@code "/"}
 * ({@link #keyOf}). Only numeric sources are supported; canonicalise text sources as RFC 3797
 * section 4 describes before passing the key string.
 *
 * <pre>{@code
 * String key = Rfc3797.keyOf(List.of(List.of(9319L), List.of(2L, 5L, 12L, 8L, 10L),
 *     List.of(9L, 18L, 26L, 34L, 41L, 45L)));       // "9319./2.5.8.10.12./9.18.26.34.41.45./"
 * Rfc3797.select(key, candidates1To25, 10);         // 17, 7, 2, 16, 25, 23, 8, 24, 19, 13
 * }</pre>
 *
 * Thread-safe (stateless).
 *
 * @since 0.1.0
 */
public final class Rfc3797 {
  private Rfc3797() {}

  /**
   * Builds the key string from numeric sources.
   *
   * @param sources per source its non-negative numbers (sorted here), at least one source
   * @return the key string
   */
  public static String keyOf(List<List<Long>> sources) {
    Objects.requireNonNull(sources, "sources");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for sources (at least one): none");
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < sources.size(); i++) {
      List<Long> values = Objects.requireNonNull(sources.get(i), "source");
      if (values.isEmpty()) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT, "Invalid value for source %d (at least one number): none", i + 1));
      }
      for (long v : values) {
        if (v < 0) {
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT, "Invalid value in source %d (valid values >= 0): %d", i + 1, v));
        }
      }
      key.append(values.stream().sorted().map(v -> v + ".").collect(Collectors.joining()))
          .append('/');
    }
    return key.toString();
  }

  /**
   * Selects candidates.
   *
   * @param key the key string
   * @param candidates the published, ordered candidate list, no duplicates
   * @param count how many to select, 0 to the number of candidates (at most 65536)
   * @return the selected candidates in draw order
   */
  public static List<String> select(String key, List<String> candidates, int count) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(candidates, "candidates");
    int max = Math.min(candidates.size(), 1 << 16);
    if (count < 0 || count > max) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for count (valid values 0 - %d): %d", max, count));
    }
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Integer first = position.putIfAbsent(candidates.get(i), i + 1);
      if (first != null) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Invalid value for candidates (no duplicates): \"%s\" is candidate %d and %d",
                candidates.get(i),
                first,
                i + 1));
      }
    }
    List<String> pool = new ArrayList<>(candidates);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int pick =
          new BigInteger(1, digest(i, key)).mod(BigInteger.valueOf(pool.size())).intValueExact();
      out.add(pool.remove(pick));
    }
    return List.copyOf(out);
  }

  static byte[] digest(int index, String key) {
    MessageDigest md5;
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every Java platform", e);
    }
    byte[] counter = {(byte) (index >>> 8), (byte) index};
    md5.update(counter);
    md5.update(key.getBytes(StandardCharsets.UTF_8));
    md5.update(counter);
    return md5.digest();
  }
}
