package org.siarchive.rules.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.retention.Classification.Classified;
import org.siarchive.rules.retention.internal.TextKeys;

/**
 * One edition bound for look-ups, with the tables of the regulations its deferring rows name:
 * classification of a row id, a material code or a material text; the one retention answer for a
 * volume ({@link #classify(Volume)}, in the order {@link VolumeClassification} documents);
 * disposition dates; and the impact of the edition on an existing volume. Obtained from {@link
 * RetentionSchedules#rules(Edition, LocalDate)}.
 *
 * <p>A deferring row ({@code defers-to:会计档案管理办法}) resolves through the loaded edition whose
 * regulation has that name, in force on the date the rules were bound for, by classifying the
 * record's material in it. Without such a table, or without the material, the disposition is {@link
 * Disposition.Undecided}: nothing is guessed.
 *
 * <p>Immutable and thread-safe; classification by row id does not allocate.
 *
 * <pre>{@code
 * RetentionSchedules schedules = RetentionSchedules.withBundledEditions();
 * RetentionRules rules = schedules.rulesInForce(RetentionSchedules.NATIONAL, ArchiveTime.today(clock));
 * rules.classifyRow("八(2)");                               // Classified, D30
 * rules.disposition("八(2)", LocalDate.of(2012, 5, 4));     // expires 2042-12-31
 * rules.disposition("七(4)", LocalDate.of(2012, 5, 4));     // Undecided: defers to 会计档案管理办法
 *
 * RetentionRules bound = rules.withMaterialRules(MaterialRules.bundledIllustrative());
 * bound.classify(volume);       // its rows, period and how they were reached
 * bound.disposition(volume);    // when it becomes due for appraisal
 * bound.impactOn(volume);       // what the edition does to its recorded period
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RetentionRules {

  /** How a deferring regulation resolves: the bound table, or why there is none. */
  record Deferral(String regulation, @Nullable RetentionRules table, @Nullable String problem) {}

  private final Edition edition;
  private final LocalDate asOf;
  private final Map<String, Deferral> deferrals;
  private final MaterialRows materials;

  /**
   * For each deferring row, the outcome when no material is given or no table is loaded: built
   * once, so that bulk disposition does not format the same message for every record.
   */
  private final Map<String, PeriodResolution> deferringWithoutMaterial = new HashMap<>();

  /** The deferring rows whose regulation's table is loaded (a material may resolve them). */
  private final Set<String> deferralTableLoaded = new HashSet<>();

  /**
   * The answer for an entry placed by its material code and title (no business-type row), by code
   * and title: a catalogue names the same few materials on every volume, so a file of volumes
   * matches each pair once. At most {@link #ENTRY_MEMO_LIMIT} pairs are kept; later pairs are
   * computed each time. The answers are pure functions of the pair, so the memo changes no result.
   */
  private final ConcurrentHashMap<EntryKey, EntryAnswer> entryMemo = new ConcurrentHashMap<>();

  private static final int ENTRY_MEMO_LIMIT = 4096;

  private record EntryKey(String materialCode, String title) {}

  private record EntryAnswer(Classification classification, PeriodResolution resolution) {}

  /** The rules last bound to other material rules, so that a check binding per volume is cheap. */
  private volatile @Nullable RetentionRules lastBound;

  RetentionRules(Edition edition, LocalDate asOf, Map<String, Deferral> deferrals) {
    this(edition, asOf, deferrals, null);
  }

  private RetentionRules(
      Edition edition,
      LocalDate asOf,
      Map<String, Deferral> deferrals,
      @Nullable MaterialRules materialRules) {
    this.edition = Objects.requireNonNull(edition, "edition");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.deferrals = Map.copyOf(deferrals);
    this.materials =
        materialRules == null ? MaterialRows.NONE : MaterialRows.of(materialRules, edition);
    for (ScheduleRow row : edition.rows()) {
      if (row.period() instanceof RetentionPeriod.DefersTo d) {
        deferringWithoutMaterial.put(
            row.id(),
            resolveDeferral(new Classified(row.id(), row, Classification.Match.ROW_ID), null));
        Deferral deferral = this.deferrals.get(TextKeys.material(d.regulation()));
        if (deferral != null && deferral.table() != null) {
          deferralTableLoaded.add(row.id());
        }
      }
    }
  }

  /**
   * These rules with the material rules bound: {@link #classify(Volume)} then takes the row the
   * material rules name for a volume's business type first, and a material code or text that the
   * edition cannot place is looked up in the material rules (the row of the business types that
   * list that material, when they name one row). Cheap when called again with the same rules.
   *
   * @param materialRules the material rules, e.g. {@link MaterialRules#bundledIllustrative()}
   * @return rules bound to the same edition and date with those material rules
   */
  public RetentionRules withMaterialRules(MaterialRules materialRules) {
    Objects.requireNonNull(materialRules, "materialRules");
    if (materials.source() == materialRules) {
      return this;
    }
    RetentionRules last = lastBound;
    if (last != null && last.materials.source() == materialRules) {
      return last;
    }
    RetentionRules bound = new RetentionRules(edition, asOf, deferrals, materialRules);
    lastBound = bound;
    return bound;
  }

  /** {@return the material rules bound, if any} */
  public Optional<MaterialRules> materialRules() {
    return Optional.ofNullable(materials.source());
  }

  /** {@return the edition bound} */
  public Edition edition() {
    return edition;
  }

  /** {@return the date for which the tables of deferring regulations were chosen} */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * {@return the row with this id: exactly, or after NFKC normalisation (full-width parentheses)} A
   * row that is listed but not confirmed, or an id of a category whose rows are not all listed, is
   * {@link Classification.Undecided}.
   *
   * @param rowId the row's id as written, e.g. {@code 八(3)} or {@code 八（3）}
   */
  public Classification classifyRow(String rowId) {
    return edition.index().byRowId(Objects.requireNonNull(rowId, "rowId"));
  }

  /**
   * {@return the row that lists this material code (as in catalogue entries); when no row does and
   * material rules are bound, the row of the business types that list the code ({@link
   * Classification.Match#MATERIAL_RULES}), when they all name the same row}
   *
   * @param materialCode the material code
   */
  public Classification classifyMaterialCode(String materialCode) {
    Classification c =
        edition.index().byMaterialCode(Objects.requireNonNull(materialCode, "materialCode"));
    if (c.isDecided()) {
      return c;
    }
    Classified viaRules = materials.byCode(materialCode);
    return viaRules == null ? c : viaRules;
  }

  /**
   * {@return the row whose material matches the text: the same text; else the longest row text
   * contained in it; else the one row whose text contains it} Several equal matches are {@link
   * Classification.Reason#AMBIGUOUS}. When the edition cannot decide and material rules are bound,
   * a material of the rules with this name (after normalisation) gives the row of the business
   * types that list it ({@link Classification.Match#MATERIAL_RULES}), when they all name the same
   * row: so {@code 参保人员登记表} finds {@code 一(2)} through {@code GENERAL/PERSON_ENROLMENT}.
   *
   * @param text the material's name as written, e.g. a catalogue entry's title
   */
  public Classification classifyMaterial(String text) {
    String key = TextKeys.material(Objects.requireNonNull(text, "text"));
    Classification c = edition.index().byMaterial(text, key);
    if (c.isDecided()) {
      return c;
    }
    Classified viaRules = materials.byKey(text, key);
    return viaRules == null ? c : viaRules;
  }

  /**
   * {@return the disposition of a record of a row formed on a date} A deferring row is undecided
   * here; use {@link #disposition(String, LocalDate, String)} with the record's material to resolve
   * it.
   *
   * @param rowId the row's id as written
   * @param formedOn the day the record was formed
   */
  public Disposition disposition(String rowId, LocalDate formedOn) {
    return disposition(classifyRow(rowId), formedOn, null);
  }

  /**
   * {@return the disposition of a record of a row formed on a date; for a deferring row, the
   * material resolves it through the deferred-to regulation's table}
   *
   * @param rowId the row's id as written
   * @param formedOn the day the record was formed
   * @param material the record's material text, for deferring rows; may be null
   */
  public Disposition disposition(String rowId, LocalDate formedOn, @Nullable String material) {
    return disposition(classifyRow(rowId), formedOn, material);
  }

  /**
   * {@return the disposition of a classified record}
   *
   * @param classification the record's classification by this edition
   * @param formedOn the day the record was formed
   * @param material the record's material text, for deferring rows; may be null
   */
  public Disposition disposition(
      Classification classification, LocalDate formedOn, @Nullable String material) {
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(formedOn, "formedOn");
    if (!(classification instanceof Classified found)) {
      // Retention starts on the same day whatever the period; PERMANENT also checks the year.
      LocalDate start = Disposition.of(RetentionPeriod.PERMANENT, formedOn).retentionStart();
      return new Disposition.Undecided(
          start, ((Classification.Undecided) classification).message());
    }
    RetentionPeriod period = found.period();
    if (!(period instanceof RetentionPeriod.DefersTo)) {
      return Disposition.of(period, formedOn);
    }
    return deferredDisposition(found, formedOn, material);
  }

  /** The disposition of a deferring row's record: kept apart so the common path stays small. */
  private Disposition deferredDisposition(
      Classified found, LocalDate formedOn, @Nullable String material) {
    PeriodResolution resolved = resolve(found, material);
    if (resolved instanceof PeriodResolution.Resolved r) {
      return Disposition.of(r.resolvedPeriod(), formedOn);
    }
    return new Disposition.Undecided(
        LocalDate.of(formedOn.getYear() + 1, 1, 1),
        ((PeriodResolution.Unresolved) resolved).reason());
  }

  /**
   * The row's period with any deferral resolved, or why it cannot be.
   *
   * @param material the record's material text, for deferring rows; may be null
   */
  PeriodResolution resolve(Classified found, @Nullable String material) {
    if (!(found.period() instanceof RetentionPeriod.DefersTo)) {
      return new PeriodResolution.Resolved(found.period());
    }
    PeriodResolution cached = deferringWithoutMaterial.get(found.row().id());
    if (cached != null
        && cached instanceof PeriodResolution.Unresolved
        && (material == null || !deferralTableLoaded.contains(found.row().id()))) {
      return cached;
    }
    return resolveDeferral(found, material);
  }

  private PeriodResolution resolveDeferral(Classified found, @Nullable String material) {
    RetentionPeriod.DefersTo deferring = (RetentionPeriod.DefersTo) found.period();
    Deferral deferral = deferrals.get(TextKeys.material(deferring.regulation()));
    if (deferral == null || deferral.table() == null) {
      return unresolved(
          found,
          ": " + (deferral == null ? "no table of that regulation is loaded" : deferral.problem()));
    }
    if (material == null) {
      return unresolved(
          found,
          "; the record's material is needed to find its row in "
              + deferral.table().edition().ref());
    }
    Classification inTable = deferral.table().classifyMaterial(material);
    if (!(inTable instanceof Classified row)) {
      return unresolved(found, ": " + ((Classification.Undecided) inTable).message());
    }
    if (row.period() instanceof RetentionPeriod.DefersTo again) {
      return unresolved(
          found,
          String.format(
              Locale.ROOT,
              ", whose row %s defers again to %s; chains are not followed",
              row.row().id(),
              again.regulation()));
    }
    return new PeriodResolution.Resolved(row.period());
  }

  /** A deferring row that could not be resolved: "row ID defers to REGULATION" and the why. */
  private static PeriodResolution unresolved(Classified found, String why) {
    return new PeriodResolution.Unresolved(
        String.format(
            Locale.ROOT,
            "row %s defers to %s%s",
            found.row().id(),
            ((RetentionPeriod.DefersTo) found.period()).regulation(),
            why));
  }

  /**
   * {@return the one retention answer for a volume: its rows, its period and how they were reached,
   * in the order {@link VolumeClassification} documents (the business type's row in the bound
   * material rules, then each entry's material code, then its title)}
   *
   * @param volume the volume
   */
  public VolumeClassification classify(Volume volume) {
    Objects.requireNonNull(volume, "volume");
    Classified byType = materials.byBusinessType(volume.businessType());
    List<ItemRetention> items = new ArrayList<>(volume.catalogue().size());
    Set<String> rowIds = new LinkedHashSet<>();
    @Nullable RetentionPeriod longest = null;
    String undecided = null;
    VolumeClassification.Basis basis =
        byType == null
            ? VolumeClassification.Basis.ITEMS
            : VolumeClassification.Basis.BUSINESS_TYPE;
    if (byType != null) {
      rowIds.add(byType.row().id());
    }
    for (CatalogEntry entry : volume.catalogue()) {
      Classification c;
      PeriodResolution resolved;
      if (byType != null) {
        c = byType;
        resolved = resolve(byType, entry.title());
      } else {
        EntryAnswer answer = byEntry(entry.materialCode(), entry.title());
        c = answer.classification();
        resolved = answer.resolution();
      }
      items.add(new ItemRetention(entry.itemNumber(), entry.materialCode(), c, resolved));
      c.foundRow().ifPresent(r -> rowIds.add(r.id()));
      if (resolved instanceof PeriodResolution.Resolved r) {
        if (longest == null || Periods.compare(r.resolvedPeriod(), longest).getAsInt() > 0) {
          longest = r.resolvedPeriod();
        }
      } else if (undecided == null) {
        undecided =
            "item "
                + entry.itemNumber()
                + " ("
                + entry.materialCode()
                + "): "
                + ((PeriodResolution.Unresolved) resolved).reason();
      }
    }
    if (volume.catalogue().isEmpty()) {
      PeriodResolution own = byType == null ? null : resolve(byType, null);
      if (own instanceof PeriodResolution.Resolved r) {
        longest = r.resolvedPeriod();
      } else {
        undecided =
            own == null
                ? "the volume has no catalogue entries to classify"
                : ((PeriodResolution.Unresolved) own).reason();
      }
    }
    List<String> rows = new ArrayList<>(rowIds);
    if (undecided == null || (longest != null && longest.isPermanent())) {
      // Every entry (or, without entries, the business type) was resolved: longest is set.
      return new VolumeClassification.Decided(
          volume.id(),
          volume.year(),
          basis,
          rows,
          items,
          Objects.requireNonNull(longest, "longest"));
    }
    return new VolumeClassification.Undecided(
        volume.id(), volume.year(), basis, rows, items, undecided);
  }

  /** An entry's row by its material code, else its title, and the row's period resolved. */
  private EntryAnswer byEntry(String materialCode, String title) {
    EntryKey key = new EntryKey(materialCode, title);
    EntryAnswer known = entryMemo.get(key);
    if (known != null) {
      return known;
    }
    Classification c = classifyMaterialCode(materialCode);
    if (!c.isDecided()) {
      c = classifyMaterial(title);
    }
    PeriodResolution resolved =
        c instanceof Classified found
            ? resolve(found, title)
            : new PeriodResolution.Unresolved(((Classification.Undecided) c).message());
    EntryAnswer answer = new EntryAnswer(c, resolved);
    if (entryMemo.size() < ENTRY_MEMO_LIMIT) {
      entryMemo.putIfAbsent(key, answer);
    }
    return answer;
  }

  /**
   * {@return when the volume's retention runs out under this edition: {@link #classify(Volume)}'s
   * period from the volume's year, or {@link Disposition.Undecided} with the reason}
   *
   * @param volume the volume
   */
  public Disposition disposition(Volume volume) {
    return classify(volume).disposition();
  }

  /**
   * {@return what this edition does to a volume's disposition: {@link #classify(Volume)}'s period
   * against the period recorded on the volume}
   *
   * @param volume the volume, with its recorded retention period
   */
  public VolumeImpact impactOn(Volume volume) {
    return VolumeImpact.of(classify(volume), volume.retention());
  }
}
