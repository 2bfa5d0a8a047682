package org.siarchive.rules.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.id.Masking;
import org.siarchive.core.internal.ruledata.StrictLoader;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.ruledata.TableEdition;
import org.siarchive.rules.retention.internal.EditionDocument;

/**
 * One edition of a retention schedule, loaded and checked: its identity, when it is in force, what
 * it supersedes, the regulation that issues it, its categories and its rows. For a local edition
 * that extends another (a city's table over the national one), {@link #rows()} are the base's rows
 * overridden by the local rows of the same id and extended by the new ones; {@link #toJson()} gives
 * back the edition as written, base reference and own rows only.
 *
 * <p>Immutable and thread-safe. Editions are obtained from {@link RetentionSchedules}.
 *
 * <pre>{@code
 * Edition national = RetentionSchedules.withBundledEditions()
 *     .inForce(RetentionSchedules.NATIONAL, LocalDate.of(2024, 1, 1)).orElseThrow();
 * national.ref();                       // cn-national 2009
 * national.row("一(2)").get().period(); // D100
 * String json = national.toJson();      // loadable again
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Edition implements TableEdition {

  private final EditionDocument document;
  private final EditionRef ref;
  private final RegulationSource source;
  private final List<Category> categories;
  private final List<ScheduleRow> rows;
  private final Map<String, ScheduleRow> rowsById;
  private final Map<String, Category> categoriesById;
  private final String sourceName;
  private final String sha256;
  private final RowIndex index;

  private Edition(
      EditionDocument document,
      List<Category> categories,
      List<ScheduleRow> rows,
      String sourceName,
      String sha256) {
    this.document = document;
    this.ref = EditionRef.of(document.scheduleId(), document.edition());
    EditionDocument.Source s = document.source();
    this.source = new RegulationSource(s.regulation(), s.documentNumber(), s.part());
    this.categories = List.copyOf(categories);
    this.rows = List.copyOf(rows);
    Map<String, ScheduleRow> byId = new LinkedHashMap<>();
    for (ScheduleRow row : this.rows) {
      byId.put(row.id(), row);
    }
    this.rowsById = Collections.unmodifiableMap(byId);
    Map<String, Category> cats = new LinkedHashMap<>();
    for (Category c : this.categories) {
      cats.put(c.id(), c);
    }
    this.categoriesById = Collections.unmodifiableMap(cats);
    this.sourceName = sourceName;
    this.sha256 = sha256;
    this.index = new RowIndex(this);
  }

  /**
   * Builds an edition from a checked document and its base (null when it extends none): merges the
   * base's categories and rows, and checks that every row names a known category.
   *
   * @throws RuleDataException naming {@code /rows/N/category} for an unknown category
   */
  static Edition assemble(
      EditionDocument doc, @Nullable Edition base, String sourceName, String sha256) {
    Map<String, Category> categories = new LinkedHashMap<>();
    Map<String, ScheduleRow> rows = new LinkedHashMap<>();
    if (base != null) {
      base.categories.forEach(c -> categories.put(c.id(), c));
      base.rows.forEach(r -> rows.put(r.id(), r));
    }
    doc.categories().forEach(c -> categories.put(c.id(), RowMapping.toCategory(c)));
    List<EditionDocument.RowDocument> own = doc.rows();
    for (int i = 0; i < own.size(); i++) {
      EditionDocument.RowDocument row = own.get(i);
      if (!categories.containsKey(row.category())) {
        throw new RuleDataException(
            sourceName,
            "/rows/" + i + "/category",
            row.id(),
            base == null
                ? "no such category in this edition"
                : "no such category in this edition or its base " + base.ref(),
            Masking.quoted(row.category()));
      }
      rows.put(row.id(), RowMapping.toRow(row));
    }
    return new Edition(
        doc,
        new ArrayList<>(categories.values()),
        new ArrayList<>(rows.values()),
        sourceName,
        sha256);
  }

  /** {@return the schedule id and edition} */
  public EditionRef ref() {
    return ref;
  }

  /** {@return the schedule id, e.g. {@code cn-national}} */
  public String scheduleId() {
    return ref.scheduleId();
  }

  /**
   * The schedule id, the same for every edition of the schedule; the same as {@link #scheduleId()}.
   */
  @Override
  public String tableId() {
    return ref.scheduleId();
  }

  /** The edition, e.g. {@code 2009}. */
  @Override
  public String edition() {
    return ref.edition();
  }

  /** {@return the title in Chinese} */
  public String title() {
    return document.title();
  }

  /** {@return the title in English} */
  public String titleEn() {
    return document.titleEn();
  }

  /** The first day the edition is in force. */
  @Override
  public LocalDate effectiveFrom() {
    return document.effectiveFrom();
  }

  /** The last day the edition is in force, when the edition says so. */
  @Override
  public Optional<LocalDate> effectiveUntil() {
    return Optional.ofNullable(document.effectiveUntil());
  }

  /** {@return the edition of the same schedule that this one supersedes, if named} */
  public Optional<String> supersedes() {
    return Optional.ofNullable(document.supersedes());
  }

  /** {@return the edition this one extends, if any} */
  public Optional<EditionRef> base() {
    return document.base() == null
        ? Optional.empty()
        : Optional.of(EditionRef.of(document.base().scheduleId(), document.base().edition()));
  }

  /** {@return the regulation that issues the edition} */
  public RegulationSource source() {
    return source;
  }

  /** {@return the categories, the base's first} */
  public List<Category> categories() {
    return categories;
  }

  /**
   * {@return every row in force in this edition (the base's, overridden and extended), in order}
   */
  public List<ScheduleRow> rows() {
    return rows;
  }

  /** {@return the ids of the rows this edition itself lists (all rows when it extends none)} */
  public List<String> ownRowIds() {
    return document.rows().stream().map(EditionDocument.RowDocument::id).toList();
  }

  /**
   * {@return the row with this exact id}
   *
   * @param id the row's id, e.g. {@code 八(3)}
   */
  public Optional<ScheduleRow> row(String id) {
    return Optional.ofNullable(rowsById.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * {@return the category with this exact id}
   *
   * @param id the category's id
   */
  public Optional<Category> category(String id) {
    return Optional.ofNullable(categoriesById.get(Objects.requireNonNull(id, "id")));
  }

  /** The file or resource the edition was loaded from. */
  @Override
  public String sourceName() {
    return sourceName;
  }

  /** {@return the SHA-256 of the bytes loaded, lower-case hex} */
  public String sha256() {
    return sha256;
  }

  /**
   * {@return true when the edition is in force on the date by its own dates (from {@link
   * #effectiveFrom()} to {@link #effectiveUntil()} inclusive)} A later edition of the schedule ends
   * it too; ask the registry for the edition in force.
   *
   * @param date the day
   */
  public boolean coversDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(effectiveFrom())
        && effectiveUntil().map(until -> !date.isAfter(until)).orElse(true);
  }

  /** {@return the edition as written, in the JSON format a host loads (indented, UTF-8 text)} */
  public String toJson() {
    return StrictLoader.write(document);
  }

  EditionDocument document() {
    return document;
  }

  RowIndex index() {
    return index;
  }

  /** {@return the number of rows confirmed in their source} */
  public long confirmedRowCount() {
    return rows.stream().filter(ScheduleRow::isConfirmed).count();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Edition e
        && e.ref.equals(ref)
        && e.sha256.equals(sha256)
        && e.rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ref, sha256);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%s (from %s, %d rows, %s)", ref, effectiveFrom(), rows.size(), sourceName);
  }
}
