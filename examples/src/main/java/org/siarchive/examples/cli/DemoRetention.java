package org.siarchive.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.retention.Disposition;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionRun;
import org.siarchive.rules.retention.RetentionRunSummary;
import org.siarchive.rules.retention.RetentionSchedules;
import org.siarchive.rules.retention.RetentionText;
import org.siarchive.rules.retention.VolumeClassification;
import org.siarchive.rules.retention.VolumeImpact;

/**
 * The demo's retention step: every volume of the city dated by the library's one answer ({@link
 * RetentionRules#classify}), under the bundled ILLUSTRATIVE local edition (the national edition
 * extended so that every business type of the city has a row), summed per business type: the rows,
 * the period and when the volumes become due for appraisal, or why that cannot be decided.
 */
final class DemoRetention {
  private DemoRetention() {}

  /** What one business type's volumes got. */
  static final class Figures {
    long volumes;
    long undecided;
    final Set<String> rows = new LinkedHashSet<>();
    final Set<String> periods = new LinkedHashSet<>();
    final Set<String> appraisal = new LinkedHashSet<>();
    String firstUndecided;
  }

  /**
   * The rules the demo dates the city by: the illustrative edition in force, with the city's
   * material rules.
   */
  static RetentionRules rules(MaterialRules materials, LocalDate today) {
    return RetentionSchedules.withIllustrativeEdition()
        .rulesInForce(RetentionSchedules.ILLUSTRATIVE, today)
        .withMaterialRules(materials);
  }

  /** The run's figures and what each business type's volumes got, business types sorted. */
  record Result(RetentionRunSummary summary, Map<String, Figures> byType, RetentionRules rules) {}

  /** Dates every volume of the file, summing per business type. */
  static Result judge(Path data, MaterialRules materials, LocalDate today) {
    RetentionRules rules = rules(materials, today);
    Map<String, Figures> byType = new TreeMap<>();
    RetentionRunSummary summary =
        RetentionRun.builder(rules, today)
            .listener(
                (LineResult.Decoded decoded, VolumeImpact impact) -> {
                  Figures f =
                      byType.computeIfAbsent(
                          decoded.volume().businessType().toString(), k -> new Figures());
                  f.volumes++;
                  VolumeClassification c = impact.classification();
                  f.rows.addAll(c.rowIds());
                  if (c instanceof VolumeClassification.Decided d) {
                    f.periods.add(d.period().code());
                    Disposition disposition = c.disposition();
                    f.appraisal.add(
                        disposition
                            .appraisalFrom()
                            .map(LocalDate::toString)
                            .orElse("never (permanent)"));
                  } else {
                    f.undecided++;
                    if (f.firstUndecided == null) {
                      f.firstUndecided = ((VolumeClassification.Undecided) c).reason();
                    }
                  }
                })
            .build()
            .run(data);
    return new Result(summary, byType, rules);
  }

  static Result print(PrintWriter o, Path data, MaterialRules materials, LocalDate today) {
    Result result = judge(data, materials, today);
    RetentionRules rules = result.rules();
    o.printf(
        Locale.ROOT,
        "   schedule in force on %s: %s (ILLUSTRATIVE local edition over %s; not a regulation)%n",
        today,
        rules.edition().ref(),
        rules.edition().base().map(Object::toString).orElse("none"));
    o.printf(Locale.ROOT, "   %s%n", RetentionText.dispositionSummary(result.summary()));
    o.printf(
        Locale.ROOT,
        "   %-34s %7s %-6s %-8s %s%n",
        "business type",
        "volumes",
        "row",
        "period",
        "appraisal from");
    result
        .byType()
        .forEach(
            (type, f) ->
                o.printf(
                    Locale.ROOT,
                    "   %-34s %7d %-6s %-8s %s%n",
                    type,
                    f.volumes,
                    f.rows.isEmpty() ? "-" : String.join(",", f.rows),
                    f.periods.isEmpty() ? "-" : String.join(",", f.periods),
                    f.undecided == 0
                        ? String.join(", ", f.appraisal)
                        : String.format(
                            Locale.ROOT, "%d undecided: %s", f.undecided, f.firstUndecided)));
    return result;
  }
}
