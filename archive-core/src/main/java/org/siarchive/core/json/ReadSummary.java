package org.siarchive.core.json;

import java.util.Locale;
import org.siarchive.core.InvalidValueException;

/**
 * The counts of a JSON Lines read. Always {@code read == valid + rejected}: no record is lost.
 *
 * @param read the records read (non-blank lines)
 * @param valid the records decoded into valid volumes
 * @param rejected the records rejected
 */
public record ReadSummary(long read, long valid, long rejected) {
  /** Checks that the counts add up. */
  public ReadSummary {
    if (valid < 0 || rejected < 0 || read != valid + rejected) {
      throw new InvalidValueException(
          "read",
          "read = valid + rejected, all non-negative",
          String.format(Locale.ROOT, "read %d, valid %d, rejected %d", read, valid, rejected));
    }
  }
}
