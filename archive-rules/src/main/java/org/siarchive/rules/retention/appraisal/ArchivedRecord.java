package org.siarchive.rules.retention.appraisal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.siarchive.core.internal.Checks;

/**
 * A record kept under a retention schedule, as appraisal sees it: its id, the row it was filed
 * under, when it was formed, and its material (needed only for rows that defer to another
 * regulation).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ArchivedRecord r = new ArchivedRecord("SC01-2010-000123", "八(3)", LocalDate.of(2010, 4, 30), null);
 * }</pre>
 *
 * @param id the record (volume or item) id, 1 to 64 characters
 * @param rowId the schedule row it was filed under
 * @param formedOn the date it was formed
 * @param material its material text, for deferring rows; null when not needed
 * @since 0.1.0
 */
public record ArchivedRecord(String id, String rowId, LocalDate formedOn, String material) {

  /**
   * Checks the fields.
   *
   * @param id the record (volume or item) id, 1 to 64 characters
   * @param rowId the schedule row it was filed under
   * @param formedOn the date it was formed
   * @param material its material text, for deferring rows; null when not needed
   */
  public ArchivedRecord {
    Checks.text(id, 64, "id");
    Checks.text(rowId, 32, "rowId");
    Objects.requireNonNull(formedOn, "formedOn");
    if (material != null) {
      Checks.text(material, 500, "material");
    }
  }

  /** {@return the material text, when given} */
  public Optional<String> materialIfAny() {
    return Optional.ofNullable(material);
  }
}
