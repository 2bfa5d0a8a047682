package org.siarchive.core.ledger;

import org.siarchive.core.InvalidValueException;

/**
 * The incomplete last line of a JSON Lines ledger: bytes after the last line feed, left by a crash
 * in the middle of an append. Reported, never dropped or repaired. Immutable and thread-safe.
 *
 * @param line the 1-based line number of the torn line (the event index plus one)
 * @param offset the byte offset at which it starts
 * @param length its length in bytes, 1 or more
 * @since 0.1.0
 */
public record TornTail(long line, long offset, long length) {
  /**
   * Validates the ranges.
   *
   * @param line the 1-based line number of the torn line (the event index plus one)
   * @param offset the byte offset at which it starts
   * @param length its length in bytes, 1 or more
   */
  public TornTail {
    if (line < 1) {
      throw new InvalidValueException("line", "1 or more", Long.toString(line));
    }
    if (offset < 0) {
      throw new InvalidValueException("offset", "0 or more", Long.toString(offset));
    }
    if (length < 1) {
      throw new InvalidValueException("length", "1 or more", Long.toString(length));
    }
  }

  /**
   * {@return the tail in words, e.g. {@code "line 4 is torn: 37 bytes at offset 1200 without a line
   * feed"}}
   */
  public String describe() {
    return "line "
        + line
        + " is torn: "
        + length
        + " bytes at offset "
        + offset
        + " without a line feed";
  }
}
