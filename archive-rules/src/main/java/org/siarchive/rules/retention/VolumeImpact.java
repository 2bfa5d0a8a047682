package org.siarchive.rules.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.model.RetentionPeriod;

/**
 * What a new edition does to one volume's disposition: the period recorded on the volume, the
 * period the edition gives it (the longest over its catalogue entries' rows), and which
 * disposition is in effect now. A longer period applies at once. A shorter one never makes a
 * record destroyable: the recorded disposition stays in effect, and the volume may be put to an
 * appraisal from {@link #reappraisalFrom()}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * VolumeImpact impact = rules.impactOn(volume);
 * switch (impact.kind()) {
 *   case LONGER -> extendInCatalogue(impact.volumeId(), impact.inEffect());
 *   case SHORTER -> scheduleAppraisal(impact.volumeId(), impact.reappraisalFrom().orElseThrow());
 *   default -> { }
 * }
 * }</pre>
 *
 * @param volumeId the volume
 * @param year the year the volume was formed
 * @param rowIds the rows of the new edition its catalogue entries fall under, in entry order,
 *     without repeats
 * @param recorded the period recorded on the volume
 * @param proposed the period the new edition gives it; null when undecided
 * @param kind how the disposition moves
 * @param before the disposition under the recorded period
 * @param after the disposition under the proposed period (undecided when {@code proposed} is null)
 * @param inEffect the disposition that applies now: {@code after} when longer, else {@code before}
 * @param reappraisalFromDate for a shorter period, the day from which an appraisal may apply it;
 *     null otherwise
 * @param reason the impact in words, naming the rows and periods (or why it is undecided)
 */
public record VolumeImpact(
    String volumeId,
    int year,
    List<String> rowIds,
    RetentionPeriod recorded,
    @Nullable RetentionPeriod proposed,
    Kind kind,
    Disposition before,
    Disposition after,
    Disposition inEffect,
    @Nullable LocalDate reappraisalFromDate,
    String reason) {

  /** How a volume's disposition moves under a new edition. */
  public enum Kind {
    /** The same period. */
    UNCHANGED,
    /** A longer period: applies at once. */
    LONGER,
    /** A shorter period: needs an appraisal before it applies. */
    SHORTER,
    /** The new period, or the recorded one, cannot be decided. */
    UNDECIDED
  }

  /** Checks the fields and copies the list. */
  public VolumeImpact {
    Objects.requireNonNull(volumeId, "volumeId");
    rowIds = List.copyOf(rowIds);
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(inEffect, "inEffect");
    Objects.requireNonNull(reason, "reason");
    if ((kind == Kind.SHORTER) != (reappraisalFromDate != null)) {
      throw new InvalidValueException(
          "reappraisalFromDate", "given exactly for a SHORTER impact", kind + ", " + reappraisalFromDate);
    }
  }

  /** The period the new edition gives, when decided. */
  public Optional<RetentionPeriod> proposedPeriod() {
    return Optional.ofNullable(proposed);
  }

  /** For a shorter period, the first day an appraisal may apply it. */
  public Optional<LocalDate> reappraisalFrom() {
    return Optional.ofNullable(reappraisalFromDate);
  }

  /** True when a shorter period could be applied by an appraisal held on the date. */
  public boolean isReappraisalDue(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return reappraisalFromDate != null && !date.isBefore(reappraisalFromDate);
  }
}
