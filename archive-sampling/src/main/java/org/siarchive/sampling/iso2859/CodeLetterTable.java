package org.siarchive.sampling.iso2859;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.siarchive.sampling.RuleDataException;
import org.siarchive.sampling.internal.json.Node;
import org.siarchive.sampling.internal.json.StrictJson;

/**
 * The sample-size code letters by lot size and inspection level (ISO 2859-1 Table 1), read from a
 * versioned JSON table. Immutable and thread-safe.
 *
 * <pre>{@code
 * CodeLetterTable t = SamplingTables.iso2859().codeLetters();
 * t.codeLetter(1000, InspectionLevel.II);   // J  (501-1 200)
 * t.codeLetter(2, InspectionLevel.III);     // B
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CodeLetterTable {
  private static final List<String> LEVELS = List.of("S-1", "S-2", "S-3", "S-4", "I", "II", "III");

  private final String id;
  private final long[] minLotSizes;
  private final List<Map<InspectionLevel, CodeLetter>> letters;

  private CodeLetterTable(
      String id, long[] minLotSizes, List<Map<InspectionLevel, CodeLetter>> letters) {
    this.id = id;
    this.minLotSizes = minLotSizes;
    this.letters = letters;
  }

  /**
   * Reads a table from its JSON text, strictly (unknown or missing properties, duplicate keys, gaps
   * between lot-size ranges and unknown letters fail).
   *
   * @param resource the name used in error messages
   * @param json the document
   * @return the table
   * @throws RuleDataException naming the resource, JSON pointer and value
   */
  public static CodeLetterTable parse(String resource, String json) {
    Node root =
        StrictJson.parse(resource, json)
            .requireKeys(
                Set.of("schemaVersion", "id", "title", "source", "levels", "rows"), Set.of());
    root.get("schemaVersion").asInt(1, 1);
    String id = root.get("id").asString();
    List<Node> levels = root.get("levels").elements();
    List<String> names = new ArrayList<>();
    for (Node l : levels) {
      names.add(l.asString());
    }
    if (!names.equals(LEVELS)) {
      throw root.get("levels").error("levels must be " + LEVELS + ", found " + names);
    }
    List<Node> rows = root.get("rows").elements();
    if (rows.isEmpty()) {
      throw root.get("rows").error("no rows");
    }
    long[] mins = new long[rows.size()];
    List<Map<InspectionLevel, CodeLetter>> letters = new ArrayList<>();
    long expectedMin = 2;
    for (int i = 0; i < rows.size(); i++) {
      boolean last = i == rows.size() - 1;
      Node row =
          rows.get(i)
              .requireKeys(Set.of("minLotSize", "letters"), last ? Set.of() : Set.of("maxLotSize"));
      long min = row.get("minLotSize").asLong(2, Long.MAX_VALUE);
      if (min != expectedMin) {
        throw row.get("minLotSize")
            .error(
                String.format(
                    Locale.ROOT,
                    "lot-size ranges must be contiguous from 2: expected %d, found %d",
                    expectedMin,
                    min));
      }
      if (!last) {
        if (!row.has("maxLotSize")) {
          throw row.error("missing property \"maxLotSize\" (only the last row is open-ended)");
        }
        long max = row.get("maxLotSize").asLong(min, Long.MAX_VALUE - 1);
        expectedMin = max + 1;
      }
      mins[i] = min;
      List<Node> cells = row.get("letters").elements();
      if (cells.size() != LEVELS.size()) {
        throw row.get("letters")
            .error(
                String.format(
                    Locale.ROOT, "expected %d letters, found %d", LEVELS.size(), cells.size()));
      }
      Map<InspectionLevel, CodeLetter> byLevel = new EnumMap<>(InspectionLevel.class);
      for (int j = 0; j < cells.size(); j++) {
        CodeLetter letter;
        try {
          letter = CodeLetter.parse(cells.get(j).asString());
        } catch (IllegalArgumentException e) {
          throw cells.get(j).error(String.valueOf(e.getMessage()));
        }
        if (letter == CodeLetter.S) {
          throw cells
              .get(j)
              .error("code letter S is reached only through arrows, not from the lot size");
        }
        // The table's columns are the inspection levels in their declared order.
        @SuppressWarnings("EnumOrdinal")
        InspectionLevel level = InspectionLevel.values()[j];
        byLevel.put(level, letter);
      }
      letters.add(byLevel);
    }
    return new CodeLetterTable(id, mins, List.copyOf(letters));
  }

  /** {@return the table's id, e.g. {@code "iso2859-1-code-letters"}} */
  public String id() {
    return id;
  }

  /**
   * Returns the code letter for a lot.
   *
   * @param lotSize {@code N}, at least 2 (the table's first range)
   * @param level the inspection level
   * @return the code letter
   * @throws IllegalArgumentException naming the lot size when it is below the table
   */
  public CodeLetter codeLetter(long lotSize, InspectionLevel level) {
    Objects.requireNonNull(level, "level");
    if (lotSize < minLotSizes[0]) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for lot size (valid values >= %d): %d",
              minLotSizes[0],
              lotSize));
    }
    int row = 0;
    while (row + 1 < minLotSizes.length && minLotSizes[row + 1] <= lotSize) {
      row++;
    }
    return Objects.requireNonNull(letters.get(row).get(level));
  }
}
