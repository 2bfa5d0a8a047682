package org.siarchive.rules.report;

import java.util.Locale;
import java.util.Objects;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.quality.NotPerformed;

/**
 * Renders a {@link QualityReport} as plain text, headings in Chinese and English, figures in
 * aligned columns.
 *
 * <pre>{@code
 * System.out.print(ReportText.render(report));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReportText {
  private ReportText() {}

  /**
   * {@return the report as text, ending in a line break}
   *
   * @param report the report
   */
  public static String render(QualityReport report) {
    Objects.requireNonNull(report, "report");
    StringBuilder b = new StringBuilder();
    QualityReport.Totals t = report.totals();
    line(b, "质量分析报告 Quality analysis report");
    QualityReport.Header h = report.header();
    if (h != null) {
      line(b, "出具单位 issuing unit: %s", h.issuingUnit() == null ? "-" : h.issuingUnit());
      line(b, "报告日期 date: %s; 检查对象 input: %s", h.issuedOn(), h.input());
      line(b, "批次 batch: %s", h.batch() == null ? "-" : h.batch());
      line(b, "工具 tool: %s %s", h.tool(), h.toolVersion());
      line(
          b,
          "总体结论 verdict: %s %s (volumes without defects %s; acceptance rate %s)",
          h.verdict().zh(),
          h.verdict().en(),
          Rates.percent(t.checked() - t.volumesWithDefects(), t.checked()),
          Rates.percentOfExact(h.acceptanceRate()));
    }
    line(b, "suite %s; rules: %s", report.suite(), String.join("; ", report.editions()));
    for (NotPerformed n : report.notPerformed()) {
      line(b, "%s", n.toText());
    }
    line(b, "");
    line(b, "read %d, checked %d, rejected %d", t.read(), t.checked(), t.rejected());
    for (LineResult.Rejected r : report.rejectedLines()) {
      line(
          b,
          "  rejected line %d%s: %s",
          r.line(),
          r.pointer().isEmpty() ? "" : " at " + r.pointer(),
          r.message());
    }
    if (report.rejectedLines().size() < t.rejected()) {
      line(
          b,
          "  (the first %d of %d rejected lines are listed)",
          report.rejectedLines().size(),
          t.rejected());
    }
    line(
        b,
        "volumes with defects 问题案卷 %d of %d (%s); defects 缺陷 %d",
        t.volumesWithDefects(),
        t.checked(),
        Rates.percent(t.volumesWithDefects(), t.checked()),
        t.defects());
    QualityReport.Change change = report.change();
    if (change != null) {
      line(
          b,
          "problem-volume rate before %s, change %s",
          Rates.percent(change.problemRateBefore()),
          Rates.points(change.problemRateDelta()));
      if (change.rejectedBefore() > 0) {
        line(
            b,
            "  the previous input had %d rejected records: its rates are over the volumes it read",
            change.rejectedBefore());
      }
    }
    groups(b, "By sub-centre 按分中心", report.subCenters());
    groups(b, "By category 按类别", report.categories());
    line(b, "");
    line(b, "Pareto of defects 缺陷排列图");
    line(
        b,
        "  %-30s %-8s %8s %8s %8s %8s  %s",
        "code",
        "severity",
        "defects",
        "volumes",
        "share",
        "cumul.",
        "名称");
    for (QualityReport.CodeFigures c : report.pareto()) {
      line(
          b,
          "  %-30s %-8s %8d %8d %8s %8s  %s",
          c.code(),
          c.severity(),
          c.defects(),
          c.volumes(),
          Rates.percent(c.defects(), t.defects()),
          Rates.percent(c.cumulativeShare()),
          c.zh());
    }
    if (change != null) {
      line(b, "");
      line(
          b,
          "Change against the previous report 与上期比较 (rules then: %s)",
          String.join("; ", change.previousEditions()));
      if (change.populationsDiffer()) {
        line(
            b,
            "  populations differ 两期总体不同: %d volumes checked then, %d now (or other"
                + " sub-centres or checks); rates compare, counts do not",
            change.checkedBefore(),
            change.checkedNow());
      }
      line(
          b,
          "  %-30s %9s -> %9s  %-10s %s",
          "code (volumes with it)",
          "before",
          "now",
          "change",
          "defects");
      for (QualityReport.CodeChange c : change.codes()) {
        line(
            b,
            "  %-30s %9s -> %9s  %-10s %d -> %d",
            c.code(),
            Rates.percent(c.volumesBefore(), change.checkedBefore()),
            Rates.percent(c.volumesNow(), change.checkedNow()),
            Rates.points(
                c.volumesBefore(), change.checkedBefore(), c.volumesNow(), change.checkedNow()),
            c.before(),
            c.now());
      }
      line(b, "  %-30s %9s -> %9s  %s", "sub-centre (problem rate)", "before", "now", "change");
      for (QualityReport.RateChange r : change.subCenters()) {
        line(
            b,
            "  %-30s %9s -> %9s  %s",
            r.key(),
            r.before() == null ? "-" : Rates.percent(r.before()),
            r.now() == null ? "-" : Rates.percent(r.now()),
            r.before() == null || r.now() == null
                ? ""
                : Rates.points(r.now().subtract(r.before())));
      }
    }
    return b.toString();
  }

  private static void groups(
      StringBuilder b, String title, java.util.List<QualityReport.GroupFigures> groups) {
    line(b, "");
    line(b, "%s", title);
    line(b, "  %-36s %8s %9s %8s %8s  %s", "key", "checked", "w/defects", "rate", "defects", "名称");
    for (QualityReport.GroupFigures g : groups) {
      line(
          b,
          "  %-36s %8d %9d %8s %8d  %s",
          g.key(),
          g.checked(),
          g.volumesWithDefects(),
          Rates.percent(g.volumesWithDefects(), g.checked()),
          g.defects(),
          g.name());
    }
  }

  private static void line(StringBuilder b, String format, Object... args) {
    b.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
