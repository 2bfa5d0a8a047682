package org.siarchive.rules.material;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.siarchive.rules.internal.RuleData;
import org.siarchive.rules.internal.BundledIndex;

/**
 * Every edition of one set of material rules, oldest to newest, and the edition in force on a
 * date — the way {@code java.time.zone.ZoneRulesProvider} serves the versions of a zone's rules.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * MaterialRuleBook book = MaterialRuleBook.bundled()
 *     .with(MaterialRules.load(Path.of("illustrative-2027.1.json")));
 * book.inForce(LocalDate.of(2026, 6, 1));  // the edition in force that day
 * }</pre>
 */
public final class MaterialRuleBook {
  private static final class Bundled {
    private static final MaterialRuleBook BOOK = loadBundled();
  }

  private final List<MaterialRules> editions;

  private MaterialRuleBook(List<MaterialRules> editions) {
    this.editions = editions;
  }

  /**
   * A book of editions of one rule set.
   *
   * @param editions at least one; one rule set id; distinct editions and effective dates
   * @throws IllegalArgumentException naming the edition that breaks a rule
   */
  public static MaterialRuleBook of(Collection<MaterialRules> editions) {
    Objects.requireNonNull(editions, "editions");
    if (editions.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for editions (at least one): 0 editions");
    }
    List<MaterialRules> sorted = new ArrayList<>(editions);
    sorted.sort(Comparator.comparing(MaterialRules::effectiveFrom));
    MaterialRules first = sorted.get(0);
    for (int i = 1; i < sorted.size(); i++) {
      MaterialRules e = sorted.get(i);
      MaterialRules prev = sorted.get(i - 1);
      if (!e.id().equals(first.id())) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Invalid value for editions (one rule set, %s): %s from %s",
                first.id(),
                e.id(),
                e.source()));
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
      for (MaterialRules other : sorted.subList(0, i)) {
        if (other.edition().equals(e.edition())) {
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT, "Invalid value for edition (distinct editions): %s twice", e.edition()));
        }
      }
    }
    return new MaterialRuleBook(List.copyOf(sorted));
  }

  /** The bundled illustrative rule set, every edition listed in its index. */
  public static MaterialRuleBook bundled() {
    return Bundled.BOOK;
  }

  private static MaterialRuleBook loadBundled() {
    List<MaterialRules> list = new ArrayList<>();
    BundledIndex index = BundledIndex.of(MaterialRuleBook.class);
    for (int i = 0; i < index.files().size(); i++) {
      MaterialRulesDocument doc = index.load(MaterialRuleBook.class, i, MaterialRulesDocument.class);
      list.add(MaterialRules.of(doc, index.files().get(i).name()));
    }
    return of(list);
  }

  /** A book with one more edition. */
  public MaterialRuleBook with(MaterialRules edition) {
    Objects.requireNonNull(edition, "edition");
    List<MaterialRules> list = new ArrayList<>(editions);
    list.add(edition);
    return of(list);
  }

  /** Every edition, oldest to newest. */
  public List<MaterialRules> editions() {
    return editions;
  }

  /** The newest edition. */
  public MaterialRules latest() {
    return editions.get(editions.size() - 1);
  }

  /** The edition in force on the date: the newest whose effective date is not after it. */
  public Optional<MaterialRules> inForce(LocalDate date) {
    Objects.requireNonNull(date, "date");
    MaterialRules found = null;
    for (MaterialRules e : editions) {
      if (!e.effectiveFrom().isAfter(date)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The rule set's id. */
  public String id() {
    return editions.get(0).id();
  }

}
