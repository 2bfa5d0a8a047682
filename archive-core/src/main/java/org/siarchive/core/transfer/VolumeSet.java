package org.siarchive.core.transfer;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.Masking;

/**
 * The volumes a batch holds: their ids, in the order given, and a digest of their records (the
 * ledger's hash, in hexadecimal, of the records' bytes as they were handed over, e.g. of the JSON
 * Lines file). Immutable and thread-safe.
 *
 * @param ids the volume ids, each once, at least one
 * @param digest 64 lower-case hexadecimal digits
 * @since 0.1.0
 */
public record VolumeSet(List<String> ids, String digest) {
  /**
   * Validates the set and copies the ids.
   *
   * @param ids the volume ids, each once, at least one
   * @param digest 64 lower-case hexadecimal digits
   */
  public VolumeSet {
    ids = List.copyOf(ids);
    if (ids.isEmpty()) {
      throw new InvalidValueException("volumes", "at least one volume", "[]");
    }
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (id.isBlank() || !seen.add(id)) {
        throw new InvalidValueException("volumes", "ids not blank, each once", Masking.quoted(id));
      }
    }
    Objects.requireNonNull(digest, "digest");
    if (!digest.matches("[0-9a-f]{64}")) {
      throw new InvalidValueException(
          "digest", "64 lower-case hexadecimal digits", Masking.quoted(digest));
    }
  }
}
