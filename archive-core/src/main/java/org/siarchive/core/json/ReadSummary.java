package org.siarchive.core.json;

import java.util.Locale;
import org.siarchive.core.InvalidValueException;

/**
 * The counts of a JSON Lines read. Always {@code read == valid + rejected}: no record is lost.
 *
 * <p>The counts of parts of an input (files, or splits of a file from {@link
 * JsonLinesReader#ofSplit}) {@link #merge} into the counts of the whole, in any grouping.
 *
 * <pre>{@code
 * ReadSummary whole = first.merge(second).merge(third);
 * }</pre>
 *
 * @param read the records read (non-blank lines)
 * @param valid the records decoded into valid volumes
 * @param rejected the records rejected
 * @since 0.1.0
 */
public record ReadSummary(long read, long valid, long rejected) {
  /**
   * Checks that the counts add up.
   *
   * @param read the records read (non-blank lines)
   * @param valid the records decoded into valid volumes
   * @param rejected the records rejected
   */
  public ReadSummary {
    if (valid < 0 || rejected < 0 || read != valid + rejected) {
      throw new InvalidValueException(
          "read",
          "read = valid + rejected, all non-negative",
          String.format(Locale.ROOT, "read %d, valid %d, rejected %d", read, valid, rejected));
    }
  }

  /**
   * {@return the counts of this part and another together; exact, associative and commutative}
   *
   * @param other the counts of another part of the same input
   * @throws ArithmeticException when a sum overflows a {@code long}
   */
  public ReadSummary merge(ReadSummary other) {
    return new ReadSummary(
        Math.addExact(read, other.read),
        Math.addExact(valid, other.valid),
        Math.addExact(rejected, other.rejected));
  }
}
