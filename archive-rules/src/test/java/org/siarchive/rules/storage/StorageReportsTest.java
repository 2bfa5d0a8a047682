package org.siarchive.rules.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text, JSON and HTML forms of the pinned plan of {@link StoragePlannerTest} (stacks that free
 * a place only in month 3), whose figures that test fixes and this one checks by hand: the optimal
 * plan keeps every store at or under 100% (A peaks at 10 of 10), the naive one sends A first and
 * overflows B by one in 2026-08 (110%); the stacks fill in August (optimal) or July (naive).
 */
class StorageReportsTest {
  private static final StoragePlan PLAN =
      StoragePlanner.plan(StoragePlannerTest.stacksFreeLater(), 3);

  private static String lines(String... lines) {
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l).append(System.lineSeparator());
    }
    return b.toString();
  }

  @Test
  void text_plan_comparesOptimalWithNaiveInOneLineEach() {
    assertThat(StorageReports.text(PLAN))
        .isEqualTo(
            lines(
                "transfer plan for 3 months after 2026-06, intake 1 volumes a month",
                "  optimal: peak fill 100.0% (A), 2 volumes transferred, 0 store-months over"
                    + " capacity",
                "  naive (fullest store first): peak fill 110.0% (B), 2 volumes transferred, 1"
                    + " store-months over capacity",
                "  planning lowers the worst store's peak by 10.00 points",
                "  least intake with no store over capacity: 1 volumes a month",
                "  centre's stacks full from: 2026-08 (optimal), 2026-07 (naive)"));
  }

  @Test
  void json_plan_listsEachMonthsTransfersAndFills() {
    Map<String, Object> doc = StorageReports.json(PLAN);
    assertThat(doc.keySet())
        .containsExactly(
            "feasible", "peakFill", "minimalIntake", "naivePeakFill", "months", "overflows");
    assertThat(doc.get("feasible")).isEqualTo(true);
    assertThat(doc.get("peakFill")).isEqualTo(new BigDecimal("1.0000"));
    assertThat(doc.get("minimalIntake")).isEqualTo(1L);
    assertThat(doc.get("naivePeakFill")).isEqualTo(new BigDecimal("1.1000"));
    assertThat(doc.get("overflows")).isEqualTo(List.of());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> months = (List<Map<String, Object>>) doc.get("months");
    assertThat(months).hasSize(3);
    assertThat(months.get(0))
        .containsExactly(
            Map.entry("month", "2026-07"),
            Map.entry("transfers", Map.of()),
            Map.entry(
                "fill",
                Map.of(
                    "A", new BigDecimal("1.0000"),
                    "B", new BigDecimal("1.0000"),
                    "C", new BigDecimal("0.8000"))));
    assertThat(months.get(1).get("transfers")).isEqualTo(Map.of("B", 1L));
    assertThat(months.get(2).get("transfers")).isEqualTo(Map.of("A", 1L));
    assertThat(months.get(2).get("month")).isEqualTo("2026-09");
  }

  @Test
  void status_textAndJson_rankTheStoresWithTheirFillAndMonthsUntilFull() {
    StorageNetwork network = StoragePlannerTest.stacksFreeLater();
    StorageStatus status = StoragePlanner.status(network, network.asOf());
    assertThat(StorageReports.text(status))
        .isEqualTo(
            lines(
                "storage status at the end of 2026-06 (forecast SEASONAL); centre's stacks 80.0%"
                    + " full",
                "rank  store        sub-ctr    capacity   occupied    fill  full in  next 12 mo "
                    + " reason held-out MAE (mean-12 / seasonal)",
                "   1  A            SCA              10         10  100.0%     0 mo           1 "
                    + " fill   - / -",
                "   2  B            SCB              10          9   90.0%     1 mo          11 "
                    + " both   - / -"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rooms =
        (List<Map<String, Object>>) StorageReports.json(status).get("rooms");
    assertThat(rooms.get(1))
        .containsExactly(
            Map.entry("id", "B"),
            Map.entry("subCenter", "SCB"),
            Map.entry("capacity", 10L),
            Map.entry("occupied", 9L),
            Map.entry("fill", new BigDecimal("0.9000")),
            Map.entry("monthsUntilFull", 1),
            Map.entry("rank", 2),
            Map.entry("reason", "both"));
    assertThat(rooms.get(0).get("monthsUntilFull")).isEqualTo(0);
  }

  @Test
  void render_plan_tabulatesTheFiguresAndDrawsEachStoresFill() {
    String html = StorageHtml.render(PLAN);
    assertThat(html)
        .contains("<h1>库房动态管理 Storage plan after 2026-06, 3 months</h1>")
        .contains(
            "<tr><th class=\"l\">intake (volumes per month)</th><td>1</td></tr>\n"
                + "<tr><th class=\"l\">feasible (no store over capacity)</th><td>true</td></tr>\n"
                + "<tr><th class=\"l\">optimal peak fill</th><td>1.0000 (A)</td></tr>\n"
                + "<tr><th class=\"l\">naive peak fill (fullest store first)</th><td>1.1000"
                + " (B)</td></tr>\n"
                + "<tr><th class=\"l\">least intake avoiding overflow</th><td>1</td></tr>\n"
                + "<tr><th class=\"l\">volumes transferred (optimal / naive)</th><td>2 /"
                + " 2</td></tr>\n"
                + "<tr><th class=\"l\">centre&#39;s stacks full from (optimal /"
                + " naive)</th><td>2026-08 / 2026-07</td></tr>\n"
                + "<tr><th class=\"l\">overflows (store-months, optimal / naive)</th><td>0 /"
                + " 1</td></tr>\n"
                + "</table>\n")
        .doesNotContain("Overflows under the optimal plan")
        .contains(
            "</table>\n<h2>Fill per store: optimal (blue) and naive (red); the dashed line is"
                + " capacity</h2>\n<div class=\"charts\">\n");
    // Store A: the axis tops at 1.0 (y = 28 + 84 (1 - v)); the naive plan sent A's volume in July
    // (9 of 10), the optimal one kept it full; months at x = 28, 190, 352.
    assertThat(html)
        .contains(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"360\" height=\"140\""
                + " viewBox=\"0 0 360 140\" role=\"img\" aria-label=\"fill of A\">"
                + "<text x=\"28\" y=\"12\">A</text>"
                + "<line x1=\"28\" y1=\"28.0\" x2=\"352\" y2=\"28.0\" stroke=\"#888\""
                + " stroke-dasharray=\"4 3\"/><text x=\"2\" y=\"32.0\">1.0</text>"
                + "<text x=\"2\" y=\"116\">0</text><text x=\"28\" y=\"132\">2026-07</text>"
                + "<text x=\"352\" y=\"132\" text-anchor=\"end\">2026-09</text>"
                + "<polyline class=\"naive\" fill=\"none\" stroke-width=\"1.5\""
                + " points=\"28.0,36.4 190.0,36.4 352.0,28.0 \"/>"
                + "<polyline class=\"opt\" fill=\"none\" stroke-width=\"1.5\""
                + " points=\"28.0,28.0 190.0,28.0 352.0,28.0 \"/></svg></div>")
        // Store B: naive peaks at 1.1, so the axis tops at 1.1 and capacity sits at 35.6.
        .contains(
            "<line x1=\"28\" y1=\"35.6\" x2=\"352\" y2=\"35.6\" stroke=\"#888\""
                + " stroke-dasharray=\"4 3\"/><text x=\"2\" y=\"39.6\">1.0</text>")
        .contains("points=\"28.0,35.6 190.0,28.0 352.0,35.6 \"/>")
        // The stacks: 4 of 5 in July under the optimal plan.
        .contains("points=\"28.0,44.8 190.0,28.0 352.0,28.0 \"/>");
  }

  @Test
  void render_planWithOverflows_listsThemAndSaysNoIntakeSuffices() {
    // StoragePlannerTest's store whose ten volumes may not move before 2026-09: it overflows by 1
    // in July and by 2 in August whatever the intake.
    SubCenterStore s =
        new SubCenterStore(
            "S",
            "SC",
            10,
            10,
            Eligibility.keptOneYear(),
            StoragePlannerTest.history(
                Map.of(2, 1L, 3, 1L, 4, 1L, 5, 1L, 6, 1L, 7, 1L, 8, 1L, 9, 1L, 10, 1L, 11, 1L)));
    StorageNetwork n =
        new StorageNetwork(
            StoragePlannerTest.stacksFreeLater().asOf(),
            StorageUnit.VOLUMES,
            1,
            ForecastMethod.MEAN_12,
            Intake.ofVolumes(100),
            new CentreStacks("C", 100, 0),
            List.of(s),
            Disposals.none());
    StoragePlan plan = StoragePlanner.plan(n, 2);
    String html = StorageHtml.render(plan);
    assertThat(html)
        .contains("<tr><th class=\"l\">feasible (no store over capacity)</th><td>false</td></tr>")
        .contains("<td>none: no intake suffices</td>")
        .contains("<td>1.2000 (S)</td>")
        .contains(
            "<h2>Overflows under the optimal plan</h2>\n<table>\n<tr><th class=\"l\">store</th>"
                + "<th>month</th><th>excess</th></tr>\n"
                + "<tr><td class=\"l\">S</td><td>2026-07</td><td>1</td></tr>\n"
                + "<tr><td class=\"l\">S</td><td>2026-08</td><td>2</td></tr>\n</table>\n")
        .contains("<td>- / -</td>");
    assertThat(StorageReports.text(plan))
        .contains(
            lines(
                "  no intake keeps every store within capacity: transferable volumes or the"
                    + " centre's stacks run short",
                "  centre's stacks full from: not within the horizon (optimal), not within the"
                    + " horizon (naive)",
                "  overflow: S in 2026-07 by 1 volumes",
                "  overflow: S in 2026-08 by 2 volumes"));
    Map<String, Object> json = StorageReports.json(plan);
    assertThat(json.get("minimalIntake")).isNull();
    assertThat(json.get("feasible")).isEqualTo(false);
    assertThat(json.get("overflows"))
        .isEqualTo(
            List.of(
                Map.of("room", "S", "month", "2026-07", "excess", 1L),
                Map.of("room", "S", "month", "2026-08", "excess", 2L)));
  }
}
