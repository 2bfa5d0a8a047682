package org.siarchive.rules.retention.appraisal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.internal.Checks;
import org.siarchive.core.model.RetentionPeriod;

/**
 * The appraisal team's decision (鉴定意见) on expired records: for each, destroy it, or keep it for a
 * new period (a period found too short is re-set).
 *
 * <p>Immutable and thread-safe; the collections are unmodifiable copies, the verdicts keep their
 * order.
 *
 * <pre>{@code
 * AppraisalDecision decision = new AppraisalDecision("JD-2026-01", LocalDate.of(2026, 3, 2),
 *     List.of("张主任", "业务科李某", "档案员王某"),
 *     Map.of("SC01-2010-000123", new AppraisalDecision.Destroy(),
 *            "SC01-2010-000124", new AppraisalDecision.Extend(RetentionPeriod.ofYears(30), "仍有争议")));
 * }</pre>
 *
 * @param id the decision's identifier, 1 to 64 characters
 * @param decidedOn the date of the decision
 * @param team the members of the appraisal team, at least one
 * @param verdicts each record's verdict, by record id, at least one
 * @since 0.1.0
 */
public record AppraisalDecision(
    String id, LocalDate decidedOn, List<String> team, Map<String, Verdict> verdicts) {

  /**
   * Checks the fields and copies the collections.
   *
   * @param id the decision's identifier, 1 to 64 characters
   * @param decidedOn the date of the decision
   * @param team the members of the appraisal team, at least one
   * @param verdicts each record's verdict, by record id, at least one
   */
  public AppraisalDecision {
    Checks.text(id, 64, "id");
    Objects.requireNonNull(decidedOn, "decidedOn");
    team = List.copyOf(Objects.requireNonNull(team, "team"));
    if (team.isEmpty()) {
      throw new InvalidValueException("team", "at least one member", "[]");
    }
    for (String member : team) {
      Checks.text(member, 100, "team");
    }
    Objects.requireNonNull(verdicts, "verdicts");
    if (verdicts.isEmpty()) {
      throw new InvalidValueException("verdicts", "at least one verdict", "{}");
    }
    Map<String, Verdict> copy = new LinkedHashMap<>();
    verdicts.forEach(
        (record, verdict) ->
            copy.put(
                Objects.requireNonNull(record, "verdicts key"),
                Objects.requireNonNull(verdict, "verdicts value")));
    verdicts = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * {@return the verdict on a record, if the decision gives one}
   *
   * @param recordId the record's id
   */
  public Optional<Verdict> verdictOn(String recordId) {
    return Optional.ofNullable(verdicts.get(Objects.requireNonNull(recordId, "recordId")));
  }

  /**
   * A verdict on one record.
   *
   * <pre>{@code
   * Verdict v = new AppraisalDecision.Destroy();
   * }</pre>
   */
  public sealed interface Verdict permits Destroy, Extend {}

  /** Destroy the record. */
  public record Destroy() implements Verdict {}

  /**
   * Keep the record for a new period counted as before (from 1 January after formation).
   *
   * @param period the new period, not deferring
   * @param reason why, 1 to 500 characters
   */
  public record Extend(RetentionPeriod period, String reason) implements Verdict {
    /**
     * Checks the fields.
     *
     * @param period the new period, not deferring
     * @param reason why, 1 to 500 characters
     */
    public Extend {
      Objects.requireNonNull(period, "period");
      if (period.isDeferred()) {
        throw new InvalidValueException("period", "Y or a fixed period", period.code());
      }
      Checks.text(reason, 500, "reason");
    }
  }
}
