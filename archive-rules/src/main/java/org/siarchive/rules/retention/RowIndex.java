package org.siarchive.rules.retention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.siarchive.rules.retention.Classification.Classified;
import org.siarchive.rules.retention.Classification.Match;
import org.siarchive.rules.retention.Classification.Reason;
import org.siarchive.rules.retention.Classification.Undecided;
import org.siarchive.rules.retention.internal.TextKeys;
import org.siarchive.rules.retention.internal.TextMatcher;

/**
 * The look-up structures of one edition, built once when the edition is loaded.
 *
 * <p>Design: classification by row id is the hot path (bulk disposition of items), so an exact id
 * is one hash look-up that returns a pre-built {@link Classified}, allocation-free; only a miss
 * pays for NFKC normalisation and the category test. Material texts go through a {@link
 * TextMatcher} over each row's material, its enumerated parts and its aliases. Material codes map
 * to rows directly; a code listed by two rows is ambiguous and refused at look-up, not at load,
 * because an edition may legitimately list a code under rows of different categories until a host
 * splits it.
 */
final class RowIndex {
  private final Edition edition;
  private final Map<String, Classification> byId = new HashMap<>();
  private final Map<String, ScheduleRow> byKey = new HashMap<>();
  private final Map<String, List<ScheduleRow>> byCode = new HashMap<>();
  private final TextMatcher<ScheduleRow> texts;
  private final List<Category> categoriesLongestFirst;

  RowIndex(Edition edition) {
    this.edition = edition;
    TextMatcher.Builder<ScheduleRow> matcher = TextMatcher.builder();
    for (ScheduleRow row : edition.rows()) {
      byId.put(row.id(), ofRow(row.id(), row));
      byKey.put(TextKeys.rowId(row.id()), row);
      for (String code : row.materialCodes()) {
        byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(row);
      }
      if (row.material() != null) {
        List<String> terms = new ArrayList<>();
        terms.add(row.material());
        terms.addAll(TextKeys.enumeratedParts(row.material()));
        terms.addAll(row.aliases());
        matcher.add(row, terms);
      }
    }
    this.texts = matcher.build();
    this.categoriesLongestFirst =
        edition.categories().stream()
            .sorted(Comparator.comparingInt((Category c) -> c.id().length()).reversed())
            .toList();
  }

  private Classification ofRow(String query, ScheduleRow row) {
    if (row.period() == null) {
      return new Undecided(
          query,
          Reason.PERIOD_UNKNOWN,
          List.of(row),
          "row "
              + row.id()
              + " of "
              + edition.ref()
              + " is listed but not confirmed ("
              + row.provenance().source()
              + "); its period is unknown");
    }
    return new Classified(query, row, Match.ROW_ID);
  }

  Classification byRowId(String rowId) {
    Classification hit = byId.get(rowId);
    if (hit != null) {
      return hit;
    }
    String key = TextKeys.rowId(rowId);
    ScheduleRow row = byKey.get(key);
    if (row != null) {
      return ofRow(rowId, row);
    }
    for (Category c : categoriesLongestFirst) {
      if (key.startsWith(c.id())) {
        // The longest id the row id starts with is its category: 十一(2) is not a row of 十.
        if (!c.rowsComplete()) {
          return new Undecided(
              rowId,
              Reason.ROW_NOT_LISTED,
              List.of(),
              "row "
                  + rowId
                  + " is not listed in "
                  + edition.ref()
                  + ", whose category "
                  + c.id()
                  + " does not list all its rows; its period cannot be decided");
        }
        break;
      }
    }
    return new Undecided(
        rowId, Reason.NO_SUCH_ROW, List.of(), "no row " + rowId + " in " + edition.ref());
  }

  Classification byMaterialCode(String code) {
    List<ScheduleRow> rows = byCode.getOrDefault(code, List.of());
    if (rows.size() == 1) {
      return classified(code, rows.get(0), Match.MATERIAL_CODE);
    }
    if (rows.isEmpty()) {
      return new Undecided(
          code,
          Reason.NO_MATCH,
          List.of(),
          "no row of " + edition.ref() + " lists material code " + code);
    }
    return ambiguous(code, rows);
  }

  Classification byMaterial(String text) {
    return byMaterial(text, TextKeys.material(text));
  }

  /** {@link #byMaterial(String)} with the text's {@link TextKeys#material} key already made. */
  Classification byMaterial(String text, String key) {
    TextMatcher.Result<ScheduleRow> result = texts.matchKey(key);
    if (result.values().isEmpty()) {
      return new Undecided(
          text,
          Reason.NO_MATCH,
          List.of(),
          "no row of " + edition.ref() + " matches the material \"" + text + "\"");
    }
    if (result.values().size() > 1) {
      return ambiguous(text, result.values());
    }
    Match match =
        switch (result.tier()) {
          case SAME_TEXT -> Match.SAME_TEXT;
          case TEXT_IN_QUERY -> Match.ROW_TEXT_IN_QUERY;
          default -> Match.QUERY_IN_ROW_TEXT;
        };
    return classified(text, result.values().get(0), match);
  }

  private Classification classified(String query, ScheduleRow row, Match match) {
    Classification byRow = ofRow(query, row);
    return byRow instanceof Classified ? new Classified(query, row, match) : byRow;
  }

  private Undecided ambiguous(String query, List<ScheduleRow> rows) {
    return new Undecided(
        query,
        Reason.AMBIGUOUS,
        rows,
        String.format(
            Locale.ROOT,
            "\"%s\" matches rows %s of %s equally; name the row",
            query,
            rows.stream().map(ScheduleRow::id).toList(),
            edition.ref()));
  }
}
