package org.siarchive.rules.retention;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.model.RetentionPeriod;

/**
 * The JSON forms of retention results: plain records that any Jackson {@code ObjectMapper}
 * serialises with their components in order, absent values as {@code null}. They are the documents
 * {@code siarchive schedule … --json} prints, so a host that serves or stores the same answers gets
 * the same keys. Dates are ISO strings; periods are their codes ({@code Y}, {@code D30}, {@code
 * defers-to:NAME}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper();
 * String json = mapper.writeValueAsString(RetentionJson.impact(rules.impactOn(volume), today));
 * // {"volumeId":"V1","year":2015,"rowIds":["八(3)"],"recorded":"D10","proposed":"D30","kind":"LONGER",...}
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RetentionJson {
  private RetentionJson() {}

  /**
   * An edition's identity.
   *
   * @param scheduleId e.g. {@code cn-national}
   * @param edition e.g. {@code 2009}
   */
  public record Ref(String scheduleId, String edition) {
    /**
     * {@return the form of a reference}
     *
     * @param ref the reference
     */
    public static Ref of(EditionRef ref) {
      return new Ref(ref.scheduleId(), ref.edition());
    }
  }

  /**
   * A disposition's dates.
   *
   * @param retentionStart 1 January after formation
   * @param expires the last day of a fixed period; null otherwise
   * @param appraisalFrom the day after; null otherwise
   */
  public record Dates(
      String retentionStart, @Nullable String expires, @Nullable String appraisalFrom) {
    /**
     * {@return the dates of a disposition}
     *
     * @param d the disposition
     */
    public static Dates of(Disposition d) {
      return new Dates(
          d.retentionStart().toString(),
          d.expires().map(LocalDate::toString).orElse(null),
          d.appraisalFrom().map(LocalDate::toString).orElse(null));
    }
  }

  /** A line refused: {@code {"line", "pointer", "message"}}. */
  public record Rejected(long line, String pointer, String message) {
    /**
     * {@return the form of a rejection}
     *
     * @param r a line refused by the JSON Lines reader
     */
    public static Rejected of(LineResult.Rejected r) {
      return new Rejected(r.line(), r.pointer(), r.message());
    }
  }

  /** The form of a classification: {@link Found} or {@link NotFound}. */
  public sealed interface ClassificationForm permits Found, NotFound {}

  /**
   * A decided classification.
   *
   * @param rowId the row
   * @param period its period code; null for an unconfirmed row without one
   * @param defersTo the regulation a deferring period names; null otherwise
   * @param decided true
   * @param category the row's category
   * @param material the row's material; null for an unconfirmed row without one
   * @param materialEn in English; null likewise
   * @param confirmed whether the row is confirmed in its source
   * @param match how the query reached the row ({@link Classification.Match})
   * @param edition the edition
   */
  public record Found(
      String rowId,
      @Nullable String period,
      @Nullable String defersTo,
      boolean decided,
      String category,
      @Nullable String material,
      @Nullable String materialEn,
      boolean confirmed,
      String match,
      Ref edition)
      implements ClassificationForm {}

  /**
   * A classification that cannot be decided.
   *
   * @param rowId the row id asked for, for a look-up by row id; null otherwise
   * @param period null
   * @param defersTo null
   * @param decided false
   * @param reason the {@link Classification.Reason}
   * @param message the reason in words
   * @param candidates the rows concerned
   * @param edition the edition
   */
  public record NotFound(
      @Nullable String rowId,
      @Nullable String period,
      @Nullable String defersTo,
      boolean decided,
      String reason,
      String message,
      List<String> candidates,
      Ref edition)
      implements ClassificationForm {}

  /**
   * {@return the form of a classification}
   *
   * @param c the classification
   * @param edition the edition that classified
   * @param askedRowId the row id looked up, or null for a look-up by material
   */
  public static ClassificationForm classification(
      Classification c, EditionRef edition, String askedRowId) {
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(edition, "edition");
    if (c instanceof Classification.Classified found) {
      ScheduleRow r = found.row();
      return new Found(
          r.id(),
          code(r.period()),
          defersTo(r.period()),
          true,
          r.category(),
          r.material(),
          r.materialEn(),
          r.isConfirmed(),
          found.match().name(),
          Ref.of(edition));
    }
    Classification.Undecided u = (Classification.Undecided) c;
    return new NotFound(
        askedRowId,
        null,
        null,
        false,
        u.reason().name(),
        u.message(),
        u.candidates().stream().map(ScheduleRow::id).toList(),
        Ref.of(edition));
  }

  /**
   * The disposition of a record of a row formed on a date.
   *
   * @param retentionStart 1 January after formation
   * @param expires the last day of a fixed period; null otherwise
   * @param appraisalFrom the day after; null otherwise
   * @param rowId the row
   * @param period its period code; null when unknown
   * @param formed the date formed
   * @param decided whether the disposition is decided
   * @param reason why not; null when decided
   * @param edition the edition
   */
  public record RowDisposition(
      String retentionStart,
      @Nullable String expires,
      @Nullable String appraisalFrom,
      String rowId,
      @Nullable String period,
      String formed,
      boolean decided,
      @Nullable String reason,
      Ref edition) {}

  /**
   * {@return the form of a row's disposition}
   *
   * @param c the row's classification
   * @param askedRowId the row id asked for (used when the classification found no row)
   * @param formed the date the record was formed
   * @param d the disposition of the record
   * @param edition the edition that decided it
   */
  public static RowDisposition disposition(
      Classification c, String askedRowId, LocalDate formed, Disposition d, EditionRef edition) {
    Dates dates = Dates.of(d);
    return new RowDisposition(
        dates.retentionStart(),
        dates.expires(),
        dates.appraisalFrom(),
        c.foundRow().map(ScheduleRow::id).orElse(askedRowId),
        c.foundRow().map(r -> code(r.period())).orElse(null),
        formed.toString(),
        d.isDecided(),
        d instanceof Disposition.Undecided u ? u.reason() : null,
        Ref.of(edition));
  }

  /**
   * One catalogue entry's answer.
   *
   * @param itemNumber the item number
   * @param materialCode the material code
   * @param rowId the row found; null when none
   * @param match how it was reached; null when undecided
   * @param period the period after any deferral; null when unresolved
   * @param reason why it is unresolved; null when resolved
   */
  public record Item(
      int itemNumber,
      String materialCode,
      @Nullable String rowId,
      @Nullable String match,
      @Nullable String period,
      @Nullable String reason) {
    /**
     * {@return the form of an entry's answer}
     *
     * @param i the answer for one catalogue entry
     */
    public static Item of(ItemRetention i) {
      Classification c = i.classification();
      return new Item(
          i.itemNumber(),
          i.materialCode(),
          c.foundRow().map(ScheduleRow::id).orElse(null),
          c instanceof Classification.Classified f ? f.match().name() : null,
          i.resolution().period().map(RetentionPeriod::code).orElse(null),
          i.resolution() instanceof PeriodResolution.Unresolved u ? u.reason() : null);
    }
  }

  /**
   * A volume's disposition under an edition: its one answer and the dates.
   *
   * @param line the 1-based line of the volume in its file
   * @param volumeId the volume
   * @param year the year formed
   * @param decided whether the period is decided
   * @param basis how the rows were reached ({@link VolumeClassification.Basis})
   * @param rowIds the rows
   * @param period the period code; null when undecided
   * @param retentionStart 1 January after formation
   * @param expires the last day of a fixed period; null otherwise
   * @param appraisalFrom the day after; null otherwise
   * @param reason why it is undecided; null when decided
   * @param items each entry's answer
   */
  public record VolumeDisposition(
      long line,
      String volumeId,
      int year,
      boolean decided,
      String basis,
      List<String> rowIds,
      @Nullable String period,
      String retentionStart,
      @Nullable String expires,
      @Nullable String appraisalFrom,
      @Nullable String reason,
      List<Item> items) {}

  /**
   * {@return the form of a volume's disposition}
   *
   * @param line the 1-based line of the volume in its file
   * @param c the volume's classification and disposition
   */
  public static VolumeDisposition disposition(long line, VolumeClassification c) {
    Objects.requireNonNull(c, "c");
    Dates dates = Dates.of(c.disposition());
    return new VolumeDisposition(
        line,
        c.volumeId(),
        c.year(),
        c.isDecided(),
        c.basis().name(),
        c.rowIds(),
        c instanceof VolumeClassification.Decided d ? d.period().code() : null,
        dates.retentionStart(),
        dates.expires(),
        dates.appraisalFrom(),
        c instanceof VolumeClassification.Undecided u ? u.reason() : null,
        c.items().stream().map(Item::of).toList());
  }

  /**
   * What a new edition does to a volume.
   *
   * @param volumeId the volume
   * @param year the year formed
   * @param rowIds the rows of the new edition
   * @param recorded the recorded period code
   * @param proposed the new period code; null when undecided
   * @param kind the {@link VolumeImpact.Kind}
   * @param before the dates under the recorded period
   * @param after the dates under the new period
   * @param inEffect the dates that apply now
   * @param reappraisalFrom for a shorter period, the first day an appraisal may apply it; else null
   * @param reappraisalDue whether such an appraisal is possible today
   * @param reason the impact in words
   */
  public record Impact(
      String volumeId,
      int year,
      List<String> rowIds,
      String recorded,
      @Nullable String proposed,
      String kind,
      Dates before,
      Dates after,
      Dates inEffect,
      @Nullable String reappraisalFrom,
      boolean reappraisalDue,
      String reason) {}

  /**
   * {@return the form of an impact, judged on {@code today}}
   *
   * @param i the impact
   * @param today the day judged for: the day {@code inEffect} and {@code reappraisalDue} are judged
   *     on
   */
  public static Impact impact(VolumeImpact i, LocalDate today) {
    Objects.requireNonNull(i, "i");
    Objects.requireNonNull(today, "today");
    return new Impact(
        i.volumeId(),
        i.year(),
        i.rowIds(),
        i.recorded().code(),
        i.proposedPeriod().map(RetentionPeriod::code).orElse(null),
        i.kind().name(),
        Dates.of(i.before()),
        Dates.of(i.after()),
        Dates.of(i.inEffect()),
        i.reappraisalFrom().map(LocalDate::toString).orElse(null),
        i.isReappraisalDue(today),
        i.reason());
  }

  /**
   * An impact run: its figures, the volumes whose disposition moves (or cannot be decided), and the
   * refused lines.
   *
   * @param edition the edition
   * @param today the day judged for
   * @param read records read
   * @param valid valid volumes
   * @param rejected records rejected
   * @param counts volumes per {@link VolumeImpact.Kind}, in that order
   * @param reappraisalDue shorter volumes an appraisal may shorten today
   * @param volumes the volumes not unchanged
   * @param rejections the refused lines
   */
  public record ImpactRun(
      Ref edition,
      String today,
      long read,
      long valid,
      long rejected,
      Map<String, Long> counts,
      long reappraisalDue,
      List<Impact> volumes,
      List<Rejected> rejections) {}

  /**
   * {@return the form of an impact run}
   *
   * @param s the run's figures
   * @param volumes the volumes not unchanged, in the order given
   * @param rejections the refused lines, in the order given
   */
  public static ImpactRun impactRun(
      RetentionRunSummary s, List<Impact> volumes, List<Rejected> rejections) {
    Map<String, Long> counts = new LinkedHashMap<>();
    s.impacts().forEach((k, n) -> counts.put(k.name(), n));
    return new ImpactRun(
        Ref.of(s.edition()),
        s.today().toString(),
        s.read(),
        s.valid(),
        s.rejected(),
        counts,
        s.reappraisalDue(),
        List.copyOf(volumes),
        List.copyOf(rejections));
  }

  /**
   * A disposition run: its figures ({@code read = dated + undecided + rejected}), every volume's
   * disposition, and the refused lines.
   *
   * @param edition the edition
   * @param today the day judged for
   * @param read records read
   * @param valid valid volumes
   * @param rejected records rejected
   * @param dated volumes whose disposition is decided
   * @param undecided volumes whose disposition cannot be decided
   * @param volumes every volume's disposition, in input order
   * @param rejections the refused lines
   */
  public record DispositionRun(
      Ref edition,
      String today,
      long read,
      long valid,
      long rejected,
      long dated,
      long undecided,
      List<VolumeDisposition> volumes,
      List<Rejected> rejections) {}

  /**
   * {@return the form of a disposition run}
   *
   * @param s the run's figures
   * @param volumes every volume's disposition, in the order given
   * @param rejections the refused lines, in the order given
   */
  public static DispositionRun dispositionRun(
      RetentionRunSummary s, List<VolumeDisposition> volumes, List<Rejected> rejections) {
    return new DispositionRun(
        Ref.of(s.edition()),
        s.today().toString(),
        s.read(),
        s.valid(),
        s.rejected(),
        s.dated(),
        s.undecided(),
        List.copyOf(volumes),
        List.copyOf(rejections));
  }

  /**
   * One edition in a registry's list.
   *
   * @param edition the edition
   * @param title in Chinese
   * @param titleEn in English
   * @param effectiveFrom the first day in force
   * @param effectiveUntil the last day, when the edition says so; else null
   * @param supersedes the edition it supersedes, if named; else null
   * @param base the edition it extends ({@code "extends"}), as {@code "ID EDITION"}; else null
   * @param regulation the issuing regulation
   * @param documentNumber its document number
   * @param rows its rows in force
   * @param confirmedRows of which confirmed
   * @param inForce whether it is the one in force on the list's day
   * @param sha256 the SHA-256 of its bytes
   */
  public record EditionEntry(
      String edition,
      String title,
      String titleEn,
      String effectiveFrom,
      @Nullable String effectiveUntil,
      @Nullable String supersedes,
      @JsonProperty("extends") @Nullable String base,
      String regulation,
      String documentNumber,
      int rows,
      long confirmedRows,
      boolean inForce,
      String sha256) {
    /**
     * {@return the entry of an edition}
     *
     * @param e the edition
     * @param inForce whether it is the one in force on the list's day
     */
    public static EditionEntry of(Edition e, boolean inForce) {
      return new EditionEntry(
          e.edition(),
          e.title(),
          e.titleEn(),
          e.effectiveFrom().toString(),
          e.effectiveUntil().map(LocalDate::toString).orElse(null),
          e.supersedes().orElse(null),
          e.base().map(EditionRef::toString).orElse(null),
          e.source().regulation(),
          e.source().documentNumber(),
          e.rows().size(),
          e.confirmedRowCount(),
          inForce,
          e.sha256());
    }
  }

  /**
   * A schedule and its editions, oldest to newest.
   *
   * @param scheduleId the schedule
   * @param editions its editions
   */
  public record Schedule(String scheduleId, List<EditionEntry> editions) {}

  /**
   * A registry's schedules, as listed on a day.
   *
   * @param today the day
   * @param schedules each schedule
   */
  public record ScheduleList(String today, List<Schedule> schedules) {}

  /**
   * {@return the list of a registry's schedules and editions, marking those in force on {@code
   * today}}
   *
   * @param schedules the registry
   * @param today the day the editions in force are judged on
   */
  public static ScheduleList list(RetentionSchedules schedules, LocalDate today) {
    Objects.requireNonNull(schedules, "schedules");
    Objects.requireNonNull(today, "today");
    List<Schedule> list =
        schedules.scheduleIds().stream()
            .map(
                id -> {
                  Optional<Edition> inForce = schedules.inForce(id, today);
                  return new Schedule(
                      id,
                      schedules.editions(id).stream()
                          .map(e -> EditionEntry.of(e, inForce.filter(e::equals).isPresent()))
                          .toList());
                })
            .toList();
    return new ScheduleList(today.toString(), list);
  }

  private static @Nullable String code(@Nullable RetentionPeriod p) {
    return p == null ? null : p.code();
  }

  private static @Nullable String defersTo(@Nullable RetentionPeriod p) {
    return p instanceof RetentionPeriod.DefersTo d ? d.regulation() : null;
  }
}
