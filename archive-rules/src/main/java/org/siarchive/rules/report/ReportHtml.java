package org.siarchive.rules.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.Language;
import org.siarchive.rules.internal.HtmlPage;
import org.siarchive.rules.quality.NotPerformed;

/**
 * Renders a {@link QualityReport} as one self-contained HTML page a director can sign: the header
 * (issuing unit, date, input, batch, suite, rule editions, tool version, the acceptance rate and
 * the verdict), the figures as tables, and two charts as inline SVG — the problem-volume rate per
 * sub-centre, sorted, against the threshold the acceptance rate sets; the Pareto of defects with
 * the catalogue's names in the report's language and its cumulative line. Both charts have axes
 * with ticks and gridlines. The page prints on A4 (print CSS) and names CJK fonts in its font stack
 * (Noto CJK, Source Han, Microsoft YaHei, PingFang). It loads nothing: no script at all, the only
 * style is inline, no font, image or stylesheet from the network. Every text from the report is
 * HTML-escaped.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.html"), ReportHtml.render(report, Language.ZH));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReportHtml {
  private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();

  /**
   * The CSS font stack of the pages this SDK writes (this report, the storage plan): CJK fonts
   * first (Noto CJK, Source Han, Microsoft YaHei, PingFang, Hiragino, WenQuanYi), then the
   * platform's sans-serif.
   */
  public static final String FONTS = HtmlPage.FONTS;

  private static final String STYLE =
      "body{font-family:"
          + FONTS
          + ";margin:2em auto;padding:0 1em;max-width:1100px;color:#222;line-height:1.4}"
          + "h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.2em;margin:1.4em 0 .4em}"
          + "table{border-collapse:collapse;margin:.6em 0}"
          + "th,td{border:1px solid #bbb;padding:2px 8px;text-align:right;overflow-wrap:anywhere}"
          + "th{background:#eee}td.l,th.l{text-align:left}.note{color:#555}"
          + "table.header th{text-align:left;width:11em}table.header td{text-align:left}"
          + ".PASS{color:#1a7f37;font-weight:bold}.FAIL{color:#b42318;font-weight:bold}"
          + ".INCOMPLETE,.NOTHING_CHECKED{color:#9a6700;font-weight:bold}"
          + "svg{display:block;max-width:100%;height:auto;margin:.4em 0}"
          + "svg text{font-family:"
          + FONTS
          + ";font-size:12px;fill:#222}"
          + ".sign{display:flex;flex-wrap:wrap;gap:1em 3em;margin:2.5em 0 1em}"
          + ".sign span.line{display:inline-block;width:9em;border-bottom:1px solid #222}"
          + "@page{size:A4;margin:12mm}"
          + "@media print{body{margin:0;padding:0;max-width:none;font-size:10pt}"
          + "h2{break-after:avoid}svg,tr,table.header,.sign{break-inside:avoid}}";

  private ReportHtml() {}

  /**
   * {@return the page in Chinese ({@link #render(QualityReport, Language)} with {@link
   * Language#ZH})}
   *
   * @param report the report
   */
  public static String render(QualityReport report) {
    return render(report, Language.ZH);
  }

  /**
   * {@return the page, its headings, labels and the Pareto's defect names in {@code language} (the
   * catalogue's own names)}
   *
   * @param report the report
   * @param language the language of the page's words
   */
  public static String render(QualityReport report, Language language) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(language, "language");
    Words w = new Words(language);
    QualityReport.Totals t = report.totals();
    StringBuilder b = new StringBuilder(32_768);
    b.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language == Language.ZH ? "zh-CN" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(ESCAPE.escape(w.of("质量分析报告", "Quality analysis report")))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("\n</style>\n</head>\n<body>\n");
    tag(b, "h1", w.of("质量分析报告", "Quality analysis report"));
    header(b, report, w);
    for (NotPerformed n : report.notPerformed()) {
      p(b, w.of("未执行：", "not performed: ") + n.check() + " (" + n.reason() + ")");
    }
    p(
        b,
        w.of(
            String.format(
                Locale.ROOT,
                "读取 %d 条，检查 %d 卷，拒收 %d 条；问题案卷 %d 卷（%s）；缺陷 %d 处",
                t.read(),
                t.checked(),
                t.rejected(),
                t.volumesWithDefects(),
                Rates.percent(t.volumesWithDefects(), t.checked()),
                t.defects()),
            String.format(
                Locale.ROOT,
                "read %d, checked %d, rejected %d; volumes with defects %d (%s); defects %d",
                t.read(),
                t.checked(),
                t.rejected(),
                t.volumesWithDefects(),
                Rates.percent(t.volumesWithDefects(), t.checked()),
                t.defects())));
    rejectedSection(b, report, w);
    BigDecimal threshold = threshold(report);
    tag(b, "h2", w.of("按分中心", "By sub-centre"));
    rateChart(b, report.subCenters(), threshold, w);
    groupTable(b, report.subCenters(), w);
    tag(b, "h2", w.of("按类别", "By category"));
    groupTable(b, report.categories(), w);
    tag(b, "h2", w.of("缺陷排列图", "Pareto of defects"));
    paretoChart(b, report.pareto(), w);
    paretoTable(b, report.pareto(), w);
    QualityReport.Change change = report.change();
    if (change != null) {
      changeSection(b, report, change, w);
    }
    b.append("<div class=\"sign\">");
    for (String who : List.of(w.of("编制人", "Prepared by"), w.of("审核人", "Reviewed by"))) {
      b.append("<div>").append(ESCAPE.escape(who)).append(" <span class=\"line\"></span></div>");
    }
    b.append("<div>")
        .append(ESCAPE.escape(w.of("签发人", "Approved by")))
        .append(" <span class=\"line\"></span> ")
        .append(ESCAPE.escape(w.of("日期", "Date")))
        .append(" <span class=\"line\"></span></div></div>\n");
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  /** The problem-volume rate the acceptance rate allows (1 − rate); null without a header. */
  private static @Nullable BigDecimal threshold(QualityReport report) {
    QualityReport.Header h = report.header();
    return h == null ? null : BigDecimal.ONE.subtract(h.acceptanceRate());
  }

  private static void header(StringBuilder b, QualityReport report, Words w) {
    QualityReport.Header h = report.header();
    String none = "—";
    b.append("<table class=\"header\">\n");
    row(
        b,
        w.of("出具单位", "Issuing unit"),
        h == null || h.issuingUnit() == null ? none : h.issuingUnit(),
        "");
    row(b, w.of("报告日期", "Date"), h == null ? none : h.issuedOn().toString(), "");
    row(b, w.of("检查对象", "Input"), h == null ? none : h.input(), "");
    row(b, w.of("批次", "Batch"), h == null || h.batch() == null ? none : h.batch(), "");
    row(b, w.of("检查环节", "Checks"), report.suite(), "");
    row(b, w.of("规则版本", "Rule editions"), String.join("; ", report.editions()), "");
    row(b, w.of("工具版本", "Tool"), h == null ? none : h.tool() + " " + h.toolVersion(), "");
    if (h != null) {
      QualityReport.Totals t = report.totals();
      row(
          b,
          w.of("合格标准", "Acceptance rate"),
          w.of("无缺陷案卷占比 ≥ ", "volumes without defects ≥ ")
              + Rates.percentOfExact(h.acceptanceRate()),
          "");
      row(
          b,
          w.of("总体结论", "Verdict"),
          w.of(h.verdict().zh(), h.verdict().en())
              + w.of("（无缺陷案卷 ", " (volumes without defects ")
              + Rates.percent(t.checked() - t.volumesWithDefects(), t.checked())
              + w.of("）", ")"),
          h.verdict().name());
    }
    b.append("</table>\n");
  }

  private static void row(StringBuilder b, String label, String value, String cls) {
    b.append("<tr><th>")
        .append(ESCAPE.escape(label))
        .append("</th><td")
        .append(cls.isEmpty() ? "" : " class=\"" + cls + "\"")
        .append('>')
        .append(ESCAPE.escape(value))
        .append("</td></tr>\n");
  }

  private static void changeSection(
      StringBuilder b, QualityReport report, QualityReport.Change c, Words w) {
    tag(b, "h2", w.of("与上期比较", "Change against the previous report"));
    p(b, w.of("上期规则：", "rules then: ") + String.join("; ", c.previousEditions()));
    QualityReport.Totals t = report.totals();
    p(
        b,
        w.of("问题案卷率 ", "problem-volume rate ")
            + Rates.percent(c.problemRateBefore())
            + " → "
            + Rates.percent(t.volumesWithDefects(), t.checked())
            + " ("
            + Rates.points(c.problemRateDelta())
            + ")");
    if (c.rejectedBefore() > 0) {
      p(
          b,
          w.of(
              String.format(Locale.ROOT, "上期输入有 %d 条记录无法读取：其比率只计已读取的案卷。", c.rejectedBefore()),
              String.format(
                  Locale.ROOT,
                  "The previous input had %d records that could not be read: its rates are over"
                      + " the volumes it read.",
                  c.rejectedBefore())));
    }
    if (c.populationsDiffer()) {
      p(
          b,
          w.of(
              String.format(
                  Locale.ROOT,
                  "两期总体不同（上期检查 %d 卷，本期 %d 卷，或分中心、检查环节不同）：比较比率，不比较件数。",
                  c.checkedBefore(),
                  c.checkedNow()),
              String.format(
                  Locale.ROOT,
                  "The populations differ (%d volumes checked then, %d now, or other sub-centres"
                      + " or checks): compare the rates, not the counts.",
                  c.checkedBefore(),
                  c.checkedNow())));
    }
    b.append("<table>\n<tr><th class=\"l\">")
        .append(ESCAPE.escape(w.of("缺陷代码", "code")))
        .append("</th><th>")
        .append(ESCAPE.escape(w.of("上期涉及案卷率", "volumes with it, before")))
        .append("</th><th>")
        .append(ESCAPE.escape(w.of("本期涉及案卷率", "volumes with it, now")))
        .append("</th><th>")
        .append(ESCAPE.escape(w.of("变化", "change")))
        .append("</th><th>")
        .append(ESCAPE.escape(w.of("缺陷数 上期 → 本期", "defects before → now")))
        .append("</th></tr>\n");
    for (QualityReport.CodeChange code : c.codes()) {
      b.append("<tr>");
      cell(b, code.code(), true);
      cell(b, Rates.percent(code.volumesBefore(), c.checkedBefore()), false);
      cell(b, Rates.percent(code.volumesNow(), c.checkedNow()), false);
      cell(
          b,
          Rates.points(code.volumesBefore(), c.checkedBefore(), code.volumesNow(), c.checkedNow()),
          false);
      cell(b, code.before() + " → " + code.now(), false);
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  private static void p(StringBuilder b, String text) {
    b.append("<p class=\"note\">").append(ESCAPE.escape(text)).append("</p>\n");
  }

  private static void tag(StringBuilder b, String tag, String text) {
    b.append('<').append(tag).append('>').append(ESCAPE.escape(text));
    b.append("</").append(tag).append(">\n");
  }

  /** The records that could not be read: line, pointer and why, the first ones listed. */
  private static void rejectedSection(StringBuilder b, QualityReport report, Words w) {
    long rejected = report.totals().rejected();
    if (rejected == 0) {
      return;
    }
    tag(b, "h2", w.of("未能读取的记录", "Records that could not be read"));
    int listed = report.rejectedLines().size();
    if (listed < rejected) {
      p(
          b,
          w.of(
              String.format(Locale.ROOT, "共 %d 条，列出前 %d 条。", rejected, listed),
              String.format(Locale.ROOT, "%d in all; the first %d are listed.", rejected, listed)));
    }
    b.append("<table>\n<tr><th>")
        .append(ESCAPE.escape(w.of("行号", "line")))
        .append("</th><th class=\"l\">")
        .append(ESCAPE.escape(w.of("位置", "pointer")))
        .append("</th><th class=\"l\">")
        .append(ESCAPE.escape(w.of("原因", "reason")))
        .append("</th></tr>\n");
    for (LineResult.Rejected r : report.rejectedLines()) {
      b.append("<tr>");
      cell(b, Long.toString(r.line()), false);
      cell(b, r.pointer().isEmpty() ? "(line)" : r.pointer(), true);
      cell(b, r.message(), true);
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  private static void cell(StringBuilder b, String text, boolean left) {
    b.append(left ? "<td class=\"l\">" : "<td>").append(ESCAPE.escape(text)).append("</td>");
  }

  private static void th(StringBuilder b, String text, boolean left) {
    b.append(left ? "<th class=\"l\">" : "<th>").append(ESCAPE.escape(text)).append("</th>");
  }

  private static void groupTable(
      StringBuilder b, List<QualityReport.GroupFigures> groups, Words w) {
    b.append("<table>\n<tr>");
    th(b, w.of("代码", "key"), true);
    th(b, w.of("名称", "name"), true);
    th(b, w.of("检查案卷", "checked"), false);
    th(b, w.of("问题案卷", "with defects"), false);
    th(b, w.of("问题案卷率", "rate"), false);
    th(b, w.of("缺陷数", "defects"), false);
    b.append("</tr>\n");
    for (QualityReport.GroupFigures g : groups) {
      b.append("<tr>");
      cell(b, g.key(), true);
      cell(b, g.name(), true);
      cell(b, Long.toString(g.checked()), false);
      cell(b, Long.toString(g.volumesWithDefects()), false);
      cell(b, Rates.percent(g.volumesWithDefects(), g.checked()), false);
      cell(b, Long.toString(g.defects()), false);
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  private static void paretoTable(StringBuilder b, List<QualityReport.CodeFigures> codes, Words w) {
    b.append("<table>\n<tr>");
    th(b, w.of("缺陷代码", "code"), true);
    th(b, w.of("名称", "name"), true);
    th(b, w.of("严重程度", "severity"), true);
    th(b, w.of("缺陷数", "defects"), false);
    th(b, w.of("涉及案卷", "volumes"), false);
    th(b, w.of("占比", "share"), false);
    th(b, w.of("累计占比", "cumulative"), false);
    b.append("</tr>\n");
    long all = codes.stream().mapToLong(QualityReport.CodeFigures::defects).sum();
    long running = 0;
    for (QualityReport.CodeFigures c : codes) {
      running += c.defects();
      b.append("<tr>");
      cell(b, c.code(), true);
      cell(b, w.of(c.zh(), c.en()), true);
      cell(b, c.severity(), true);
      cell(b, Long.toString(c.defects()), false);
      cell(b, Long.toString(c.volumes()), false);
      cell(b, Rates.percent(c.defects(), all), false);
      cell(b, Rates.percent(running, all), false);
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  // ---- charts -------------------------------------------------------------------------------
  //
  // Geometry is in SVG user units (the viewBox); the page scales each chart to its width (A4 on
  // paper). Text widths are estimated generously (a CJK character 1 em, anything else 0.62 em)
  // and the margins are sized from them, so no label is cut; the headless-Chromium test measures
  // the real boxes.

  private static final int FONT = 12;
  private static final int PLOT_W = 480;

  /** Horizontal bars: each sub-centre's problem-volume rate, highest first, and the threshold. */
  private static void rateChart(
      StringBuilder b,
      List<QualityReport.GroupFigures> groups,
      @Nullable BigDecimal threshold,
      Words w) {
    List<QualityReport.GroupFigures> sorted = new ArrayList<>(groups);
    sorted.sort(
        Comparator.comparing(QualityReport.GroupFigures::problemRate)
            .reversed()
            .thenComparing(QualityReport.GroupFigures::key));
    List<String> labels = new ArrayList<>();
    double labelW = 0;
    for (QualityReport.GroupFigures g : sorted) {
      String label = g.name().equals(g.key()) ? g.key() : g.key() + " " + g.name();
      labels.add(label);
      labelW = Math.max(labelW, width(label));
    }
    BigDecimal max = threshold == null ? BigDecimal.ZERO : threshold;
    for (QualityReport.GroupFigures g : sorted) {
      max = max.max(g.problemRate());
    }
    Axis axis = Axis.of(max.movePointRight(2).doubleValue(), 8);
    int bar = 22;
    int left = (int) Math.ceil(labelW) + 12;
    int top = 26;
    int plotH = bar * Math.max(1, sorted.size());
    int right = 56;
    int width = left + PLOT_W + right;
    int height = top + plotH + 44;
    svgOpen(b, width, height, "problem-volume rate per sub-centre");
    for (double tick : axis.ticks()) {
      double x = left + PLOT_W * tick / axis.top();
      line(b, x, top, x, top + plotH, "#ddd", null);
      text(b, x, top + plotH + 16, "middle", axis.label(tick) + "%", null);
    }
    String title = w.of("问题案卷率（%）", "problem-volume rate (%)");
    text(b, left + PLOT_W / 2.0, height - 6, "middle", title, null);
    for (int i = 0; i < sorted.size(); i++) {
      QualityReport.GroupFigures g = sorted.get(i);
      double rate = g.problemRate().movePointRight(2).doubleValue();
      double len = PLOT_W * rate / axis.top();
      double y = top + i * bar;
      boolean above = threshold != null && g.problemRate().compareTo(threshold) > 0;
      text(b, left - 6, y + 15, "end", labels.get(i), null);
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>",
              left,
              y + 4,
              len,
              bar - 8,
              above ? "#c0504d" : "#4f81bd",
              ESCAPE.escape(
                  labels.get(i) + ": " + Rates.percent(g.volumesWithDefects(), g.checked()))));
      text(
          b,
          left + len + 4,
          y + 15,
          "start",
          Rates.percent(g.volumesWithDefects(), g.checked()),
          null);
    }
    line(b, left, top, left, top + plotH, "#444", null);
    line(b, left, top + plotH, left + PLOT_W, top + plotH, "#444", null);
    if (threshold != null) {
      double x = left + PLOT_W * threshold.movePointRight(2).doubleValue() / axis.top();
      line(b, x, top - 6, x, top + plotH, "#b42318", "5 3");
      String label = w.of("阈值 ", "threshold ") + Rates.percentOfExact(threshold);
      double lw = width(label);
      double lx = Math.min(Math.max(x, left + lw / 2), left + PLOT_W + right - lw / 2 - 2);
      text(b, lx, top - 10, "middle", label, "#b42318");
    }
    b.append("</svg>\n");
  }

  /** Vertical bars per code, most frequent first, with the cumulative share as a line. */
  private static void paretoChart(StringBuilder b, List<QualityReport.CodeFigures> codes, Words w) {
    int n = codes.size();
    int plotH = 220;
    int top = 24;
    int slot = n == 0 ? PLOT_W : Math.max(20, PLOT_W / n);
    long all = codes.stream().mapToLong(QualityReport.CodeFigures::defects).sum();
    long max = codes.stream().mapToLong(QualityReport.CodeFigures::defects).max().orElse(0);
    Axis axis = Axis.of((double) max, 6);
    // Labels hang from each bar's centre at -45°: each reaches w·cos45° left and down of it.
    double diag = Math.sqrt(0.5);
    double axisLabelW = width(axis.label(axis.top()));
    int left = (int) Math.ceil(Math.max(axisLabelW + 14, 40));
    double down = 0;
    for (int i = 0; i < n; i++) {
      double reach = width(name(codes.get(i), w)) * diag + FONT * diag;
      left = (int) Math.max(left, Math.ceil(reach - i * slot - slot / 2.0 + 6));
      down = Math.max(down, reach);
    }
    int plotW = Math.max(slot * n, 200);
    int right = 48;
    int width = left + plotW + right;
    int height = (int) Math.ceil(top + plotH + 10 + down + 8);
    svgOpen(b, width, height, "Pareto of defects");
    double base = top + plotH;
    for (double tick : axis.ticks()) {
      double y = base - plotH * tick / axis.top();
      line(b, left, y, left + plotW, y, "#ddd", null);
      text(b, left - 6, y + 4, "end", axis.label(tick), null);
    }
    for (int pct = 0; pct <= 100; pct += 20) {
      double y = base - plotH * pct / 100.0;
      text(b, left + plotW + 6, y + 4, "start", pct + "%", null);
    }
    double y80 = base - plotH * 0.8;
    line(b, left, y80, left + plotW, y80, "#c0504d", "2 3");
    text(b, left, top - 10, "start", w.of("缺陷数", "defects"), null);
    text(b, left + plotW + right - 2, top - 10, "end", w.of("累计", "cumulative"), null);
    StringBuilder points = new StringBuilder();
    long running = 0;
    for (int i = 0; i < n; i++) {
      QualityReport.CodeFigures c = codes.get(i);
      running += c.defects();
      double h = axis.top() == 0 ? 0 : plotH * c.defects() / axis.top();
      double x = left + i * slot;
      double cx = x + slot / 2.0;
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"#4f81bd\"><title>%s</title></rect>",
              x + 3,
              base - h,
              slot - 6,
              h,
              ESCAPE.escape(c.code() + " " + name(c, w) + ": " + c.defects())));
      double share = all == 0 ? 0 : (double) running / all;
      points.append(i == 0 ? "" : " ");
      points.append(String.format(Locale.ROOT, "%.1f,%.1f", cx, base - plotH * share));
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" transform=\"rotate(-45 %.1f %.1f)\">%s</text>",
              cx,
              base + 14,
              cx,
              base + 14,
              ESCAPE.escape(name(c, w))));
    }
    if (n > 0) {
      b.append("<polyline fill=\"none\" stroke=\"#c0504d\" stroke-width=\"2\" points=\"")
          .append(points)
          .append("\"/>");
    }
    line(b, left, top, left, base, "#444", null);
    line(b, left + plotW, top, left + plotW, base, "#444", null);
    line(b, left, base, left + plotW, base, "#444", null);
    b.append("</svg>\n");
  }

  private static String name(QualityReport.CodeFigures c, Words w) {
    return w.of(c.zh(), c.en());
  }

  /** A generous estimate of a text's width at {@value #FONT} px. */
  static double width(String text) {
    double wd = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      wd += cp >= 0x2E80 ? FONT : FONT * 0.62;
      i += Character.charCount(cp);
    }
    return wd;
  }

  /** An axis from 0 to a round top with round steps (1, 2, 2.5 or 5 times a power of ten). */
  record Axis(double step, int count) {
    static Axis of(double max, int most) {
      if (max <= 0) {
        return new Axis(1, 1);
      }
      double raw = max / most;
      double pow = Math.pow(10, Math.floor(Math.log10(raw)));
      double step = pow;
      for (double m : new double[] {1, 2, 2.5, 5, 10}) {
        if (m * pow >= raw) {
          step = m * pow;
          break;
        }
      }
      return new Axis(step, (int) Math.ceil(max / step - 1e-9));
    }

    double top() {
      return step * count;
    }

    List<Double> ticks() {
      List<Double> t = new ArrayList<>();
      for (int i = 0; i <= count; i++) {
        t.add(step * i);
      }
      return t;
    }

    String label(double v) {
      return BigDecimal.valueOf(v)
          .setScale(4, RoundingMode.HALF_EVEN)
          .stripTrailingZeros()
          .toPlainString();
    }
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

  private static void line(
      StringBuilder b,
      double x1,
      double y1,
      double x2,
      double y2,
      String stroke,
      @Nullable String dash) {
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>",
            x1,
            y1,
            x2,
            y2,
            stroke,
            dash == null ? "" : " stroke-dasharray=\"" + dash + "\""));
  }

  private static void text(
      StringBuilder b, double x, double y, String anchor, String text, @Nullable String fill) {
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>",
            x,
            y,
            anchor,
            fill == null ? "" : " style=\"fill:" + fill + "\"",
            ESCAPE.escape(text)));
  }

  /** The page's words in its language. */
  private record Words(Language language) {
    String of(String zh, String en) {
      return language == Language.ZH ? zh : en;
    }
  }
}
