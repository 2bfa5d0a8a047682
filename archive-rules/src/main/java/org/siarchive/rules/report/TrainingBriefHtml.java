package org.siarchive.rules.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The training brief ({@link TrainingBrief}) as one self-contained, printable HTML page: for the
 * city and each sub-centre a bar chart of the Pareto's rates (defects per volume checked, the
 * previous period's rate drawn as a tick on each bar), then a table of each defect with its trend,
 * the catalogue's guidance and where it concentrates; then the retention edition changes in a
 * trainer's words. No script, no external resource; every text is HTML-escaped.
 *
 * <pre>{@code
 * Files.writeString(Path.of("training.html"), TrainingBriefHtml.render(brief));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TrainingBriefHtml {
  private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();
  private static final int WIDTH = 720;
  private static final int LABEL = 250;
  private static final int ROW = 22;

  private static final String STYLE =
      "body{font-family:"
          + ReportHtml.FONTS
          + ";margin:2em auto;padding:0 1em;max-width:1100px;color:#222;line-height:1.4}"
          + "h1{font-size:1.6em}h2{font-size:1.25em;margin:1.6em 0 .4em}"
          + "table{border-collapse:collapse;margin:.6em 0;width:100%}"
          + "th,td{border:1px solid #bbb;padding:2px 6px;text-align:left;vertical-align:top;"
          + "overflow-wrap:anywhere}th{background:#eee}td.n{text-align:right;white-space:nowrap}"
          + ".UP{color:#b42318}.DOWN{color:#1a7f37}.NEW{color:#9a6700}"
          + "svg{display:block;max-width:100%;height:auto;margin:.4em 0}"
          + "svg text{font-family:"
          + ReportHtml.FONTS
          + ";font-size:12px;fill:#222}"
          + "@page{size:A4;margin:12mm}"
          + "@media print{body{margin:0;padding:0;max-width:none;font-size:10pt}"
          + "h2{break-after:avoid}svg,tr{break-inside:avoid}}";

  private TrainingBriefHtml() {}

  /**
   * {@return the page, headings in Chinese with English beside them}
   *
   * @param brief the brief
   */
  public static String render(TrainingBrief brief) {
    Objects.requireNonNull(brief, "brief");
    StringBuilder b = new StringBuilder(16_384);
    b.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .append("<title>培训简报 Training brief</title><style>")
        .append(STYLE)
        .append("</style></head><body><h1>培训简报 Training brief</h1>")
        .append("<p>最常见的问题、与上期相比的变化（按比率）、避免方法及集中之处。")
        .append(" The most common defects, their trend against the previous period as rates,")
        .append(" how to avoid them and where they concentrate.</p>");
    scope(b, brief.city());
    brief.subCenters().forEach(s -> scope(b, s));
    TrainingBrief.EditionChanges c = brief.editionChanges();
    if (c != null) {
      b.append("<h2>保管期限表的变化 Retention edition changes: ")
          .append(ESCAPE.escape(c.from()))
          .append(" → ")
          .append(ESCAPE.escape(c.to()))
          .append("</h2><ul>");
      c.zh().forEach(s -> b.append("<li>").append(ESCAPE.escape(s)).append("</li>"));
      b.append("</ul><ul>");
      c.en().forEach(s -> b.append("<li lang=\"en\">").append(ESCAPE.escape(s)).append("</li>"));
      b.append("</ul>");
    }
    return b.append("</body></html>\n").toString();
  }

  private static void scope(StringBuilder b, TrainingBrief.Scope s) {
    b.append("<h2>")
        .append(ESCAPE.escape(s.name()))
        .append(s.key().equals("city") ? " City" : " (" + ESCAPE.escape(s.key()) + ")")
        .append("</h2><p>")
        .append(
            String.format(
                Locale.ROOT,
                "检查 %d 卷，问题 %d 个 — %d volumes checked, %d defects",
                s.checked(),
                s.defects(),
                s.checked(),
                s.defects()))
        .append(
            s.checkedBefore() == null
                ? "; 无上期 no previous period"
                : String.format(Locale.ROOT, "; 上期 previous %d volumes", s.checkedBefore()))
        .append("</p>");
    if (s.pareto().isEmpty()) {
      b.append("<p>未发现问题 No defect found.</p>");
      return;
    }
    chart(b, s.pareto());
    b.append("<table><tr><th>问题 Defect</th><th>比率 Rate</th><th>上期 Before</th>")
        .append("<th>趋势 Trend</th><th>避免方法 Guidance</th><th>集中于 Concentrated in</th></tr>");
    for (TrainingBrief.Topic t : s.pareto()) {
      b.append("<tr><td>")
          .append(ESCAPE.escape(t.zh()))
          .append("<br><span lang=\"en\">")
          .append(ESCAPE.escape(t.en()))
          .append("</span></td><td class=\"n\">")
          .append(t.rate().toPlainString())
          .append("</td><td class=\"n\">")
          .append(t.rateBefore() == null ? "–" : t.rateBefore().toPlainString())
          .append("</td><td class=\"")
          .append(t.trend().name())
          .append("\">")
          .append(trend(t.trend()))
          .append("</td><td>")
          .append(ESCAPE.escape(t.guidanceZh()))
          .append("<br><span lang=\"en\">")
          .append(ESCAPE.escape(t.guidanceEn()))
          .append("</span></td><td>")
          .append(ESCAPE.escape(where(t)))
          .append("</td></tr>");
    }
    b.append("</table>");
  }

  private static String where(TrainingBrief.Topic t) {
    String cats =
        t.categories().stream()
            .map(c -> c.key() + " " + percent(c.share()))
            .collect(Collectors.joining("; "));
    String handlers =
        t.handlers().stream()
            .map(c -> c.key() + " " + percent(c.share()))
            .collect(Collectors.joining("; "));
    return handlers.isEmpty() ? cats : cats + " | " + handlers;
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  private static String trend(TrainingBrief.Trend t) {
    return switch (t) {
      case UP -> "↑ 上升 up";
      case DOWN -> "↓ 下降 down";
      case SAME -> "＝ 持平 same";
      case NEW -> "新 new";
      case NO_PREVIOUS -> "–";
    };
  }

  /** Horizontal bars of the rates, the previous rate a tick, an axis with gridlines. */
  private static void chart(StringBuilder b, List<TrainingBrief.Topic> topics) {
    double max = 0;
    for (TrainingBrief.Topic t : topics) {
      max = Math.max(max, t.rate().doubleValue());
      if (t.rateBefore() != null) {
        max = Math.max(max, t.rateBefore().doubleValue());
      }
    }
    double scale = max <= 0 ? 1 : max * 1.1;
    int plot = WIDTH - LABEL - 70;
    int height = topics.size() * ROW + 34;
    b.append(
        String.format(
            Locale.ROOT,
            "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\""
                + " aria-label=\"Pareto of rates\">",
            WIDTH,
            height,
            WIDTH,
            height));
    for (int i = 0; i <= 4; i++) {
      double x = LABEL + plot * i / 4.0;
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"4\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                  + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.3f</text>",
              x,
              x,
              height - 22,
              x,
              height - 8,
              scale * i / 4.0));
    }
    for (int i = 0; i < topics.size(); i++) {
      TrainingBrief.Topic t = topics.get(i);
      int y = 6 + i * ROW;
      String label = t.zh().length() > 16 ? t.zh().substring(0, 15) + "…" : t.zh();
      double w = plot * t.rate().doubleValue() / scale;
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                  + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#4472c4\"/>"
                  + "<text x=\"%.1f\" y=\"%d\">%s</text>",
              LABEL - 6,
              y + 14,
              ESCAPE.escape(label),
              LABEL,
              y + 2,
              w,
              ROW - 6,
              LABEL + w + 4,
              y + 14,
              t.rate().toPlainString()));
      if (t.rateBefore() != null) {
        double xb = LABEL + plot * t.rateBefore().doubleValue() / scale;
        b.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#b42318\""
                    + " stroke-width=\"2\"/>",
                xb,
                y,
                xb,
                y + ROW - 2));
      }
    }
    b.append("</svg>");
  }
}
