package org.siarchive.sampling.iso2859;

import java.util.Objects;

/**
 * The switching rules of ISO 2859-1 for one product: tables, inspection level (which never changes
 * when switching), AQL, and whether the responsible authority approves reduced inspection (with
 * steady production). Each supplier (one sub-centre's successive batches) gets its own state
 * machine from {@link #start()}. Immutable and thread-safe.
 *
 * <pre>{@code
 * SwitchingRules rules = new SwitchingRules(SamplingTables.iso2859(), InspectionLevel.II,
 *     Aql.parse("1.0"), false);
 * SupplierInspection supplier = rules.start();
 * LotDecision first = supplier.record(1000, 0);   // normal, J 80 2/3, accepted
 * }</pre>
 *
 * @param tables the tables
 * @param level the inspection level
 * @param aql the AQL; must be a column of every table
 * @param reducedApproved whether switching to reduced inspection is approved
 * @since 0.1.0
 */
public record SwitchingRules(
    Iso2859Tables tables, InspectionLevel level, Aql aql, boolean reducedApproved) {

  /**
   * Validates the components; the AQL must be a column of every table.
   *
   * @param tables the tables
   * @param level the inspection level
   * @param aql the AQL; must be a column of every table
   * @param reducedApproved whether switching to reduced inspection is approved
   */
  public SwitchingRules {
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(aql, "aql");
    for (InspectionSeverity i : InspectionSeverity.values()) {
      tables.table(i).column(aql);
    }
  }

  /**
   * Starts the state machine of a supplier at normal inspection with switching score 0.
   *
   * @return a new, independent state machine
   */
  public SupplierInspection start() {
    return new SupplierInspection(this);
  }
}
