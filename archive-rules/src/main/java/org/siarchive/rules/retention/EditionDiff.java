package org.siarchive.rules.retention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.siarchive.core.internal.ruledata.StrictLoader;
import org.siarchive.rules.Language;
import org.siarchive.rules.retention.internal.DiffDocument;

/**
 * What changed from one edition to another, row by row: rows added, rows removed, and rows changed
 * (period longer or shorter, text, category, codes, provenance). Unchanged rows are not listed.
 * Rendered as JSON ({@link #toJson()}) and as a plain-language summary in Chinese or English that a
 * trainer can hand out ({@link #summary(Language)}), the "新增、删除和变更部分" of a revised table.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * EditionDiff diff = EditionDiff.between(schedules.edition("tianjin", "2019"),
 *                                        schedules.edition("tianjin", "2021"));
 * diff.summary(Language.ZH).forEach(System.out::println);
 * // 变更：一(4)「社会保险登记证管理材料」保管期限由10年延长为30年；延长的期限对已归档材料立即适用。
 * diff.applyTo(older.rows());   // the newer edition's rows
 * }</pre>
 *
 * @param from the older edition
 * @param to the newer edition
 * @param added rows only in {@code to}, in its order
 * @param removed rows only in {@code from}, in its order
 * @param changed rows in both that differ, in {@code to}'s order
 * @since 0.1.0
 */
public record EditionDiff(
    EditionRef from,
    EditionRef to,
    List<ScheduleRow> added,
    List<ScheduleRow> removed,
    List<RowChange> changed) {

  /**
   * Checks the fields and copies the lists.
   *
   * @param from the older edition
   * @param to the newer edition
   * @param added rows only in {@code to}, in its order
   * @param removed rows only in {@code from}, in its order
   * @param changed rows in both that differ, in {@code to}'s order
   */
  public EditionDiff {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /**
   * {@return the difference between the rows of two editions}
   *
   * @param from the older edition
   * @param to the newer edition
   */
  public static EditionDiff between(Edition from, Edition to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return between(from.ref(), from.rows(), to.ref(), to.rows());
  }

  /**
   * {@return the difference between two lists of rows (each id at most once per list)}
   *
   * @param fromRef the older edition's reference
   * @param fromRows the older edition's rows
   * @param toRef the newer edition's reference
   * @param toRows the newer edition's rows
   */
  public static EditionDiff between(
      EditionRef fromRef, List<ScheduleRow> fromRows, EditionRef toRef, List<ScheduleRow> toRows) {
    Map<String, ScheduleRow> older = byId(fromRows, "fromRows");
    Map<String, ScheduleRow> newer = byId(toRows, "toRows");
    List<ScheduleRow> added = new ArrayList<>();
    List<RowChange> changed = new ArrayList<>();
    for (ScheduleRow row : newer.values()) {
      ScheduleRow before = older.get(row.id());
      if (before == null) {
        added.add(row);
      } else {
        Set<RowChange.Kind> kinds = RowChange.between(before, row);
        if (!kinds.isEmpty()) {
          changed.add(new RowChange(row.id(), before, row, kinds));
        }
      }
    }
    List<ScheduleRow> removed =
        older.values().stream().filter(r -> !newer.containsKey(r.id())).toList();
    return new EditionDiff(fromRef, toRef, added, removed, changed);
  }

  private static Map<String, ScheduleRow> byId(List<ScheduleRow> rows, String name) {
    Map<String, ScheduleRow> map = new LinkedHashMap<>();
    for (ScheduleRow r : Objects.requireNonNull(rows, name)) {
      if (map.put(r.id(), r) != null) {
        throw new IllegalArgumentException(name + " lists row " + r.id() + " twice");
      }
    }
    return map;
  }

  /** {@return true when nothing changed} */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /**
   * Applies this diff's changes to rows: removed rows leave, changed rows take their new form in
   * place, added rows are appended. Applied to the {@code from} edition's rows it yields the {@code
   * to} edition's rows (as a set; the order may differ).
   *
   * @param rows rows, each id at most once
   * @return the rows after the changes: the given rows in their order less the removed, the changed
   *     in place, then the added
   * @throws IllegalArgumentException when a removed or changed row is not in the rows as recorded
   *     in the diff, or an added row is already there
   */
  public List<ScheduleRow> applyTo(List<ScheduleRow> rows) {
    Map<String, ScheduleRow> result = byId(rows, "rows");
    for (ScheduleRow r : removed) {
      requireSame(result, r);
      result.remove(r.id());
    }
    for (RowChange c : changed) {
      requireSame(result, c.from());
      result.put(c.rowId(), c.to());
    }
    for (ScheduleRow r : added) {
      if (result.putIfAbsent(r.id(), r) != null) {
        throw new IllegalArgumentException("added row " + r.id() + " is already in the rows");
      }
    }
    return List.copyOf(result.values());
  }

  private static void requireSame(Map<String, ScheduleRow> rows, ScheduleRow expected) {
    if (!expected.equals(rows.get(expected.id()))) {
      throw new IllegalArgumentException(
          "row " + expected.id() + " is not in the rows as the diff recorded it");
    }
  }

  /**
   * {@return the summary, one sentence per added, removed or changed row, then a closing sentence
   * on how the changes apply to records already filed}
   *
   * @param language the language of the sentences
   */
  public List<String> summary(Language language) {
    return DiffWording.of(Objects.requireNonNull(language, "language")).summarise(this);
  }

  /**
   * {@return the diff as JSON: {@code {"from": {...}, "to": {...}, "added": [rows], "removed":
   * [rows], "changed": [{"rowId": ..., "kinds": [...], "from": row, "to": row}]}}, rows in the
   * edition format}
   */
  public String toJson() {
    return StrictLoader.write(
        new DiffDocument(
            DiffDocument.Ref.of(from.scheduleId(), from.edition()),
            DiffDocument.Ref.of(to.scheduleId(), to.edition()),
            added.stream().map(RowMapping::toDocument).toList(),
            removed.stream().map(RowMapping::toDocument).toList(),
            changed.stream()
                .map(
                    c ->
                        new DiffDocument.Change(
                            c.rowId(),
                            c.kinds().stream().sorted().map(Enum::name).toList(),
                            RowMapping.toDocument(c.from()),
                            RowMapping.toDocument(c.to())))
                .toList()));
  }
}
