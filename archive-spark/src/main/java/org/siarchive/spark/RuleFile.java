package org.siarchive.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A rule file's bytes and the name it was given, read once on the driver and shipped to the
 * executors once (a broadcast); each executor parses it once. The name is the one messages and
 * reports use, as the single-machine command names its {@code --rules} or {@code --edition} file.
 *
 * <pre>{@code
 * RuleFile rules = RuleFile.read(Path.of("material-rules.json"));
 * }</pre>
 */
public final class RuleFile implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final byte[] bytes;

  /**
   * A rule file's bytes under a name.
   *
   * @param source the name, e.g. the path as given
   * @param bytes the file's bytes (copied)
   */
  public RuleFile(String source, byte[] bytes) {
    this.source = Objects.requireNonNull(source, "source");
    this.bytes = bytes.clone();
  }

  /** The name messages and reports use. */
  public String source() {
    return source;
  }

  /**
   * Reads a local file on the driver, named by its path as given.
   *
   * @throws UncheckedIOException when it cannot be read
   */
  public static RuleFile read(Path file) {
    try {
      return new RuleFile(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A copy of the bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The bytes as a stream. */
  InputStream stream() {
    return new ByteArrayInputStream(bytes);
  }

  /** The SHA-256 of the name and the bytes: the executors' cache key. */
  String digest() {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(bytes);
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleFile r
        && source.equals(r.source)
        && java.util.Arrays.equals(bytes, r.bytes);
  }

  @Override
  public int hashCode() {
    return source.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "RuleFile[" + source + ", " + bytes.length + " bytes]";
  }
}
