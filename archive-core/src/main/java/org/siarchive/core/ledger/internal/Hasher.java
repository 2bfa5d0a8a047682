package org.siarchive.core.ledger.internal;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * One hash function with RFC 9162's domain separation: a leaf is {@code H(0x00 || data)}, an inner
 * node {@code H(0x01 || left || right)}, the empty tree {@code H("")}. SHA-256 comes from the JDK,
 * SM3 (GB/T 32905-2016) from Bouncy Castle's lightweight digest, used directly so that no JCE
 * provider needs registering. Both produce 32 bytes.
 *
 * <p>Not thread-safe: a hasher keeps its digest's state between calls; each tree owns one.
 */
public abstract class Hasher {
  /** The length of every hash this SDK uses, in bytes. */
  public static final int LENGTH = 32;

  private static final byte[] LEAF = {0x00};
  private static final byte[] NODE = {0x01};

  /** {@code 0x01 || left || right}, assembled here so that a node is one digest update. */
  private final byte[] nodeInput = new byte[1 + 2 * LENGTH];

  Hasher() {
    nodeInput[0] = 0x01;
  }

  /**
   * A new hasher for an algorithm name.
   *
   * @param algorithm {@code "SHA-256"} or {@code "SM3"}
   * @throws IllegalArgumentException for any other name
   */
  public static Hasher of(String algorithm) {
    switch (algorithm) {
      case "SHA-256":
        return new Jdk();
      case "SM3":
        return new Sm3();
      default:
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT, "Invalid value for algorithm (SHA-256 or SM3): %s", algorithm));
    }
  }

  abstract void update(byte[] bytes, int offset, int length);

  abstract byte[] finish();

  /** Finishes the digest into {@code out} at {@code at} and resets it. */
  abstract void finish(byte[] out, int at);

  /** The hash of the bytes, without a prefix. */
  public final byte[] hash(byte[] bytes) {
    update(bytes, 0, bytes.length);
    return finish();
  }

  /** {@code H(0x00 || data)}. */
  public final byte[] leaf(byte[] data) {
    update(LEAF, 0, 1);
    update(data, 0, data.length);
    return finish();
  }

  /** {@code H(0x01 || left || right)}. */
  public final byte[] node(byte[] left, byte[] right) {
    update(NODE, 0, 1);
    update(left, 0, left.length);
    update(right, 0, right.length);
    return finish();
  }

  /**
   * {@code H(0x00 || data)} written into {@code out} at {@code at}, allocating nothing: the form a
   * verifier of a million events uses.
   */
  public final void leaf(byte[] data, byte[] out, int at) {
    update(LEAF, 0, 1);
    update(data, 0, data.length);
    finish(out, at);
  }

  /**
   * {@code H(0x01 || left || right)} of the hashes at {@code l} in {@code left} and {@code r} in
   * {@code right}, written into {@code out} at {@code at}, allocating nothing. The output may
   * overlap either input.
   */
  public final void node(byte[] left, int l, byte[] right, int r, byte[] out, int at) {
    System.arraycopy(left, l, nodeInput, 1, LENGTH);
    System.arraycopy(right, r, nodeInput, 1 + LENGTH, LENGTH);
    update(nodeInput, 0, nodeInput.length);
    finish(out, at);
  }

  /** {@code H("")}, the root of the empty tree. */
  public final byte[] empty() {
    return finish();
  }

  private static final class Jdk extends Hasher {
    private final MessageDigest digest;

    Jdk() {
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is required of every Java platform", e);
      }
    }

    @Override
    void update(byte[] bytes, int offset, int length) {
      digest.update(bytes, offset, length);
    }

    @Override
    byte[] finish() {
      return digest.digest();
    }

    @Override
    void finish(byte[] out, int at) {
      try {
        digest.digest(out, at, LENGTH);
      } catch (DigestException e) {
        throw new IllegalStateException("SHA-256 into " + out.length + " bytes at " + at, e);
      }
    }
  }

  private static final class Sm3 extends Hasher {
    private final SM3Digest digest = new SM3Digest();

    @Override
    void update(byte[] bytes, int offset, int length) {
      digest.update(bytes, offset, length);
    }

    @Override
    byte[] finish() {
      byte[] out = new byte[LENGTH];
      digest.doFinal(out, 0);
      return out;
    }

    @Override
    void finish(byte[] out, int at) {
      digest.doFinal(out, at);
    }
  }
}
