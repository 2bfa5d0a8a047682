package org.siarchive.sampling.selection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The digest of a population: SHA-256 over its ids sorted by their unsigned UTF-8 bytes, each
 * followed by {@code \n}, as lower-case hex. A third party computes it with {@code LC_ALL=C sort
 * ids.txt | sha256sum}. Sorting needs all ids in memory ({@code O(N)}). Thread-safe (stateless).
 *
 * <pre>{@code
 * PopulationDigest.of(List.of("b", "a"));   // sha256 of "a\nb\n"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PopulationDigest {
  private PopulationDigest() {}

  /**
   * Computes the digest.
   *
   * @param ids the population, each id non-empty without line feed, no duplicates
   * @return 64 lower-case hex digits
   * @throws IllegalArgumentException for an invalid or duplicate id
   */
  public static String of(Collection<String> ids) {
    Objects.requireNonNull(ids, "ids");
    List<byte[]> sorted = new ArrayList<>(ids.size());
    for (String id : ids) {
      sorted.add(UnitKeys.idBytes(id));
    }
    sorted.sort(Arrays::compareUnsigned);
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    byte[] previous = null;
    for (byte[] id : sorted) {
      if (previous != null && Arrays.equals(previous, id)) {
        throw new IllegalArgumentException(
            "Invalid population: duplicate id \"" + new String(id, StandardCharsets.UTF_8) + "\"");
      }
      sha256.update(id);
      sha256.update((byte) '\n');
      previous = id;
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /**
   * {@return the same digest as {@link #of}, of ids that arrive already sorted by their unsigned
   * UTF-8 bytes, in constant memory: for a population too large to hold, sorted by a cluster and
   * streamed to the one machine that digests it}
   *
   * <pre>{@code
   * String digest = PopulationDigest.ofSorted(sortedIds.iterator());
   * }</pre>
   *
   * @param ids the population's unit ids, each once, in ascending order of their unsigned UTF-8
   *     bytes; read once, to the end
   * @throws IllegalArgumentException at the first id out of order or repeated
   */
  public static String ofSorted(java.util.Iterator<String> ids) {
    Objects.requireNonNull(ids, "ids");
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    byte[] previous = null;
    while (ids.hasNext()) {
      byte[] id = UnitKeys.idBytes(ids.next());
      if (previous != null) {
        int c = Arrays.compareUnsigned(previous, id);
        if (c == 0) {
          throw new IllegalArgumentException(
              "Invalid population: duplicate id \""
                  + new String(id, StandardCharsets.UTF_8)
                  + "\"");
        }
        if (c > 0) {
          throw new IllegalArgumentException(
              "Invalid population: ids not in order at \""
                  + new String(id, StandardCharsets.UTF_8)
                  + "\"");
        }
      }
      sha256.update(id);
      sha256.update((byte) '\n');
      previous = id;
    }
    return HexFormat.of().formatHex(sha256.digest());
  }
}
