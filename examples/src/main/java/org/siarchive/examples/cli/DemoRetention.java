package org.siarchive.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.material.TypeRules;
import org.siarchive.rules.report.QualityReport;
import org.siarchive.rules.retention.Disposition;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionSchedules;

/**
 * The demo's retention step: for each business type of the city, the row of the national
 * schedule it is filed under, its period, and when its volumes become due for appraisal — or why
 * that cannot be decided (an unconfirmed row, a period deferring to another regulation).
 */
final class DemoRetention {
  private DemoRetention() {}

  static void print(PrintWriter o, QualityReport report, MaterialRules materials, int year, LocalDate today) {
    RetentionRules rules = RetentionSchedules.withBundledEditions().rulesInForce(RetentionSchedules.NATIONAL, today);
    o.printf(Locale.ROOT, "   schedule in force on %s: %s%n", today, rules.edition().ref());
    o.printf(Locale.ROOT, "   %-34s %7s %-6s %-8s %s%n", "business type", "volumes", "row", "period", "appraisal from");
    for (QualityReport.GroupFigures g : report.categories()) {
      String row =
          materials.businessTypes().stream()
              .filter(t -> t.businessType().toString().equals(g.key()))
              .map(TypeRules::rule)
              .map(r -> r.retentionRow())
              .filter(java.util.Objects::nonNull)
              .findFirst()
              .orElse(null);
      String period;
      String when;
      if (row == null) {
        period = "-";
        when = "no confirmed national row: a local edition decides";
      } else {
        Disposition d = rules.disposition(row, LocalDate.of(year, 12, 31));
        period = rules.classifyRow(row).foundRow().map(r -> r.period() == null ? "?" : r.period().code()).orElse("?");
        if (d instanceof Disposition.Undecided u) {
          when = "undecided: " + u.reason();
        } else {
          when = d.appraisalFrom().map(LocalDate::toString).orElse("never (permanent)");
        }
      }
      o.printf(Locale.ROOT, "   %-34s %7d %-6s %-8s %s%n", g.key(), g.checked(), row == null ? "-" : row, period, when);
    }
  }
}
