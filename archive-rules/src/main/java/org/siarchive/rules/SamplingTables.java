package org.siarchive.rules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.ruledata.provider.RuleTable;
import org.siarchive.core.ruledata.provider.RuleTables;
import org.siarchive.sampling.iso2859.CodeLetterTable;
import org.siarchive.sampling.iso2859.Iso2859Tables;
import org.siarchive.sampling.iso2859.PlanTable;

/**
 * The ISO 2859-1 tables as rule data: the code letters and the normal, tightened and reduced plan
 * tables that the rule-data providers offer (the bundled ones ship in {@code archive-rules-data}),
 * each checked against its provider's digest and read strictly by the sampling module. The sampling
 * module does the arithmetic; this class only finds its tables, the way {@link
 * org.siarchive.rules.retention.RetentionSchedules} finds retention editions.
 *
 * <pre>{@code
 * SamplingPlan p = SamplingTables.iso2859()
 *     .plan(1000, InspectionLevel.II, Aql.parse("1.0"), InspectionSeverity.NORMAL);
 * // code letter J, n = 80, Ac 2, Re 3
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SamplingTables {
  /** The kind of the code-letter table. */
  public static final String CODE_LETTERS = "iso2859-code-letters";

  /** The kind of the plan tables. */
  public static final String PLANS = "iso2859-plans";

  /** The table ids of the normal, tightened and reduced plans, in that order. */
  public static final List<String> PLAN_IDS =
      List.of("iso2859-1-normal", "iso2859-1-tightened", "ansi-z1.4-reduced");

  private SamplingTables() {}

  /**
   * {@return the tables of the installed rule-data providers ({@link RuleTables#installed()}), read
   * once}
   *
   * @throws RuleDataException when a table is missing, refused or damaged
   */
  public static Iso2859Tables iso2859() {
    return Installed.TABLES;
  }

  private static final class Installed {
    private static final Iso2859Tables TABLES = iso2859Of(RuleTables.installed());
  }

  /**
   * {@return the newest edition of each table that some providers offer: the last one listed of
   * each id, providers in order}
   *
   * @param tables the tables of the rule-data providers
   * @throws RuleDataException when a table is missing, its format is newer than this library reads,
   *     its bytes differ from its index, or it does not parse
   */
  public static Iso2859Tables iso2859Of(RuleTables tables) {
    Objects.requireNonNull(tables, "tables");
    RuleTable letters = newest(tables, CODE_LETTERS, null);
    return Iso2859Tables.of(
        CodeLetterTable.parse(letters.file(), text(tables, letters)),
        plans(tables, PLAN_IDS.get(0)),
        plans(tables, PLAN_IDS.get(1)),
        plans(tables, PLAN_IDS.get(2)));
  }

  private static PlanTable plans(RuleTables tables, String id) {
    RuleTable t = newest(tables, PLANS, id);
    PlanTable table = PlanTable.parse(t.file(), text(tables, t));
    t.requireHolds(t.file(), table.id(), t.edition(), null);
    return table;
  }

  private static RuleTable newest(
      RuleTables tables, String kind, @org.jspecify.annotations.Nullable String id) {
    List<RuleTable> offered =
        tables.tables(kind, 1).stream().filter(t -> id == null || t.id().equals(id)).toList();
    if (offered.isEmpty()) {
      throw new RuleDataException(
          "rule-data providers " + tables.providers(),
          "",
          "no provider offers the "
              + kind
              + (id == null ? "" : " table " + id)
              + " (add org.siarchive:archive-rules-data)",
          null);
    }
    return offered.get(offered.size() - 1);
  }

  private static String text(RuleTables tables, RuleTable t) {
    return new String(tables.bytes(t), StandardCharsets.UTF_8);
  }
}
