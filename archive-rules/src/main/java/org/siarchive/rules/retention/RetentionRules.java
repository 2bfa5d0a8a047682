package org.siarchive.rules.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.retention.Classification.Classified;
import org.siarchive.rules.retention.internal.TextKeys;

/**
 * One edition bound for look-ups, with the tables of the regulations its deferring rows name:
 * classification of a row id, a material code or a material text; disposition dates; and the
 * impact of the edition on an existing volume. Obtained from {@link
 * RetentionSchedules#rules(Edition, LocalDate)}.
 *
 * <p>A deferring row ({@code defers-to:会计档案管理办法}) resolves through the loaded edition whose
 * regulation has that name, in force on the date the rules were bound for, by classifying the
 * record's material in it. Without such a table, or without the material, the disposition is
 * {@link Disposition.Undecided}: nothing is guessed.
 *
 * <p>Immutable and thread-safe; classification by row id does not allocate.
 *
 * <pre>{@code
 * RetentionSchedules schedules = RetentionSchedules.withBundledEditions();
 * RetentionRules rules = schedules.rulesInForce(RetentionSchedules.NATIONAL, ArchiveTime.today(clock));
 * rules.classifyRow("八(2)");                               // Classified, D30
 * rules.disposition("八(2)", LocalDate.of(2012, 5, 4));     // expires 2042-12-31
 * rules.disposition("七(4)", LocalDate.of(2012, 5, 4));     // Undecided: defers to 会计档案管理办法
 * }</pre>
 */
public final class RetentionRules {

  /** How a deferring regulation resolves: the bound table, or why there is none. */
  record Deferral(String regulation, @Nullable RetentionRules table, @Nullable String problem) {}

  private final Edition edition;
  private final LocalDate asOf;
  private final Map<String, Deferral> deferrals;

  /**
   * For each deferring row, the outcome when no material is given or no table is loaded: built once,
   * so that bulk disposition does not format the same message for every record.
   */
  private final Map<String, Resolved> deferringWithoutMaterial = new HashMap<>();

  RetentionRules(Edition edition, LocalDate asOf, Map<String, Deferral> deferrals) {
    this.edition = Objects.requireNonNull(edition, "edition");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.deferrals = Map.copyOf(deferrals);
    for (ScheduleRow row : edition.rows()) {
      if (row.period() instanceof RetentionPeriod.DefersTo) {
        deferringWithoutMaterial.put(
            row.id(), resolveDeferral(new Classified(row.id(), row, Classification.Match.ROW_ID), null));
      }
    }
  }

  /** The edition bound. */
  public Edition edition() {
    return edition;
  }

  /** The date for which the tables of deferring regulations were chosen. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The row with this id: exactly, or after NFKC normalisation (full-width parentheses). A row
   * that is listed but not confirmed, or an id of a category whose rows are not all listed, is
   * {@link Classification.Undecided}.
   */
  public Classification classifyRow(String rowId) {
    return edition.index().byRowId(Objects.requireNonNull(rowId, "rowId"));
  }

  /** The row that lists this material code (as in catalogue entries). */
  public Classification classifyMaterialCode(String materialCode) {
    return edition.index().byMaterialCode(Objects.requireNonNull(materialCode, "materialCode"));
  }

  /**
   * The row whose material matches the text: the same text; else the longest row text contained in
   * it; else the one row whose text contains it. Several equal matches are {@link
   * Classification.Reason#AMBIGUOUS}.
   */
  public Classification classifyMaterial(String text) {
    return edition.index().byMaterial(Objects.requireNonNull(text, "text"));
  }

  /**
   * The disposition of a record of a row formed on a date. A deferring row is undecided here; use
   * {@link #disposition(String, LocalDate, String)} with the record's material to resolve it.
   */
  public Disposition disposition(String rowId, LocalDate formedOn) {
    return disposition(classifyRow(rowId), formedOn, null);
  }

  /**
   * The disposition of a record of a row formed on a date; for a deferring row, the material
   * resolves it through the deferred-to regulation's table.
   *
   * @param material the record's material text, for deferring rows; may be null
   */
  public Disposition disposition(String rowId, LocalDate formedOn, @Nullable String material) {
    return disposition(classifyRow(rowId), formedOn, material);
  }

  /**
   * The disposition of a classified record.
   *
   * @param material the record's material text, for deferring rows; may be null
   */
  public Disposition disposition(
      Classification classification, LocalDate formedOn, @Nullable String material) {
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(formedOn, "formedOn");
    if (!(classification instanceof Classified found)) {
      // Retention starts on the same day whatever the period; PERMANENT also checks the year.
      LocalDate start = Disposition.of(RetentionPeriod.PERMANENT, formedOn).retentionStart();
      return new Disposition.Undecided(start, ((Classification.Undecided) classification).message());
    }
    if (!(found.period() instanceof RetentionPeriod.DefersTo)) {
      return Disposition.of(found.period(), formedOn);
    }
    return resolve(found, material).disposition(formedOn);
  }

  /**
   * The row's period with any deferral resolved, or why it cannot be.
   *
   * @param material the record's material text, for deferring rows; may be null
   */
  Resolved resolve(Classified found, @Nullable String material) {
    if (!(found.period() instanceof RetentionPeriod.DefersTo)) {
      return new Resolved(found.period(), null);
    }
    Resolved cached = deferringWithoutMaterial.get(found.row().id());
    if (cached != null && cached.period() == null && (material == null || !cached.tableLoaded())) {
      return cached;
    }
    return resolveDeferral(found, material);
  }

