package org.siarchive.sampling.iso2859;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The set of ISO 2859-1 tables in use: code letters and one plan table per inspection. The bundled
 * tables ship as rule data in the {@code archive-rules-data} artifact and are assembled from the
 * rule-data providers by {@code org.siarchive.rules.SamplingTables.iso2859()} (archive-rules); a
 * host of this module alone reads them with {@link CodeLetterTable#parse} and {@link
 * PlanTable#parse} and assembles them with {@link #of}. A host may replace the reduced table (the
 * bundled one is the ANSI/ASQ Z1.4 variant) with an ISO reduced table it loads as data. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * Iso2859Tables t = SamplingTables.iso2859();   // org.siarchive.rules.SamplingTables
 * SamplingPlan p = t.plan(1000, InspectionLevel.II, Aql.parse("1.0"), InspectionSeverity.NORMAL);
 * // J 80 2/3;  t.plan(5, InspectionLevel.II, Aql.parse("1.0"), InspectionSeverity.NORMAL)
 * // gives code letter A, plan letter E (the arrow), n = 13 >= 5: full inspection
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Iso2859Tables {
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

  /** {@return the code-letter table} */
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
}
