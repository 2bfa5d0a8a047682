package org.siarchive.core.ruledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Every edition of one rule table, oldest to newest, and the edition in force on a date: the way
 * {@code java.time.zone.ZoneRulesProvider.getVersions(zoneId)} serves the versions of a zone's
 * rules. Retention schedules, material rules and the bundled tables are all read through one.
 *
 * <p>The editions belong to one table, have distinct ids and distinct effective dates; an edition
 * that names its own last day ends before the next edition starts. An edition is in force from its
 * {@link TableEdition#effectiveFrom()} until the day before the next edition, or until its own
 * {@link TableEdition#effectiveUntil()}.
 *
 * <p>Immutable and thread-safe when the editions are.
 *
 * <pre>{@code
 * Timeline<MaterialRules> book = Timeline.of(List.of(edition2026, edition2027));
 * book.versions();                          // [2026.1, 2027.1], oldest to newest
 * book.inForce(LocalDate.of(2026, 6, 1));   // Optional[2026.1]
 * book.latest();                            // 2027.1
 * }</pre>
 *
 * @param <T> the type of the editions
 * @since 0.1.0
 */
public final class Timeline<T extends TableEdition> {

  private static final Comparator<TableEdition> OLDEST_FIRST =
      Comparator.comparing(TableEdition::effectiveFrom);

  private final List<T> versions;

  private Timeline(List<T> versions) {
    this.versions = versions;
  }

  /**
   * {@return the timeline of some editions of one table, in any order}
   *
   * @param <T> the type of the editions
   * @param editions at least one; one table id; distinct editions and effective dates
   * @throws IllegalArgumentException naming the edition that breaks a rule
   */
  public static <T extends TableEdition> Timeline<T> of(Collection<? extends T> editions) {
    Objects.requireNonNull(editions, "editions");
    if (editions.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for editions (at least one): 0 editions");
    }
    List<T> sorted = new ArrayList<>(editions);
    for (int i = 0; i < sorted.size(); i++) {
      Objects.requireNonNull(sorted.get(i), "editions[" + i + "]");
    }
    sorted.sort(OLDEST_FIRST);
    T first = sorted.get(0);
    for (int i = 1; i < sorted.size(); i++) {
      T e = sorted.get(i);
      T prev = sorted.get(i - 1);
      if (!e.tableId().equals(first.tableId())) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Invalid value for editions (one table, %s): %s from %s",
                first.tableId(),
                e.tableId(),
                e.sourceName()));
      }
      for (T other : sorted.subList(0, i)) {
        if (other.edition().equals(e.edition())) {
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT,
                  "Invalid value for edition (distinct editions): %s twice",
                  e.edition()));
        }
      }
      if (!e.effectiveFrom().isAfter(prev.effectiveFrom())) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Invalid value for effectiveFrom (distinct dates): editions %s and %s both from %s",
                prev.edition(),
                e.edition(),
                e.effectiveFrom()));
      }
      Optional<LocalDate> until = prev.effectiveUntil();
      if (until.isPresent() && !until.get().isBefore(e.effectiveFrom())) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Invalid value for effectiveUntil (before the next edition, from %s): edition %s until %s",
                e.effectiveFrom(),
                prev.edition(),
                until.get()));
      }
    }
    return new Timeline<>(List.copyOf(sorted));
  }

  /**
   * {@return this timeline with one more edition}
   *
   * @param edition an edition of the same table, with an edition id and an effective date not yet
   *     in the timeline
   * @throws IllegalArgumentException as {@link #of(Collection)} when the edition does not fit
   */
  public Timeline<T> with(T edition) {
    Objects.requireNonNull(edition, "edition");
    List<T> list = new ArrayList<>(versions);
    list.add(edition);
    return of(list);
  }

  /** {@return the id of the table} */
  public String tableId() {
    return versions.get(0).tableId();
  }

  /** {@return every edition, oldest to newest (by effective date); never empty} */
  public List<T> versions() {
    return versions;
  }

  /** {@return the newest edition} */
  public T latest() {
    return versions.get(versions.size() - 1);
  }

  /**
   * {@return the edition with this id}
   *
   * @param edition the edition's id
   */
  public Optional<T> edition(String edition) {
    Objects.requireNonNull(edition, "edition");
    return versions.stream().filter(e -> e.edition().equals(edition)).findFirst();
  }

  /**
   * {@return the edition in force on a date: the newest one in force from that date or earlier,
   * unless its own last day has passed}
   *
   * @param date the day
   */
  public Optional<T> inForce(LocalDate date) {
    Objects.requireNonNull(date, "date");
    T found = null;
    for (T e : versions) {
      if (e.effectiveFrom().isAfter(date)) {
        break;
      }
      found = e;
    }
    if (found == null || found.effectiveUntil().filter(date::isAfter).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(found);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Timeline<?> t && t.versions.equals(versions);
  }

  @Override
  public int hashCode() {
    return versions.hashCode();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%s: %s", tableId(), versions.stream().map(TableEdition::edition).toList());
  }
}
