package org.siarchive.rules.procedure;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.rules.inspection.History;
import org.siarchive.rules.inspection.StratumKey;

/**
 * What the audit post found, kept per case handler and per stratum (a sub-centre, or a sub-centre
 * and a volume category): volumes reviewed, volumes returned to their handler, and defects per
 * code. The problem-rate inspection policy reads it as {@link #history()}; the training brief reads
 * where defects concentrate from {@link #byHandler()}. Records merge exactly and associatively
 * ({@link #plus}), so the records of several posts or days add up to one. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * AuditRecord r = post.record();
 * r.byHandler().get("SC01-CASE_HANDLER-2").returned();   // volumes sent back to that handler
 * r.bySubCenter().get("SC01").defects();                  // per defect code
 * ProblemRatePolicy.builder(...).history(r.history());    // the audit post's problem rates
 * }</pre>
 *
 * @param byHandler the figures of each case handler, by handler id
 * @param byStratum the figures of each stratum
 * @since 0.1.0
 */
public record AuditRecord(Map<String, Figures> byHandler, Map<StratumKey, Figures> byStratum) {

  /**
   * Copies into key order.
   *
   * @param byHandler the figures of each case handler, by handler id
   * @param byStratum the figures of each stratum
   */
  public AuditRecord {
    byHandler = ImmutableSortedMap.copyOf(byHandler);
    byStratum = ImmutableSortedMap.copyOf(byStratum);
  }

  /** {@return the record of no review} */
  public static AuditRecord empty() {
    return new AuditRecord(Map.of(), Map.of());
  }

  /**
   * {@return the record of one review}
   *
   * @param review the review: its handler, stratum and findings
   */
  public static AuditRecord of(AuditReview review) {
    Objects.requireNonNull(review, "review");
    Figures f = Figures.of(review.findings());
    return new AuditRecord(Map.of(review.handler(), f), Map.of(review.stratum(), f));
  }

  /**
   * {@return this record and another added up: figures of the same handler or stratum summed}
   *
   * @param other another record
   */
  public AuditRecord plus(AuditRecord other) {
    Objects.requireNonNull(other, "other");
    Map<String, Figures> h = new TreeMap<>(byHandler);
    other.byHandler.forEach((k, v) -> h.merge(k, v, Figures::plus));
    Map<StratumKey, Figures> s = new TreeMap<>(byStratum);
    other.byStratum.forEach((k, v) -> s.merge(k, v, Figures::plus));
    return new AuditRecord(h, s);
  }

  /** {@return the figures of each sub-centre: its strata summed} */
  public Map<String, Figures> bySubCenter() {
    Map<String, Figures> out = new TreeMap<>();
    byStratum.forEach((k, v) -> out.merge(k.subCenter(), v, Figures::plus));
    return ImmutableSortedMap.copyOf(out);
  }

  /**
   * {@return the audit post's problem rates as inspection history: per stratum, the volumes
   * reviewed and those returned}
   */
  public History history() {
    Map<StratumKey, History.Tally> t = new TreeMap<>();
    byStratum.forEach((k, v) -> t.put(k, new History.Tally(v.reviewed(), v.returned())));
    return History.of(t);
  }

  /**
   * {@return the case handlers in order of volumes returned, most first (ties by id): where the
   * audit post's findings concentrate}
   */
  public List<Map.Entry<String, Figures>> handlersByReturns() {
    return byHandler.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Figures> e) -> -e.getValue().returned())
                .thenComparing(Map.Entry::getKey))
        .toList();
  }

  /**
   * The audit figures of a handler or stratum. Immutable.
   *
   * @param reviewed volumes reviewed, 0 or more
   * @param returned of those, volumes with a finding (returned to their handler)
   * @param defects defects found, per code, in code order
   */
  public record Figures(long reviewed, long returned, Map<DefectCode, Long> defects) {
    /**
     * Validates and copies.
     *
     * @param reviewed volumes reviewed, 0 or more
     * @param returned of those, volumes with a finding (returned to their handler)
     * @param defects defects found, per code, in code order
     */
    public Figures {
      if (reviewed < 0 || returned < 0 || returned > reviewed) {
        throw new InvalidValueException(
            "returned",
            String.format(Locale.ROOT, "0 - reviewed (%d)", reviewed),
            Long.toString(returned));
      }
      defects = ImmutableSortedMap.copyOf(defects);
    }

    static Figures of(List<Defect> findings) {
      Map<DefectCode, Long> perCode = new TreeMap<>();
      findings.forEach(d -> perCode.merge(d.code(), 1L, Long::sum));
      return new Figures(1, findings.isEmpty() ? 0 : 1, perCode);
    }

    /**
     * {@return these figures and another summed}
     *
     * @param other other figures
     */
    public Figures plus(Figures other) {
      Map<DefectCode, Long> d = new TreeMap<>(defects);
      other.defects.forEach((k, v) -> d.merge(k, v, Long::sum));
      return new Figures(reviewed + other.reviewed, returned + other.returned, d);
    }

    /** {@return the defects found, all codes together} */
    public long defectCount() {
      return defects.values().stream().mapToLong(Long::longValue).sum();
    }
  }
}
