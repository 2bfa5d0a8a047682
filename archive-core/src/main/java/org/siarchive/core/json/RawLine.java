package org.siarchive.core.json;

import java.util.Objects;

/**
 * One non-blank line of a JSON Lines file, not yet decoded: for pipelines that read lines on one
 * thread and decode them on others with {@link JsonLinesReader#decode(RawLine)}.
 *
 * @param number the 1-based line number
 * @param bytes the line's bytes without the line break; owned by the receiver
 * @param tooLong true when the line was longer than the reader's limit; {@code bytes} is then
 *     empty and decoding rejects the line
 */
// The array is handed over, not shared (see bytes): no copy on the decode path.
@SuppressWarnings("ArrayRecordComponent")
public record RawLine(long number, byte[] bytes, boolean tooLong) {
  /** Checks the fields. */
  public RawLine {
    Objects.requireNonNull(bytes, "bytes");
  }
}
