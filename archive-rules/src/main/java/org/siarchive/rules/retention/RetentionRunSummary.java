package org.siarchive.rules.retention;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.siarchive.core.InvalidValueException;

/**
 * The figures of a {@link RetentionRun}, which add up: {@code read = valid + rejected}; {@code
 * valid = dated + undecided} (each volume's own disposition under the edition); {@code valid} is
 * also the sum of {@link #impacts()} over every {@link VolumeImpact.Kind}; {@code reappraisalDue <=
 * impacts(SHORTER)}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RetentionRunSummary s = RetentionRun.builder(rules, today).build().run(file);
 * s.read() == s.dated() + s.undecided() + s.rejected();   // always true
 * s.impact(VolumeImpact.Kind.LONGER);                     // volumes whose period gets longer
 * }</pre>
 *
 * @param edition the edition the volumes were judged by
 * @param today the day re-appraisal was judged for
 * @param read the records read (non-blank lines)
 * @param valid the records decoded into valid volumes
 * @param rejected the records rejected
 * @param dated the volumes whose disposition the edition decides
 * @param undecided the volumes whose disposition it cannot decide
 * @param impacts the volumes per kind of impact, every kind present
 * @param reappraisalDue the volumes of a shorter period that an appraisal may shorten on {@code
 *     today}
 * @since 0.1.0
 */
public record RetentionRunSummary(
    EditionRef edition,
    LocalDate today,
    long read,
    long valid,
    long rejected,
    long dated,
    long undecided,
    Map<VolumeImpact.Kind, Long> impacts,
    long reappraisalDue) {

  /**
   * Checks that the figures add up and copies the map (in {@link VolumeImpact.Kind} order).
   *
   * @param edition the edition the volumes were judged by
   * @param today the day re-appraisal was judged for
   * @param read the records read (non-blank lines)
   * @param valid the records decoded into valid volumes
   * @param rejected the records rejected
   * @param dated the volumes whose disposition the edition decides
   * @param undecided the volumes whose disposition it cannot decide
   * @param impacts the volumes per kind of impact, every kind present
   * @param reappraisalDue the volumes of a shorter period that an appraisal may shorten on {@code
   *     today}
   */
  public RetentionRunSummary {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(impacts, "impacts");
    EnumMap<VolumeImpact.Kind, Long> copy = new EnumMap<>(VolumeImpact.Kind.class);
    long sum = 0;
    for (VolumeImpact.Kind kind : VolumeImpact.Kind.values()) {
      Long n = impacts.get(kind);
      if (n == null || n < 0) {
        throw new InvalidValueException(
            "impacts", "a count of 0 or more for every kind", impacts.toString());
      }
      copy.put(kind, n);
      sum += n;
    }
    impacts = java.util.Collections.unmodifiableMap(copy);
    if (rejected < 0
        || dated < 0
        || undecided < 0
        || read != valid + rejected
        || valid != dated + undecided
        || valid != sum
        || reappraisalDue < 0
        || reappraisalDue > copy.getOrDefault(VolumeImpact.Kind.SHORTER, 0L)) {
      throw new InvalidValueException(
          "read",
          "read = valid + rejected, valid = dated + undecided = the sum of impacts,"
              + " reappraisalDue <= SHORTER, all non-negative",
          String.format(
              Locale.ROOT,
              "read %d, valid %d, rejected %d, dated %d, undecided %d, impacts %s, reappraisalDue %d",
              read,
              valid,
              rejected,
              dated,
              undecided,
              impacts,
              reappraisalDue));
    }
  }

  /**
   * {@return the figures of this part of an input and another together, as one run over both gives
   * them} Exact, associative and commutative.
   *
   * <pre>{@code
   * RetentionRunSummary whole = first.merge(second).merge(third);
   * }</pre>
   *
   * @param other the figures of another part of the same input
   * @throws InvalidValueException when the two were judged by different editions or on different
   *     days
   */
  public RetentionRunSummary merge(RetentionRunSummary other) {
    Objects.requireNonNull(other, "other");
    if (!edition.equals(other.edition) || !today.equals(other.today)) {
      throw new InvalidValueException(
          "summary",
          "a summary of edition " + edition + " judged for " + today,
          "edition " + other.edition + " judged for " + other.today);
    }
    EnumMap<VolumeImpact.Kind, Long> sum = new EnumMap<>(VolumeImpact.Kind.class);
    for (VolumeImpact.Kind kind : VolumeImpact.Kind.values()) {
      sum.put(kind, Math.addExact(impact(kind), other.impact(kind)));
    }
    return new RetentionRunSummary(
        edition,
        today,
        Math.addExact(read, other.read),
        Math.addExact(valid, other.valid),
        Math.addExact(rejected, other.rejected),
        Math.addExact(dated, other.dated),
        Math.addExact(undecided, other.undecided),
        sum,
        Math.addExact(reappraisalDue, other.reappraisalDue));
  }

  /**
   * {@return the volumes of one kind of impact}
   *
   * @param kind the kind of impact
   */
  public long impact(VolumeImpact.Kind kind) {
    // The constructor refused a map without every kind.
    return impacts.getOrDefault(Objects.requireNonNull(kind, "kind"), 0L);
  }
}