  private Resolved resolveDeferral(Classified found, @Nullable String material) {
    RetentionPeriod.DefersTo deferring = (RetentionPeriod.DefersTo) found.period();
    Deferral deferral = deferrals.get(TextKeys.material(deferring.regulation()));
    if (deferral == null || deferral.table() == null) {
      return unresolved(
          found,
          ": " + (deferral == null ? "no table of that regulation is loaded" : deferral.problem()),
          false);
    }
    if (material == null) {
      return unresolved(
          found,
          "; the record's material is needed to find its row in " + deferral.table().edition().ref(),
          true);
    }
    Classification inTable = deferral.table().classifyMaterial(material);
    if (!(inTable instanceof Classified row)) {
      return unresolved(found, ": " + ((Classification.Undecided) inTable).message(), true);
    }
    if (row.period() instanceof RetentionPeriod.DefersTo again) {
      return unresolved(
          found,
          String.format(
              Locale.ROOT,
              ", whose row %s defers again to %s; chains are not followed",
              row.row().id(),
              again.regulation()),
          true);
    }
    return new Resolved(row.period(), null);
  }

  /** A deferring row that could not be resolved: "row ID defers to REGULATION" and the why. */
  private static Resolved unresolved(Classified found, String why, boolean tableLoaded) {
    return new Resolved(
        null,
        String.format(
            Locale.ROOT,
            "row %s defers to %s%s",
            found.row().id(),
            ((RetentionPeriod.DefersTo) found.period()).regulation(),
            why),
        tableLoaded);
  }

  /**
   * A period after resolving deferral, or the reason it could not be resolved.
   *
   * @param tableLoaded whether a table of the deferred-to regulation was available
   */
  record Resolved(@Nullable RetentionPeriod period, @Nullable String problem, boolean tableLoaded) {
    Resolved(@Nullable RetentionPeriod period, @Nullable String problem) {
      this(period, problem, true);
    }

    Disposition disposition(LocalDate formedOn) {
      return disposition(formedOn.getYear());
    }

    Disposition disposition(int year) {
      if (period == null) {
        return new Disposition.Undecided(LocalDate.of(year + 1, 1, 1), Objects.requireNonNull(problem));
      }
      return Disposition.ofYear(period, year);
    }
  }

  /**
   * What this edition does to a volume's disposition. Each catalogue entry is classified by its
   * material code, else by its title as material text (a deferring row is resolved with the
   * title); the volume's new period is the longest of its entries' periods. When an entry cannot
   * be decided the volume is undecided, unless another entry is already permanent.
   */
  public VolumeImpact impactOn(Volume volume) {
    Objects.requireNonNull(volume, "volume");
    int year = volume.year();
    RetentionPeriod recorded = volume.retention();
    Disposition before = Disposition.ofYear(recorded, year);
    Set<String> rowIds = new LinkedHashSet<>();
    RetentionPeriod longest = null;
    String undecided = null;
    if (volume.catalogue().isEmpty()) {
      undecided = "the volume has no catalogue entries to classify";
    }
    for (CatalogEntry entry : volume.catalogue()) {
      Classification c = classifyMaterialCode(entry.materialCode());
      if (!c.isDecided()) {
        c = classifyMaterial(entry.title());
      }
      Resolved resolved =
          c instanceof Classified found
              ? resolve(found, entry.title())
              : new Resolved(null, ((Classification.Undecided) c).message());
      c.foundRow().ifPresent(r -> rowIds.add(r.id()));
      if (resolved.period() == null) {
        if (undecided == null) {
          undecided =
              String.format(
                  Locale.ROOT, "item %d (%s): %s", entry.itemNumber(), entry.materialCode(), resolved.problem());
        }
      } else if (longest == null || Periods.compare(resolved.period(), longest).getAsInt() > 0) {
        longest = resolved.period();
      }
    }
    RetentionPeriod proposed =
        undecided == null || (longest != null && longest.isPermanent()) ? longest : null;
    List<String> rows = new ArrayList<>(rowIds);
    if (proposed == null) {
      return new VolumeImpact(
          volume.id(), year, rows, recorded, null, VolumeImpact.Kind.UNDECIDED, before,
          new Disposition.Undecided(before.retentionStart(), Objects.requireNonNull(undecided)),
          before, null,
          "cannot decide the new period: " + undecided);
    }
    Disposition after = Disposition.ofYear(proposed, year);
    OptionalInt order = Periods.compare(proposed, recorded);
    if (order.isEmpty()) {
      return new VolumeImpact(
          volume.id(), year, rows, recorded, proposed, VolumeImpact.Kind.UNDECIDED, before, after,
          before, null,
          String.format(
              Locale.ROOT,
              "the recorded period %s cannot be compared with %s of rows %s",
              recorded, proposed.code(), rows));
    }
    int cmp = order.getAsInt();
    if (cmp > 0) {
      return new VolumeImpact(
          volume.id(), year, rows, recorded, proposed, VolumeImpact.Kind.LONGER, before, after,
          after, null,
          String.format(
              Locale.ROOT,
              "rows %s: %s → %s, longer; applies at once",
              rows, recorded.code(), proposed.code()));
    }
    if (cmp < 0) {
      LocalDate from = after.appraisalFrom().orElseThrow();
      return new VolumeImpact(
          volume.id(), year, rows, recorded, proposed, VolumeImpact.Kind.SHORTER, before, after,
          before, from,
          String.format(
              Locale.ROOT,
              "rows %s: %s → %s, shorter; the recorded dates stay until an appraisal, possible from %s",
              rows, recorded.code(), proposed.code(), from));
    }
    return new VolumeImpact(
        volume.id(), year, rows, recorded, proposed, VolumeImpact.Kind.UNCHANGED, before, after,
        before, null,
        String.format(Locale.ROOT, "rows %s: %s unchanged", rows, recorded.code()));
  }
}
