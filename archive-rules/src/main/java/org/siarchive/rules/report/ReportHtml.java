package org.siarchive.rules.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a {@link QualityReport} as one self-contained HTML page: the figures as tables and two
 * charts as inline SVG (problem-volume rate per sub-centre; the Pareto of defects with its
 * cumulative line). It loads nothing: no script at all, the only style is inline, no font, image or
 * stylesheet from the network. Every text from the report is HTML-escaped.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.html"), ReportHtml.render(report));
 * }</pre>
 */
public final class ReportHtml {
  private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();
  private static final int BAR = 22;
  private static final int LEFT = 230;
  private static final int WIDTH = 560;

  private ReportHtml() {}

  /** The page. */
  public static String render(QualityReport report) {
    Objects.requireNonNull(report, "report");
    QualityReport.Totals t = report.totals();
    StringBuilder b = new StringBuilder(16_384);
    b.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>质量分析报告 Quality analysis report</title>\n<style>\n")
        .append(
            "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
        .append("th,td{border:1px solid #bbb;padding:2px 8px;text-align:right}th{background:#eee}")
        .append(
            "td.l,th.l{text-align:left}.note{color:#666}svg text{font-size:12px;font-family:sans-serif}\n")
        .append("</style>\n</head>\n<body>\n")
        .append("<h1>质量分析报告 Quality analysis report</h1>\n");
    p(b, "suite " + report.suite() + "; rules: " + String.join("; ", report.editions()));
    for (String n : report.notPerformed()) {
      p(b, "not performed: " + n);
    }
    p(
        b,
        String.format(
            Locale.ROOT,
            "read %d, checked %d, rejected %d; volumes with defects 问题案卷 %d (%s); defects 缺陷 %d",
            t.read(),
            t.checked(),
            t.rejected(),
            t.volumesWithDefects(),
            Rates.percent(t.problemRate()),
            t.defects()));
    if (report.change() != null) {
      p(
          b,
          "problem-volume rate before "
              + Rates.percent(report.change().problemRateBefore())
              + ", change "
              + Rates.points(report.change().problemRateDelta()));
    }
    b.append("<h2>按分中心 By sub-centre</h2>\n");
    rateChart(b, report.subCenters());
    groupTable(b, report.subCenters());
    b.append("<h2>按类别 By category</h2>\n");
    groupTable(b, report.categories());
    b.append("<h2>缺陷排列图 Pareto of defects</h2>\n");
    paretoChart(b, report.pareto());
    b.append(
            "<table>\n<tr><th class=\"l\">code</th><th class=\"l\">名称</th><th class=\"l\">severity</th>")
        .append("<th>defects</th><th>volumes</th><th>share</th><th>cumulative</th></tr>\n");
    for (QualityReport.CodeFigures c : report.pareto()) {
      b.append("<tr>");
      cell(b, c.code(), true);
      cell(b, c.zh() + " / " + c.en(), true);
      cell(b, c.severity(), true);
      cell(b, Long.toString(c.defects()), false);
      cell(b, Long.toString(c.volumes()), false);
      cell(b, Rates.percent(c.share()), false);
      cell(b, Rates.percent(c.cumulativeShare()), false);
      b.append("</tr>\n");
    }
    b.append("</table>\n");
    if (report.change() != null) {
      b.append("<h2>与上期比较 Change against the previous report</h2>\n");
      p(b, "rules then: " + String.join("; ", report.change().previousEditions()));
      b.append(
          "<table>\n<tr><th class=\"l\">code</th><th>before</th><th>now</th><th>change</th></tr>\n");
      for (QualityReport.CodeChange c : report.change().codes()) {
        b.append("<tr>");
        cell(b, c.code(), true);
        cell(b, Long.toString(c.before()), false);
        cell(b, Long.toString(c.now()), false);
        cell(b, Rates.signed(c.delta()), false);
        b.append("</tr>\n");
      }
      b.append("</table>\n");
    }
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static void p(StringBuilder b, String text) {
    b.append("<p class=\"note\">").append(ESCAPE.escape(text)).append("</p>\n");
  }

  private static void cell(StringBuilder b, String text, boolean left) {
    b.append(left ? "<td class=\"l\">" : "<td>").append(ESCAPE.escape(text)).append("</td>");
  }

  private static void groupTable(StringBuilder b, List<QualityReport.GroupFigures> groups) {
    b.append("<table>\n<tr><th class=\"l\">key</th><th class=\"l\">名称</th><th>checked</th>")
        .append("<th>with defects</th><th>rate</th><th>defects</th></tr>\n");
    for (QualityReport.GroupFigures g : groups) {
      b.append("<tr>");
      cell(b, g.key(), true);
      cell(b, g.name(), true);
      cell(b, Long.toString(g.checked()), false);
      cell(b, Long.toString(g.volumesWithDefects()), false);
      cell(b, Rates.percent(g.problemRate()), false);
      cell(b, Long.toString(g.defects()), false);
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  /** Horizontal bars: each group's problem-volume rate, scaled to the highest. */
  private static void rateChart(StringBuilder b, List<QualityReport.GroupFigures> groups) {
    BigDecimal max =
        groups.stream()
            .map(QualityReport.GroupFigures::problemRate)
            .max(BigDecimal::compareTo)
            .orElse(BigDecimal.ZERO);
    int height = BAR * groups.size() + 10;
    svgOpen(b, LEFT + WIDTH + 80, height, "problem-volume rate per sub-centre");
    int y = 5;
    for (QualityReport.GroupFigures g : groups) {
      int w =
          max.signum() == 0
              ? 0
              : g.problemRate()
                  .multiply(BigDecimal.valueOf(WIDTH))
                  .divide(max, 0, java.math.RoundingMode.HALF_EVEN)
                  .intValue();
      text(b, LEFT - 6, y + 15, "end", g.key());
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#c0504d\"/>",
              LEFT,
              y + 3,
              w,
              BAR - 6));
      text(b, LEFT + w + 4, y + 15, "start", Rates.percent(g.problemRate()));
      y += BAR;
    }
    b.append("</svg>\n");
  }

  /** Vertical bars per code, most frequent first, with the cumulative share as a line. */
  private static void paretoChart(StringBuilder b, List<QualityReport.CodeFigures> codes) {
    int n = codes.size();
    int barWidth = 28;
    int plot = 220;
    int top = 20;
    int left = 50;
    int width = left + n * barWidth + 60;
    int height = top + plot + 180;
    svgOpen(b, Math.max(width, 300), height, "Pareto of defects");
    long max = codes.stream().mapToLong(QualityReport.CodeFigures::defects).max().orElse(0);
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>",
            left,
            top + plot,
            left + n * barWidth,
            top + plot));
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < n; i++) {
      QualityReport.CodeFigures c = codes.get(i);
      int h = max == 0 ? 0 : (int) (c.defects() * plot / max);
      int x = left + i * barWidth;
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#4f81bd\"><title>%s</title></rect>",
              x + 3,
              top + plot - h,
              barWidth - 6,
              h,
              ESCAPE.escape(c.code() + " " + c.zh() + ": " + c.defects())));
      int cy = top + plot - c.cumulativeShare().multiply(BigDecimal.valueOf(plot)).intValue();
      line.append(i == 0 ? "" : " ").append(x + barWidth / 2).append(',').append(cy);
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" transform=\"rotate(60 %d %d)\">%s</text>",
              x + 8,
              top + plot + 12,
              x + 8,
              top + plot + 12,
              ESCAPE.escape(c.code())));
    }
    if (n > 0) {
      b.append("<polyline fill=\"none\" stroke=\"#c0504d\" stroke-width=\"2\" points=\"")
          .append(line)
          .append("\"/>");
      text(b, left + n * barWidth + 4, top + 10, "start", "100%");
    }
    text(b, left - 4, top + 10, "end", Long.toString(max));
    text(b, left - 4, top + plot, "end", "0");
    b.append("</svg>\n");
  }

  private static void svgOpen(StringBuilder b, int width, int height, String label) {
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
            width,
            height,
            width,
            height,
            ESCAPE.escape(label)));
  }

  private static void text(StringBuilder b, int x, int y, String anchor, String text) {
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>",
            x,
            y,
            anchor,
            ESCAPE.escape(text)));
  }
}
