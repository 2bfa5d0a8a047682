package org.siarchive.rules.simulation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.siarchive.rules.internal.HtmlPage;

/**
 * A simulation's result as one self-contained HTML page: a table of the main metrics per scenario
 * and, per metric, an inline SVG chart of each scenario's mean with its 95% interval, and one of
 * the paired difference against phase 1. Nothing is loaded from the network (no script, font or
 * stylesheet); every text is HTML-escaped.
 *
 * <pre>{@code
 * String html = SimulationHtml.render(result);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SimulationHtml {
  private static final int W = 520;
  private static final int LABEL = 190;
  private static final int ROW = 22;

  private SimulationHtml() {}

  /**
   * {@return the page}
   *
   * @param result the simulation's result
   */
  public static String render(SimulationResult result) {
    Objects.requireNonNull(result, "result");
    StringBuilder b = HtmlPage.open("业务流程模拟 Workflow simulation", "");
    HtmlPage.text(
        b,
        "h1",
        "业务流程模拟 Workflow simulation: seed "
            + result.seed()
            + ", "
            + result.replications()
            + " replications, "
            + result.horizonDays()
            + " working days");
    HtmlPage.text(
        b, "p", "Each figure: the mean over the replications and its 95% Student-t interval.");
    b.append("<table>\n<tr><th class=\"l\">metric</th>");
    for (ScenarioResult s : result.scenarios()) {
      b.append("<th>").append(HtmlPage.escape(s.name())).append("</th>");
    }
    b.append("</tr>\n");
    for (Metric m : Metric.values()) {
      b.append("<tr><td class=\"l\" title=\"")
          .append(HtmlPage.escape(m.description()))
          .append("\">")
          .append(HtmlPage.escape(m.key()))
          .append("</td>");
      for (ScenarioResult s : result.scenarios()) {
        b.append("<td>")
            .append(HtmlPage.escape(SimulationReports.cell(s.metric(m.key()))))
            .append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
    HtmlPage.text(b, "h2", "Each metric by scenario (dot: mean; bar: 95% interval)");
    b.append("<div class=\"charts\">\n");
    for (Metric m : Metric.values()) {
      chart(b, m.key() + ": " + m.description(), result.scenarios(), m.key(), false);
    }
    b.append("</div>\n");
    boolean paired = result.scenarios().stream().anyMatch(s -> !s.versusPhase1().isEmpty());
    if (paired) {
      HtmlPage.text(
          b, "h2", "Paired difference against phase-1 (same volumes, defects and service times)");
      b.append("<div class=\"charts\">\n");
      for (Metric m : Metric.values()) {
        chart(b, m.key() + " minus phase-1", result.scenarios(), m.key(), true);
      }
      b.append("</div>\n");
    }
    return HtmlPage.close(b);
  }

  private static void chart(
      StringBuilder b, String title, List<ScenarioResult> scenarios, String key, boolean versus) {
    List<Interval> values =
        scenarios.stream()
            .map(s -> versus ? s.versusPhase1().get(key) : s.metrics().get(key))
            .map(i -> i == null ? new Interval(0, 0, 0) : i)
            .toList();
    double lo = 0;
    double hi = 0;
    for (Interval i : values) {
      lo = Math.min(lo, i.low());
      hi = Math.max(hi, i.high());
    }
    if (hi - lo == 0) {
      hi = lo + 1;
    }
    int h = 30 + ROW * scenarios.size();
    double plot = W - LABEL - 20.0;
    double min = lo;
    double span = hi - lo;
    java.util.function.DoubleUnaryOperator x = v -> LABEL + (v - min) / span * plot;
    b.append("<div class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(W)
        .append("\" height=\"")
        .append(h)
        .append("\" viewBox=\"0 0 ")
        .append(W)
        .append(' ')
        .append(h)
        .append("\" role=\"img\" aria-label=\"")
        .append(HtmlPage.escape(title))
        .append("\">\n");
    svgText(b, 4, 14, "start", title.length() > 80 ? title.substring(0, 80) : title);
    double zero = x.applyAsDouble(0);
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"22\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\"/>%n",
            zero,
            zero,
            h - 4));
    for (int k = 0; k < scenarios.size(); k++) {
      Interval i = values.get(k);
      int y = 34 + ROW * k;
      svgText(b, LABEL - 6, y + 4, "end", scenarios.get(k).name());
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1f77b4\""
                  + " stroke-width=\"3\"/>%n<circle cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"#d62728\">"
                  + "<title>%s</title></circle>%n",
              x.applyAsDouble(i.low()),
              y,
              x.applyAsDouble(i.high()),
              y,
              x.applyAsDouble(i.mean()),
              y,
              HtmlPage.escape(SimulationReports.cell(i))));
      svgText(b, W - 4, y - 5, "end", SimulationReports.number(i.mean()));
    }
    b.append("</svg></div>\n");
  }

  private static void svgText(StringBuilder b, double x, double y, String anchor, String text) {
    b.append(
            String.format(
                Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", x, y, anchor))
        .append(HtmlPage.escape(text))
        .append("</text>\n");
  }
}
