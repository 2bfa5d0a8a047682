package org.siarchive.sampling.iso2859;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.siarchive.sampling.RuleDataException;
import org.siarchive.sampling.internal.json.Node;
import org.siarchive.sampling.internal.json.StrictJson;

/**
 * One master table of single sampling plans (normal, tightened or reduced): per code letter its
 * sample size, per AQL column a cell. Cells are {@code "Ac/Re"} (a plan with the row's sample
 * size), {@code "n:Ac/Re"} (a plan with its own sample size, as in tables whose arrows are already
 * resolved), {@code "v"} and {@code "^"} (arrows), or {@code ""} (no plan). Immutable and
 * thread-safe.
 *
 * <p>An arrow means: use the first plan in the arrow's direction in the same AQL column, with that
 * plan's own sample size and code letter. A {@code "n:Ac/Re"} cell belongs to the nearest row whose
 * sample size is {@code n} (the upper row on a tie). Unless the table declares {@code
 * "betweenAcAndRe": "accept-and-return-to-normal"} (the ANSI reduced table), every plan has {@code
 * Re = Ac + 1}.
 *
 * <pre>{@code
 * PlanTable iso = PlanTable.load(Path.of("iso2859-1-reduced.json"));   // a host's ISO reduced table
 * Iso2859Tables tables = SamplingTables.iso2859().withReducedTable(iso);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PlanTable {
  private static final Pattern PLAN = Pattern.compile("(?:(\\d+):)?(\\d+)/(\\d+)");
  private static final String GAP_RULE = "accept-and-return-to-normal";

  private final String id;
  private final InspectionSeverity inspection;
  private final Optional<String> variant;
  private final List<Aql> aqls;
  private final List<String> aqlLabels;
  private final boolean acceptsBetweenAcAndRe;
  private final Map<CodeLetter, Integer> sampleSizes;
  private final Map<CodeLetter, List<String>> cells;

  private PlanTable(
      String id,
      InspectionSeverity inspection,
      Optional<String> variant,
      List<String> aqlLabels,
      boolean acceptsBetweenAcAndRe,
      Map<CodeLetter, Integer> sampleSizes,
      Map<CodeLetter, List<String>> cells) {
    this.id = id;
    this.inspection = inspection;
    this.variant = variant;
    this.aqlLabels = aqlLabels;
    this.aqls = aqlLabels.stream().map(Aql::parse).collect(Collectors.toUnmodifiableList());
    this.acceptsBetweenAcAndRe = acceptsBetweenAcAndRe;
    this.sampleSizes = sampleSizes;
    this.cells = cells;
  }

  /**
   * One plan of a table after arrows: the letter of the row it stands in, its sample size and its
   * acceptance and rejection numbers. Immutable.
   *
   * <p>Example: {@code new PlanTable.Entry(CodeLetter.J, 80, 2, 3)}.
   *
   * @param planLetter the code letter of the plan used
   * @param sampleSize {@code n}
   * @param acceptanceNumber {@code Ac}
   * @param rejectionNumber {@code Re}, above {@code Ac}
   */
  public record Entry(
      CodeLetter planLetter, int sampleSize, int acceptanceNumber, int rejectionNumber) {
    /**
     * Validates the components.
     *
     * @param planLetter the code letter of the plan used
     * @param sampleSize {@code n}
     * @param acceptanceNumber {@code Ac}
     * @param rejectionNumber {@code Re}, above {@code Ac}
     */
    public Entry {
      Objects.requireNonNull(planLetter, "planLetter");
      if (sampleSize < 1 || acceptanceNumber < 0 || rejectionNumber <= acceptanceNumber) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Invalid plan (valid: n >= 1, 0 <= Ac < Re): n=%d Ac=%d Re=%d",
                sampleSize,
                acceptanceNumber,
                rejectionNumber));
      }
    }
  }

  /**
   * Reads a table from a file.
   *
   * @param file the JSON file
   * @return the table
   * @throws RuleDataException naming the file, JSON pointer and value
   * @throws UncheckedIOException when the file cannot be read
   */
  public static PlanTable load(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read plan table " + file, e);
    }
  }

  /**
   * Reads a table from its JSON text, strictly: unknown or missing properties, duplicate keys,
   * trailing tokens, malformed cells, arrows leading off the table and {@code Re != Ac + 1} (unless
   * declared) fail.
   *
   * @param resource the name used in error messages
   * @param json the document
   * @return the table
   * @throws RuleDataException naming the resource, JSON pointer and value
   */
  public static PlanTable parse(String resource, String json) {
    Node root =
        StrictJson.parse(resource, json)
            .requireKeys(
                Set.of("schemaVersion", "id", "inspection", "title", "source", "aqls", "rows"),
                Set.of("variant", "betweenAcAndRe"));
    root.get("schemaVersion").asInt(1, 1);
    String id = root.get("id").asString();
    InspectionSeverity inspection;
    try {
      inspection = InspectionSeverity.parse(root.get("inspection").asString());
    } catch (IllegalArgumentException e) {
      throw root.get("inspection").error(String.valueOf(e.getMessage()));
    }
    Optional<String> variant =
        root.has("variant") ? Optional.of(root.get("variant").asString()) : Optional.empty();
    boolean gap = false;
    if (root.has("betweenAcAndRe")) {
      String rule = root.get("betweenAcAndRe").asString();
      if (!rule.equals(GAP_RULE)) {
        throw root.get("betweenAcAndRe")
            .error("unknown rule \"" + rule + "\" (known: " + GAP_RULE + ")");
      }
      gap = true;
    }
    List<String> labels = new ArrayList<>();
    BigDecimal previous = null;
    for (Node a : root.get("aqls").elements()) {
      String label = a.asString();
      BigDecimal v;
      try {
        v = new BigDecimal(label);
      } catch (NumberFormatException e) {
        throw a.error("not a decimal AQL: \"" + label + "\"");
      }
      if (v.signum() <= 0 || (previous != null && v.compareTo(previous) <= 0)) {
        throw a.error("AQLs must be positive and increasing, found \"" + label + "\"");
      }
      previous = v;
      labels.add(label);
    }
    if (labels.isEmpty()) {
      throw root.get("aqls").error("no AQL columns");
    }
    Map<CodeLetter, Integer> sizes = new EnumMap<>(CodeLetter.class);
    Map<CodeLetter, List<String>> cells = new EnumMap<>(CodeLetter.class);
    Map<CodeLetter, Node> rowNodes = new EnumMap<>(CodeLetter.class);
    CodeLetter last = null;
    for (Node row : root.get("rows").elements()) {
      row.requireKeys(Set.of("letter", "sampleSize", "cells"), Set.of());
      CodeLetter letter;
      try {
        letter = CodeLetter.parse(row.get("letter").asString());
      } catch (IllegalArgumentException e) {
        throw row.get("letter").error(String.valueOf(e.getMessage()));
      }
      if (last != null && letter.compareTo(last) <= 0) {
        throw row.get("letter")
            .error("rows must be in increasing letter order, found " + letter + " after " + last);
      }
      last = letter;
      int n = row.get("sampleSize").asInt(1, Integer.MAX_VALUE);
      List<String> rowCells = new ArrayList<>();
      List<Node> cellNodes = row.get("cells").elements();
      if (cellNodes.size() != labels.size()) {
        throw row.get("cells")
            .error(
                String.format(
                    Locale.ROOT,
                    "expected %d cells (one per AQL), found %d",
                    labels.size(),
                    cellNodes.size()));
      }
      for (Node c : cellNodes) {
        String cell = c.asString();
        checkCell(c, cell, gap);
        rowCells.add(cell);
      }
      sizes.put(letter, n);
      cells.put(letter, List.copyOf(rowCells));
      rowNodes.put(letter, row);
    }
    for (CodeLetter l : CodeLetter.values()) {
      if (l != CodeLetter.S && !sizes.containsKey(l)) {
        throw root.get("rows").error("missing row for code letter " + l);
      }
    }
    PlanTable table =
        new PlanTable(id, inspection, variant, List.copyOf(labels), gap, sizes, cells);
    for (Map.Entry<CodeLetter, List<String>> e : cells.entrySet()) {
      for (int col = 0; col < e.getValue().size(); col++) {
        if (!e.getValue().get(col).isEmpty()) {
          try {
            table.resolve(e.getKey(), col);
          } catch (IllegalArgumentException ex) {
            throw Objects.requireNonNull(rowNodes.get(e.getKey()))
                .get("cells")
                .elements()
                .get(col)
                .error(String.valueOf(ex.getMessage()));
          }
        }
      }
    }
    return table;
  }

  private static void checkCell(Node node, String cell, boolean gap) {
    if (cell.isEmpty() || cell.equals("v") || cell.equals("^")) {
      return;
    }
    Matcher m = PLAN.matcher(cell);
    if (!m.matches()) {
      throw node.error("unknown cell \"" + cell + "\" (expected Ac/Re, n:Ac/Re, v, ^ or empty)");
    }
    int ac = Integer.parseInt(m.group(2));
    int re = Integer.parseInt(m.group(3));
    if (re <= ac || (!gap && re != ac + 1)) {
      throw node.error(
          String.format(
              Locale.ROOT,
              "cell \"%s\": Re must be %s Ac",
              cell,
              gap ? "above" : "exactly 1 above"));
    }
    if (m.group(1) != null && Integer.parseInt(m.group(1)) < 1) {
      throw node.error("cell \"" + cell + "\": sample size must be at least 1");
    }
  }

  /** {@return the table's id, e.g. {@code "iso2859-1-normal"}} */
  public String id() {
    return id;
  }

  /** {@return the inspection this table serves} */
  public InspectionSeverity inspection() {
    return inspection;
  }

  /** {@return the variant label, e.g. the ANSI/ASQ Z1.4 label of the bundled reduced table} */
  public Optional<String> variant() {
    return variant;
  }

  /** {@return the AQL columns in increasing order} */
  public List<Aql> aqls() {
    return aqls;
  }

  /**
   * Tells whether a lot with {@code Ac < d < Re} is accepted (and sends inspection back to normal),
   * as in the ANSI/ASQ Z1.4 reduced table.
   *
   * @return whether such a gap rule is declared
   */
  public boolean acceptsBetweenAcceptanceAndRejection() {
    return acceptsBetweenAcAndRe;
  }

  /**
   * Returns the plan used for a code letter and AQL, arrows resolved.
   *
   * @param letter the code letter from the lot size
   * @param aql one of {@link #aqls()}
   * @return the plan actually used (its letter may differ from {@code letter})
   * @throws IllegalArgumentException naming the valid AQLs and the value, or when the table has no
   *     plan there
   */
  public Entry plan(CodeLetter letter, Aql aql) {
    Objects.requireNonNull(letter, "letter");
    return resolve(letter, column(aql));
  }

  /**
   * Returns the plan one AQL column tighter (smaller) than {@code aql} for the same code letter, if
   * the table has such a column: used by the switching score.
   *
   * @param letter the plan's code letter
   * @param aql one of {@link #aqls()}
   * @return the plan at the next smaller AQL, arrows resolved; empty at the smallest AQL
   */
  public Optional<Entry> planOneStepTighter(CodeLetter letter, Aql aql) {
    int col = column(aql);
    return col == 0 ? Optional.empty() : Optional.of(resolve(letter, col - 1));
  }

  int column(Aql aql) {
    Objects.requireNonNull(aql, "aql");
    int col = aqls.indexOf(aql);
    if (col < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for AQL (valid values %s): %s",
              String.join(", ", aqlLabels),
              aql));
    }
    return col;
  }

  private Entry resolve(CodeLetter start, int col) {
    List<CodeLetter> letters = List.copyOf(cells.keySet());
    int row = letters.indexOf(start);
    if (row < 0) {
      throw new IllegalArgumentException("table " + id + " has no row for code letter " + start);
    }
    String cell = Objects.requireNonNull(cells.get(start)).get(col);
    int step = cell.equals("v") ? 1 : cell.equals("^") ? -1 : 0;
    while (step != 0) {
      row += step;
      if (row < 0 || row >= letters.size()) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "table %s: the arrow from %s at AQL %s leads off the table",
                id,
                start,
                aqlLabels.get(col)));
      }
      cell = Objects.requireNonNull(cells.get(letters.get(row))).get(col);
      if (!cell.equals(step > 0 ? "v" : "^")) {
        break;
      }
    }
    if (cell.isEmpty() || cell.equals("v") || cell.equals("^")) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "table %s has no plan for code letter %s at AQL %s",
              id,
              start,
              aqlLabels.get(col)));
    }
    Matcher m = PLAN.matcher(cell);
    if (!m.matches()) {
      throw new IllegalStateException("unchecked cell " + cell);
    }
    CodeLetter rowLetter = letters.get(row);
    int n =
        m.group(1) == null
            ? Objects.requireNonNull(sampleSizes.get(rowLetter))
            : Integer.parseInt(m.group(1));
    CodeLetter planLetter =
        m.group(1) == null ? rowLetter : letterWithSampleSize(letters, row, n, col);
    return new Entry(planLetter, n, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  private CodeLetter letterWithSampleSize(List<CodeLetter> letters, int row, int n, int col) {
    for (int distance = 0; distance < letters.size(); distance++) {
      for (int candidate : new int[] {row - distance, row + distance}) {
        if (candidate >= 0
            && candidate < letters.size()
            && Objects.requireNonNull(sampleSizes.get(letters.get(candidate))) == n) {
          return letters.get(candidate);
        }
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "table %s: no row has the sample size %d of the cell at %s, AQL %s",
            id,
            n,
            letters.get(row),
            aqlLabels.get(col)));
  }
}
