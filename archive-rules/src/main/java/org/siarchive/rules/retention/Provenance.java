package org.siarchive.rules.retention;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.internal.Checks;

/**
 * Where a row or category of a schedule comes from, and whether it was confirmed in that source.
 * Rows that were not confirmed are kept in an edition without inventing what is unknown: their
 * period may be absent, and classification then says it cannot decide.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Provenance p = new Provenance("人社部/国家档案局令第3号 附件", true, null);
 * p.confirmed();  // true
 * }</pre>
 *
 * @param source where the fact comes from, 1 to 500 characters
 * @param confirmed true when the fact was read in its source
 * @param note a remark, 1 to 1000 characters; null when there is none
 * @since 0.1.0
 */
public record Provenance(String source, boolean confirmed, @Nullable String note) {

  /**
   * Checks the fields.
   *
   * @param source where the fact comes from, 1 to 500 characters
   * @param confirmed true when the fact was read in its source
   * @param note a remark, 1 to 1000 characters; null when there is none
   */
  public Provenance {
    Checks.text(source, 500, "source");
    if (note != null) {
      Checks.text(note, 1000, "note");
    }
  }

  /** {@return the remark, if any} */
  public Optional<String> noteIfAny() {
    return Optional.ofNullable(note);
  }
}
