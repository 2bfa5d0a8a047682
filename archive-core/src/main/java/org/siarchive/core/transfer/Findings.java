package org.siarchive.core.transfer;

import java.util.Objects;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.Masking;

/**
 * The findings attached to an action (a check's or a sample's result), recorded in the ledger by
 * their count and digest, not their content. Immutable and thread-safe.
 *
 * @param count how many findings, 0 or more
 * @param digest the ledger's hash of the findings' bytes, 64 lower-case hexadecimal digits
 * @since 0.1.0
 */
public record Findings(long count, String digest) {
  /**
   * Validates the record.
   *
   * @param count how many findings, 0 or more
   * @param digest the ledger's hash of the findings' bytes, 64 lower-case hexadecimal digits
   */
  public Findings {
    if (count < 0) {
      throw new InvalidValueException("count", "0 or more", Long.toString(count));
    }
    Objects.requireNonNull(digest, "digest");
    if (!digest.matches("[0-9a-f]{64}")) {
      throw new InvalidValueException(
          "digest", "64 lower-case hexadecimal digits", Masking.quoted(digest));
    }
  }
}
