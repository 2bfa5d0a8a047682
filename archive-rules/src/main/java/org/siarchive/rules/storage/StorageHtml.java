package org.siarchive.rules.storage;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.siarchive.rules.internal.HtmlPage;

/**
 * A storage plan as one self-contained HTML page: the summary (optimal against naive peak, least
 * intake, overflows, when the stacks fill) and, per store, an inline SVG chart of its fill over the
 * horizon under the optimal plan and under the naive one, with the capacity line. Nothing is loaded
 * from the network (no script, font or stylesheet); every text is HTML-escaped.
 *
 * <pre>{@code
 * String html = StorageHtml.render(StoragePlanner.plan(city, 24));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StorageHtml {
  private static final int W = 360;
  private static final int H = 140;
  private static final int PAD = 28;

  private StorageHtml() {}

  /**
   * {@return the page}
   *
   * @param plan the plan
   */
  public static String render(StoragePlan plan) {
    Objects.requireNonNull(plan, "plan");
    StringBuilder b =
        HtmlPage.open("库房动态管理 Storage plan", ".opt{stroke:#1f77b4}.naive{stroke:#d62728}");
    TransferPlan o = plan.optimal();
    TransferPlan n = plan.naive();
    HtmlPage.text(
        b, "h1", "库房动态管理 Storage plan after " + plan.asOf() + ", " + plan.horizon() + " months");
    b.append("<table>\n");
    row(b, "intake (volumes per month)", Long.toString(plan.intake().volumesPerMonth()));
    row(b, "feasible (no store over capacity)", Boolean.toString(plan.isFeasible()));
    row(b, "optimal peak fill", o.peak().toDecimal(4) + " (" + o.peakRoom() + ")");
    row(
        b,
        "naive peak fill (fullest store first)",
        n.peak().toDecimal(4) + " (" + n.peakRoom() + ")");
    row(
        b,
        "least intake avoiding overflow",
        plan.minimalIntake().isPresent()
            ? Long.toString(plan.minimalIntake().getAsLong())
            : "none: no intake suffices");
    row(b, "volumes transferred (optimal / naive)", o.transferred() + " / " + n.transferred());
    row(
        b,
        "centre's stacks full from (optimal / naive)",
        o.stacksFull().map(Object::toString).orElse("-")
            + " / "
            + n.stacksFull().map(Object::toString).orElse("-"));
    row(
        b,
        "overflows (store-months, optimal / naive)",
        o.overflows().size() + " / " + n.overflows().size());
    b.append("</table>\n");
    if (!o.overflows().isEmpty()) {
      HtmlPage.text(b, "h2", "Overflows under the optimal plan");
      b.append("<table>\n<tr><th class=\"l\">store</th><th>month</th><th>excess</th></tr>\n");
      for (Overflow f : o.overflows()) {
        b.append("<tr><td class=\"l\">")
            .append(HtmlPage.escape(f.roomId()))
            .append("</td><td>")
            .append(f.month())
            .append("</td><td>")
            .append(f.excess())
            .append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    HtmlPage.text(
        b, "h2", "Fill per store: optimal (blue) and naive (red); the dashed line is capacity");
    b.append("<div class=\"charts\">\n");
    for (String room : o.months().get(0).fill().keySet()) {
      chart(b, room, o.months(), n.months());
    }
    b.append("</div>\n");
    return HtmlPage.close(b);
  }

  /** The fill of a room in a month: every month plan has one for every room. */
  private static FillRatio fillOf(MonthPlan month, String room) {
    return Objects.requireNonNull(month.fill().get(room), room);
  }

  private static void chart(
      StringBuilder b, String room, List<MonthPlan> opt, List<MonthPlan> naive) {
    double max = 1.0;
    for (int t = 0; t < opt.size(); t++) {
      max = Math.max(max, fillOf(opt.get(t), room).toDecimal(4).doubleValue());
      max = Math.max(max, fillOf(naive.get(t), room).toDecimal(4).doubleValue());
    }
    double top = Math.ceil(max * 10) / 10;
    b.append("<div class=\"chart\">");
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
            W,
            H,
            W,
            H,
            HtmlPage.escape("fill of " + room)));
    b.append(
        String.format(
            Locale.ROOT, "<text x=\"%d\" y=\"12\">%s</text>", PAD, HtmlPage.escape(room)));
    double capY = y(1.0, top);
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\" stroke-dasharray=\"4 3\"/>",
            PAD,
            capY,
            W - 8,
            capY));
    b.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%.1f\">1.0</text>", capY + 4));
    b.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%d\">0</text>", H - PAD + 4));
    b.append(
        String.format(
            Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", PAD, H - 8, opt.get(0).month()));
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
            W - 8,
            H - 8,
            opt.get(opt.size() - 1).month()));
    polyline(b, "naive", room, naive, top);
    polyline(b, "opt", room, opt, top);
    b.append("</svg></div>\n");
  }

  private static void polyline(
      StringBuilder b, String cls, String room, List<MonthPlan> months, double top) {
    b.append("<polyline class=\"")
        .append(cls)
        .append("\" fill=\"none\" stroke-width=\"1.5\" points=\"");
    int m = months.size();
    for (int t = 0; t < m; t++) {
      double x = PAD + (m == 1 ? 0 : (double) t * (W - 8 - PAD) / (m - 1));
      double v = fillOf(months.get(t), room).toDecimal(4).doubleValue();
      b.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(v, top)));
    }
    b.append("\"/>");
  }

  private static double y(double v, double top) {
    return PAD + (H - 2 * PAD) * (1 - v / top);
  }

  private static void row(StringBuilder b, String label, String value) {
    b.append("<tr><th class=\"l\">")
        .append(HtmlPage.escape(label))
        .append("</th><td>")
        .append(HtmlPage.escape(value))
        .append("</td></tr>\n");
  }
}
