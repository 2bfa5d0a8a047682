package org.siarchive.core.json;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One non-blank line of a JSON Lines file, not yet decoded: for pipelines that read lines on one
 * thread and decode them on others with {@link JsonLinesReader#decode(RawLine)}.
 *
 * <p>Immutable and thread-safe: the line's bytes are copied in and {@link #bytes()} hands out a
 * copy, so no holder of a line can change what another decodes. The reader builds its lines without
 * the extra copy.
 *
 * <pre>{@code
 * RawLine line = RawLine.of(1, "{\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8), false);
 * LineResult result = JsonLinesReader.decode(line);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RawLine {
  private static final byte[] EMPTY = new byte[0];

  private final long number;
  private final byte[] bytes;
  private final boolean tooLong;

  private RawLine(long number, byte[] bytes, boolean tooLong) {
    if (number < 1) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for number (valid values 1 or more): %d", number));
    }
    if (tooLong && bytes.length > 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for bytes (empty when the line is too long): %d bytes",
              bytes.length));
    }
    this.number = number;
    this.bytes = bytes;
    this.tooLong = tooLong;
  }

  /**
   * {@return a line with a copy of the given bytes}
   *
   * @param number the 1-based line number
   * @param bytes the line's bytes without the line break (copied)
   * @param tooLong true when the line was longer than the reader's limit; {@code bytes} must then
   *     be empty, and decoding rejects the line
   * @throws IllegalArgumentException when the number is below 1, or the line is too long and has
   *     bytes
   */
  public static RawLine of(long number, byte[] bytes, boolean tooLong) {
    Objects.requireNonNull(bytes, "bytes");
    return new RawLine(number, bytes.length == 0 ? EMPTY : bytes.clone(), tooLong);
  }

  /**
   * A line that takes the array without copying it: for the reader, which never touches it again.
   */
  static RawLine owning(long number, byte[] bytes, boolean tooLong) {
    return new RawLine(number, bytes, tooLong);
  }

  /** {@return the 1-based line number} */
  public long number() {
    return number;
  }

  /** {@return a copy of the line's bytes, without the line break; empty when {@link #tooLong()}} */
  public byte[] bytes() {
    return bytes.length == 0 ? EMPTY : bytes.clone();
  }

  /** {@return the number of bytes in the line} */
  public int length() {
    return bytes.length;
  }

  /** {@return true when the line was longer than the reader's limit (its bytes were not kept)} */
  public boolean tooLong() {
    return tooLong;
  }

  /** The bytes themselves, for decoding in this package; never handed out. */
  byte[] array() {
    return bytes;
  }

  /** Equal when the numbers, the bytes and the too-long flags are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RawLine other
        && number == other.number
        && tooLong == other.tooLong
        && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, tooLong) * 31 + Arrays.hashCode(bytes);
  }

  /** The line number and size, e.g. {@code RawLine[number=3, 812 bytes]}; never the content. */
  @Override
  public String toString() {
    return tooLong
        ? String.format(Locale.ROOT, "RawLine[number=%d, too long]", number)
        : String.format(Locale.ROOT, "RawLine[number=%d, %d bytes]", number, bytes.length);
  }
}
