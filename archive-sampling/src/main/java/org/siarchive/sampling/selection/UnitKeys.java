package org.siarchive.sampling.selection;

import com.google.common.primitives.Longs;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The selection keys of one seed: {@code key(id)} is the first 8 bytes of {@code
 * SHA-256(UTF-8(seed) || 0x00 || UTF-8(id))} read as an unsigned 64-bit big-endian integer (held in
 * a {@code long}; compare with {@link Long#compareUnsigned}). Mutable (it reuses one {@link
 * MessageDigest}) and not thread-safe: one instance per thread.
 *
 * <pre>{@code
 * UnitKeys keys = UnitKeys.forSeed("seed");
 * keys.keyOf("id");   // 0x10fa208d9d8c5e19L, as printf 'seed\0id' | sha256sum shows
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UnitKeys {
  private final String seed;
  private final byte[] prefix;
  private final MessageDigest sha256;
  private final byte[] out = new byte[32];

  private UnitKeys(String seed) {
    this.seed = seed;
    byte[] s = seed.getBytes(StandardCharsets.UTF_8);
    this.prefix = Arrays.copyOf(s, s.length + 1); // seed || 0x00
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * Returns the keys of a seed.
   *
   * @param seed any string (the empty seed is allowed)
   * @return a new key function
   */
  public static UnitKeys forSeed(String seed) {
    return new UnitKeys(Objects.requireNonNull(seed, "seed"));
  }

  /** {@return the seed} */
  public String seed() {
    return seed;
  }

  /**
   * Returns the key of a unit.
   *
   * @param id the unit id, non-empty, without line feed
   * @return the key as an unsigned 64-bit value
   * @throws IllegalArgumentException when the id is empty or holds a line feed
   */
  public long keyOf(String id) {
    return keyOfBytes(idBytes(id));
  }

  long keyOfBytes(byte[] idBytes) {
    sha256.update(prefix);
    sha256.update(idBytes);
    try {
      sha256.digest(out, 0, 32);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-256 digest into a 32-byte buffer", e);
    }
    return Longs.fromBytes(out[0], out[1], out[2], out[3], out[4], out[5], out[6], out[7]);
  }

  static byte[] idBytes(String id) {
    Objects.requireNonNull(id, "id");
    if (id.isEmpty() || id.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for id (non-empty, no line feed): \"%s\"",
              id.replace("\n", "\\n")));
    }
    return id.getBytes(StandardCharsets.UTF_8);
  }
}
