package org.siarchive.sampling.iso2859;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.siarchive.sampling.RuleDataException;
import org.siarchive.sampling.internal.json.BundledIndex;

/**
 * The set of ISO 2859-1 tables in use: code letters and one plan table per inspection. The bundled
 * set reads the JSON resources of this package, each checked against the SHA-256 recorded in {@code
 * index.json}; a host may replace the reduced table (the bundled one is the ANSI/ASQ Z1.4 variant)
 * with an ISO reduced table it loads as data. Immutable and thread-safe.
 *
 * <pre>{@code
 * Iso2859Tables t = Iso2859Tables.bundled();
 * SamplingPlan p = t.plan(1000, InspectionLevel.II, Aql.parse("1.0"), InspectionSeverity.NORMAL);
 * // J 80 2/3;  t.plan(5, InspectionLevel.II, Aql.parse("1.0"), InspectionSeverity.NORMAL)
 * // gives code letter A, plan letter E (the arrow), n = 13 >= 5: full inspection
 * }</pre>
 */
public final class Iso2859Tables {
  /** The resource names of the bundled tables, in the order of {@code index.json}. */
  public static final List<String> BUNDLED_RESOURCES =
      List.of(
          "code-letters.json",
          "iso2859-1-normal.json",
          "iso2859-1-tightened.json",
          "ansi-z1.4-reduced.json");

  private final CodeLetterTable codeLetters;
  private final Map<InspectionSeverity, PlanTable> tables;

  private Iso2859Tables(
      CodeLetterTable codeLetters, PlanTable normal, PlanTable tightened, PlanTable reduced) {
    this.codeLetters = codeLetters;
    Map<InspectionSeverity, PlanTable> m = new LinkedHashMap<>();
    m.put(InspectionSeverity.NORMAL, check(normal, InspectionSeverity.NORMAL));
    m.put(InspectionSeverity.TIGHTENED, check(tightened, InspectionSeverity.TIGHTENED));
    m.put(InspectionSeverity.REDUCED, check(reduced, InspectionSeverity.REDUCED));
    this.tables = Map.copyOf(m);
  }

  private static PlanTable check(PlanTable table, InspectionSeverity expected) {
    Objects.requireNonNull(table, expected.label());
    if (table.inspection() != expected) {
      throw new IllegalArgumentException(
          "Invalid table for "
              + expected.label()
              + " inspection: "
              + table.id()
              + " serves "
              + table.inspection().label()
              + " inspection");
    }
    return table;
  }

  /**
   * Assembles a set of tables.
   *
   * @param codeLetters the code-letter table
   * @param normal a table for normal inspection
   * @param tightened a table for tightened inspection
   * @param reduced a table for reduced inspection
   * @return the set
   * @throws IllegalArgumentException when a table serves another inspection
   */
  public static Iso2859Tables of(
      CodeLetterTable codeLetters, PlanTable normal, PlanTable tightened, PlanTable reduced) {
    return new Iso2859Tables(
        Objects.requireNonNull(codeLetters, "codeLetters"), normal, tightened, reduced);
  }

  /**
   * Returns the bundled tables (loaded once).
   *
   * @return ISO 2859-1 code letters, normal and tightened tables and the ANSI/ASQ Z1.4 reduced
   *     table
   * @throws RuleDataException when a bundled resource does not match its recorded digest or schema
   */
  public static Iso2859Tables bundled() {
    return Bundled.TABLES;
  }

  /**
   * Returns a copy using another reduced table, e.g. the ISO 2859-1 reduced table a host loads.
   *
   * @param reduced a table whose inspection is {@code reduced}
   * @return the new set
   */
  public Iso2859Tables withReducedTable(PlanTable reduced) {
    return new Iso2859Tables(
        codeLetters,
        table(InspectionSeverity.NORMAL),
        table(InspectionSeverity.TIGHTENED),
        reduced);
  }

  /** Returns the code-letter table. */
  public CodeLetterTable codeLetters() {
    return codeLetters;
  }

  /**
   * Returns the plan table of an inspection.
   *
   * @param inspection the inspection
   * @return its table
   */
  public PlanTable table(InspectionSeverity inspection) {
    // The constructor fills every inspection.
    return Objects.requireNonNull(tables.get(Objects.requireNonNull(inspection, "inspection")));
  }

  /**
   * Returns the plan for a lot: the code letter from the lot size and level, then the plan of that
   * inspection's table at the AQL with arrows resolved.
   *
   * @param lotSize {@code N}, at least 2
   * @param level the inspection level
   * @param aql an AQL column of the table
   * @param inspection normal, tightened or reduced
   * @return the plan, with {@link SamplingPlan#isFullInspection()} when {@code n >= N}
   * @throws IllegalArgumentException naming the lot size or the AQL when outside the tables
   */
  public SamplingPlan plan(
      long lotSize, InspectionLevel level, Aql aql, InspectionSeverity inspection) {
    CodeLetter letter = codeLetters.codeLetter(lotSize, level);
    PlanTable table = table(inspection);
    PlanTable.Entry e = table.plan(letter, aql);
    return new SamplingPlan(
        letter,
        e.planLetter(),
        inspection,
        aql,
        lotSize,
        e.sampleSize(),
        e.acceptanceNumber(),
        e.rejectionNumber(),
        table.acceptsBetweenAcceptanceAndRejection(),
        table.id());
  }

  /** Lazily loaded bundled tables (initialisation-on-demand holder). */
  private static final class Bundled {
    static final Iso2859Tables TABLES = load();

    private static Iso2859Tables load() {
      BundledIndex index = BundledIndex.of(Iso2859Tables.class);
      List<String> files = index.tables().stream().map(BundledIndex.Entry::file).toList();
      if (!files.equals(BUNDLED_RESOURCES)) {
        throw new RuleDataException(
            BundledIndex.RESOURCE,
            "/tables",
            "expected the tables " + BUNDLED_RESOURCES,
            files.toString());
      }
      Map<String, String> texts = new LinkedHashMap<>();
      for (int i = 0; i < files.size(); i++) {
        String kind = i == 0 ? "iso2859-code-letters" : "iso2859-plans";
        texts.put(index.entry(i, kind, 1).file(), index.text(Iso2859Tables.class, i));
      }
      return new Iso2859Tables(
          CodeLetterTable.parse("code-letters.json", listed(texts, "code-letters.json")),
          PlanTable.parse("iso2859-1-normal.json", listed(texts, "iso2859-1-normal.json")),
          PlanTable.parse("iso2859-1-tightened.json", listed(texts, "iso2859-1-tightened.json")),
          PlanTable.parse("ansi-z1.4-reduced.json", listed(texts, "ansi-z1.4-reduced.json")));
    }

    /** The text of a bundled file; the index was checked above to list exactly these files. */
    private static String listed(Map<String, String> texts, String file) {
      return Objects.requireNonNull(texts.get(file), file);
    }
  }
}
