package org.siarchive.core.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.ledger.internal.Hasher;

/**
 * The hash function of a ledger, chosen when the ledger is created: SHA-256 (FIPS 180-4, the
 * default) or SM3 (GB/T 32905-2016, the hash that Chinese electronic-archive rules cite, here from
 * Bouncy Castle). Both give 32 bytes, written as 64 lower-case hexadecimal digits.
 *
 * <pre>{@code
 * HashAlgorithm.parse("SM3").hashHex("abc".getBytes(StandardCharsets.US_ASCII));
 * // "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum HashAlgorithm {
  /** SHA-256, the default. */
  SHA_256("SHA-256"),
  /** SM3 (GB/T 32905-2016). */
  SM3("SM3");

  /**
   * Each thread's hashers for {@link #hashHex}: making a digest costs about as much as hashing a
   * volume record with it, and a hasher is not thread-safe.
   */
  private static final ThreadLocal<Map<HashAlgorithm, Hasher>> HASHERS =
      ThreadLocal.withInitial(() -> new EnumMap<>(HashAlgorithm.class));

  private final String label;

  HashAlgorithm(String label) {
    this.label = label;
  }

  /**
   * {@return the name as ledgers and the command line write it: {@code "SHA-256"} or {@code "SM3"}}
   */
  @JsonValue
  public String label() {
    return label;
  }

  /**
   * {@return the algorithm of a name}
   *
   * @param text {@code "SHA-256"} or {@code "SM3"}
   * @throws InvalidValueException for any other text
   */
  @JsonCreator
  public static HashAlgorithm parse(String text) {
    Objects.requireNonNull(text, "text");
    for (HashAlgorithm a : values()) {
      if (a.label.equals(text)) {
        return a;
      }
    }
    throw new InvalidValueException("algorithm", "SHA-256 or SM3", text);
  }

  /**
   * {@return the hash of the bytes, as 64 lower-case hexadecimal digits}
   *
   * @param bytes the bytes, hashed as they are (no leaf or node prefix)
   */
  public String hashHex(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return HexFormat.of()
        .formatHex(HASHERS.get().computeIfAbsent(this, HashAlgorithm::hasher).hash(bytes));
  }

  /**
   * {@return a new digest of this algorithm, for bytes that come in parts}: what {@link #hashHex}
   * gives for the parts joined, without joining them.
   *
   * <pre>{@code
   * MessageDigest md = HashAlgorithm.SM3.newMessageDigest();
   * md.update(first);
   * md.update(second);
   * HexFormat.of().formatHex(md.digest());  // SM3.hashHex(first and second, joined)
   * }</pre>
   *
   * <p>SHA-256 is the JDK's; SM3 is Bouncy Castle's digest, made directly, so no security provider
   * is registered. Each call gives a digest of its own (a digest is not thread-safe).
   *
   * @since 0.1.0
   */
  public MessageDigest newMessageDigest() {
    if (this == SM3) {
      return new org.bouncycastle.jcajce.provider.digest.SM3.Digest();
    }
    try {
      return MessageDigest.getInstance(label);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  Hasher hasher() {
    return Hasher.of(label);
  }

  @Override
  public String toString() {
    return label;
  }

  static byte[] unhex(String field, String hex) {
    Objects.requireNonNull(hex, field);
    if (!isLowerHex64(hex)) {
      throw new InvalidValueException(
          field, "64 lower-case hexadecimal digits", String.format(Locale.ROOT, "\"%s\"", hex));
    }
    return HexFormat.of().parseHex(hex);
  }

  /** {@code hex.matches("[0-9a-f]{64}")} without compiling a pattern per call. */
  private static boolean isLowerHex64(String hex) {
    if (hex.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = hex.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  static String hex(byte[] hash) {
    return HexFormat.of().formatHex(hash);
  }
}
