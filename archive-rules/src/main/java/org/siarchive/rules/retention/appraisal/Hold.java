package org.siarchive.rules.retention.appraisal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.internal.Checks;

/**
 * A hold on records (legal or business): from the day it is placed until the day it is released
 * (inclusive), none of its records is due for destruction.
 *
 * <p>Immutable and thread-safe; the set is an unmodifiable copy.
 *
 * <pre>{@code
 * Hold hold = new Hold("H-2024-007", HoldKind.LEGAL, Set.of("SC01-2010-000123"),
 *     "劳动争议诉讼", LocalDate.of(2024, 3, 1), null);
 * hold.covers("SC01-2010-000123", LocalDate.of(2024, 6, 1));  // true
 * }</pre>
 *
 * @param id the hold's identifier, 1 to 64 characters
 * @param kind legal or business
 * @param recordIds the records held, at least one
 * @param reason why, 1 to 500 characters
 * @param placedOn the first day of the hold
 * @param releasedOn the last day of the hold; null while it stands
 * @since 0.1.0
 */
public record Hold(
    String id,
    HoldKind kind,
    Set<String> recordIds,
    String reason,
    LocalDate placedOn,
    LocalDate releasedOn) {

  /**
   * Checks the fields and copies the set.
   *
   * @param id the hold's identifier, 1 to 64 characters
   * @param kind legal or business
   * @param recordIds the records held, at least one
   * @param reason why, 1 to 500 characters
   * @param placedOn the first day of the hold
   * @param releasedOn the last day of the hold; null while it stands
   */
  public Hold {
    Checks.text(id, 64, "id");
    Objects.requireNonNull(kind, "kind");
    recordIds = Set.copyOf(Objects.requireNonNull(recordIds, "recordIds"));
    if (recordIds.isEmpty()) {
      throw new InvalidValueException("recordIds", "at least one record", "[]");
    }
    Checks.text(reason, 500, "reason");
    Objects.requireNonNull(placedOn, "placedOn");
    if (releasedOn != null && releasedOn.isBefore(placedOn)) {
      throw new InvalidValueException(
          "releasedOn",
          String.format(Locale.ROOT, "not before placedOn %s", placedOn),
          releasedOn.toString());
    }
  }

  /**
   * {@return true when the hold covers the record on the date}
   *
   * @param recordId the record's id
   * @param date the day
   */
  public boolean covers(String recordId, LocalDate date) {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(date, "date");
    return recordIds.contains(recordId)
        && !date.isBefore(placedOn)
        && (releasedOn == null || !date.isAfter(releasedOn));
  }

  /** {@return the last day of the hold, once released} */
  public Optional<LocalDate> released() {
    return Optional.ofNullable(releasedOn);
  }

  /**
   * {@return this hold released on a date}
   *
   * @param date the last day the hold covers
   */
  public Hold releasedOn(LocalDate date) {
    return new Hold(id, kind, recordIds, reason, placedOn, Objects.requireNonNull(date, "date"));
  }
}
