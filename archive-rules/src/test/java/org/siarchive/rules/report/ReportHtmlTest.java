package org.siarchive.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.Language;
import org.siarchive.rules.quality.NotPerformed;

/**
 * The HTML page of a small report built by hand: every header row, table row, note and sign-off
 * line word for word, and both charts' geometry computed by hand from the figures (the axis, the
 * bars, the threshold, the cumulative line).
 */
class ReportHtmlTest {
  private static final BigDecimal RATE = new BigDecimal("0.90");

  private static QualityReport.Header header(QualityReport.Totals t) {
    return new QualityReport.Header(
        LocalDate.of(2026, 6, 1),
        "in.jsonl",
        "B1",
        "Unit<x>",
        "siarchive",
        "1.2.3",
        RATE,
        QualityReport.Verdict.of(t, RATE));
  }

  /**
   * 20 volumes, 5 with defects, 10 defects: code A (6, in 4 volumes), code B (4, in 3); SC01 has 4
   * of its 10 with defects (40%, above the 10% threshold), SC02 1 of 10 (10%, at the threshold).
   */
  static QualityReport report(QualityReport.Change change) {
    QualityReport.Totals t = new QualityReport.Totals(20, 20, 0, 5, 10, new BigDecimal("0.2500"));
    return new QualityReport(
        QualityReport.FORMAT,
        header(t),
        "self-check",
        List.of("e1", "e2"),
        List.of(new NotPerformed("image.content", "no content source")),
        t,
        List.of(),
        List.of(
            new QualityReport.GroupFigures(
                "SC01", "北辰分中心", 10, 4, 8, new BigDecimal("0.4000"), Map.of("A", 6L, "B", 2L)),
            new QualityReport.GroupFigures(
                "SC02", "SC02", 10, 1, 2, new BigDecimal("0.1000"), Map.of("B", 2L))),
        List.of(
            new QualityReport.GroupFigures(
                "PENSION/APPLY",
                "养老待遇申领",
                20,
                5,
                10,
                new BigDecimal("0.2500"),
                Map.of("A", 6L, "B", 4L))),
        List.of(
            new QualityReport.CodeFigures(
                "A",
                "MAJOR",
                "缺页",
                "page missing",
                6,
                4,
                new BigDecimal("0.6"),
                new BigDecimal("0.6")),
            new QualityReport.CodeFigures(
                "B", "MINOR", "错号码", "wrong number", 4, 3, new BigDecimal("0.4"), BigDecimal.ONE)),
        change);
  }

  @Test
  void render_writesTheHeaderTablesNotesAndSignOffWordForWord() {
    String html = ReportHtml.render(report(null));
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .contains("<title>质量分析报告</title>")
        .contains("<h1>质量分析报告</h1>\n<table class=\"header\">\n")
        .contains(
            "<tr><th>出具单位</th><td>Unit&lt;x&gt;</td></tr>\n"
                + "<tr><th>报告日期</th><td>2026-06-01</td></tr>\n"
                + "<tr><th>检查对象</th><td>in.jsonl</td></tr>\n"
                + "<tr><th>批次</th><td>B1</td></tr>\n"
                + "<tr><th>检查环节</th><td>self-check</td></tr>\n"
                + "<tr><th>规则版本</th><td>e1; e2</td></tr>\n"
                + "<tr><th>工具版本</th><td>siarchive 1.2.3</td></tr>\n"
                + "<tr><th>合格标准</th><td>无缺陷案卷占比 ≥ 90%</td></tr>\n"
                + "<tr><th>总体结论</th><td class=\"FAIL\">不合格（无缺陷案卷 75.00%）</td></tr>\n"
                + "</table>\n"
                + "<p class=\"note\">未执行：image.content (no content source)</p>\n"
                + "<p class=\"note\">读取 20 条，检查 20 卷，拒收 0 条；问题案卷 5 卷（25.00%）；缺陷 10 处</p>\n"
                + "<h2>按分中心</h2>\n<svg ")
        .contains(
            "<table>\n<tr><th class=\"l\">代码</th><th class=\"l\">名称</th><th>检查案卷</th>"
                + "<th>问题案卷</th><th>问题案卷率</th><th>缺陷数</th></tr>\n"
                + "<tr><td class=\"l\">SC01</td><td class=\"l\">北辰分中心</td><td>10</td><td>4</td>"
                + "<td>40.00%</td><td>8</td></tr>\n"
                + "<tr><td class=\"l\">SC02</td><td class=\"l\">SC02</td><td>10</td><td>1</td>"
                + "<td>10.00%</td><td>2</td></tr>\n</table>\n<h2>按类别</h2>\n<table>\n")
        .contains(
            "<tr><td class=\"l\">PENSION/APPLY</td><td class=\"l\">养老待遇申领</td><td>20</td>"
                + "<td>5</td><td>25.00%</td><td>10</td></tr>\n</table>\n<h2>缺陷排列图</h2>\n<svg ")
        .contains(
            "<table>\n<tr><th class=\"l\">缺陷代码</th><th class=\"l\">名称</th>"
                + "<th class=\"l\">严重程度</th><th>缺陷数</th><th>涉及案卷</th><th>占比</th>"
                + "<th>累计占比</th></tr>\n"
                + "<tr><td class=\"l\">A</td><td class=\"l\">缺页</td><td class=\"l\">MAJOR</td>"
                + "<td>6</td><td>4</td><td>60.00%</td><td>60.00%</td></tr>\n"
                + "<tr><td class=\"l\">B</td><td class=\"l\">错号码</td><td class=\"l\">MINOR</td>"
                + "<td>4</td><td>3</td><td>40.00%</td><td>100.00%</td></tr>\n</table>\n"
                + "<div class=\"sign\"><div>编制人 <span class=\"line\"></span></div>"
                + "<div>审核人 <span class=\"line\"></span></div>"
                + "<div>签发人 <span class=\"line\"></span> 日期 <span class=\"line\"></span></div>"
                + "</div>\n</body>\n</html>\n")
        .doesNotContain("与上期比较")
        .doesNotContain("未能读取的记录")
        .doesNotContain("<script");
  }

  @Test
  void render_inEnglish_usesTheEnglishWordsAndNames() {
    String html = ReportHtml.render(report(null), Language.EN);
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<title>Quality analysis report</title>")
        .contains("<tr><th>Issuing unit</th><td>Unit&lt;x&gt;</td></tr>")
        .contains("<tr><th>Acceptance rate</th><td>volumes without defects ≥ 90%</td></tr>")
        .contains(
            "<tr><th>Verdict</th><td class=\"FAIL\">fail (volumes without defects"
                + " 75.00%)</td></tr>")
        .contains("<p class=\"note\">not performed: image.content (no content source)</p>")
        .contains(
            "<p class=\"note\">read 20, checked 20, rejected 0; volumes with defects 5 (25.00%);"
                + " defects 10</p>")
        .contains("<h2>By sub-centre</h2>")
        .contains("<h2>By category</h2>")
        .contains("<h2>Pareto of defects</h2>")
        .contains("<th class=\"l\">key</th><th class=\"l\">name</th><th>checked</th>")
        .contains("<th>with defects</th><th>rate</th><th>defects</th></tr>")
        .contains("<th class=\"l\">code</th><th class=\"l\">name</th><th class=\"l\">severity</th>")
        .contains("<th>volumes</th><th>share</th><th>cumulative</th></tr>")
        .contains("<td class=\"l\">page missing</td>")
        .contains(">problem-volume rate (%)</text>")
        .contains(">threshold 10%</text>")
        .contains(">defects</text>")
        .contains(">cumulative</text>")
        .contains("<div>Prepared by <span")
        .contains("<div>Reviewed by <span")
        .contains("<div>Approved by <span class=\"line\"></span> Date <span");
  }

  @Test
  void rateChart_barsAreTheRatesOnARoundAxis_redAboveTheThreshold() {
    String html = ReportHtml.render(report(null));
    // Labels: "SC01 北辰分中心" is 5 × 0.62 em + 5 em = 97.2 px, so the plot starts at 98 + 12 = 110;
    // the axis runs to 40% in 8 steps of 5%; the plot is 480 wide, 2 bars of 22 high.
    assertThat(html)
        .contains(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"646\" height=\"114\""
                + " viewBox=\"0 0 646 114\" role=\"img\" aria-label=\"problem-volume rate per"
                + " sub-centre\">")
        .contains(
            "<line x1=\"110.0\" y1=\"26.0\" x2=\"110.0\" y2=\"70.0\" stroke=\"#ddd\"/>"
                + "<text x=\"110.0\" y=\"86.0\" text-anchor=\"middle\">0%</text>"
                + "<line x1=\"170.0\" y1=\"26.0\" x2=\"170.0\" y2=\"70.0\" stroke=\"#ddd\"/>"
                + "<text x=\"170.0\" y=\"86.0\" text-anchor=\"middle\">5%</text>")
        .contains(
            "<line x1=\"590.0\" y1=\"26.0\" x2=\"590.0\" y2=\"70.0\" stroke=\"#ddd\"/>"
                + "<text x=\"590.0\" y=\"86.0\" text-anchor=\"middle\">40%</text>"
                + "<text x=\"350.0\" y=\"108.0\" text-anchor=\"middle\">问题案卷率（%）</text>")
        .contains(
            "<text x=\"104.0\" y=\"41.0\" text-anchor=\"end\">SC01 北辰分中心</text>"
                + "<rect x=\"110\" y=\"30.0\" width=\"480.0\" height=\"14\" fill=\"#c0504d\">"
                + "<title>SC01 北辰分中心: 40.00%</title></rect>"
                + "<text x=\"594.0\" y=\"41.0\" text-anchor=\"start\">40.00%</text>")
        .contains(
            "<text x=\"104.0\" y=\"63.0\" text-anchor=\"end\">SC02</text>"
                + "<rect x=\"110\" y=\"52.0\" width=\"120.0\" height=\"14\" fill=\"#4f81bd\">"
                + "<title>SC02: 10.00%</title></rect>"
                + "<text x=\"234.0\" y=\"63.0\" text-anchor=\"start\">10.00%</text>")
        .contains(
            "<line x1=\"110.0\" y1=\"26.0\" x2=\"110.0\" y2=\"70.0\" stroke=\"#444\"/>"
                + "<line x1=\"110.0\" y1=\"70.0\" x2=\"590.0\" y2=\"70.0\" stroke=\"#444\"/>"
                + "<line x1=\"230.0\" y1=\"20.0\" x2=\"230.0\" y2=\"70.0\" stroke=\"#b42318\""
                + " stroke-dasharray=\"5 3\"/>"
                + "<text x=\"230.0\" y=\"16.0\" text-anchor=\"middle\" style=\"fill:#b42318\">"
                + "阈值 10%</text></svg>\n");
    assertThat(count(html, "stroke=\"#ddd\"/><text x=\""))
        .as("9 ticks + 7 Pareto ticks")
        .isEqualTo(16);
  }

  @Test
  void paretoChart_barsAreTheCountsAndTheLineTheCumulativeShare() {
    String html = ReportHtml.render(report(null));
    // 2 codes share the 480 plot (slot 240); the count axis runs to 6 in steps of 1; the plot is
    // 220 high under a top margin of 24 (base 244); labels hang 3 em × cos 45° = 33.9 below it.
    assertThat(html)
        .contains(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"568\" height=\"296\""
                + " viewBox=\"0 0 568 296\" role=\"img\" aria-label=\"Pareto of defects\">"
                + "<line x1=\"40.0\" y1=\"244.0\" x2=\"520.0\" y2=\"244.0\" stroke=\"#ddd\"/>"
                + "<text x=\"34.0\" y=\"248.0\" text-anchor=\"end\">0</text>"
                + "<line x1=\"40.0\" y1=\"207.3\" x2=\"520.0\" y2=\"207.3\" stroke=\"#ddd\"/>"
                + "<text x=\"34.0\" y=\"211.3\" text-anchor=\"end\">1</text>")
        .contains(
            "<line x1=\"40.0\" y1=\"24.0\" x2=\"520.0\" y2=\"24.0\" stroke=\"#ddd\"/>"
                + "<text x=\"34.0\" y=\"28.0\" text-anchor=\"end\">6</text>"
                + "<text x=\"526.0\" y=\"248.0\" text-anchor=\"start\">0%</text>"
                + "<text x=\"526.0\" y=\"204.0\" text-anchor=\"start\">20%</text>")
        .contains(
            "<text x=\"526.0\" y=\"28.0\" text-anchor=\"start\">100%</text>"
                + "<line x1=\"40.0\" y1=\"68.0\" x2=\"520.0\" y2=\"68.0\" stroke=\"#c0504d\""
                + " stroke-dasharray=\"2 3\"/>"
                + "<text x=\"40.0\" y=\"14.0\" text-anchor=\"start\">缺陷数</text>"
                + "<text x=\"566.0\" y=\"14.0\" text-anchor=\"end\">累计</text>"
                + "<rect x=\"43.0\" y=\"24.0\" width=\"234\" height=\"220.0\" fill=\"#4f81bd\">"
                + "<title>A 缺页: 6</title></rect>"
                + "<text x=\"160.0\" y=\"258.0\" text-anchor=\"end\""
                + " transform=\"rotate(-45 160.0 258.0)\">缺页</text>"
                + "<rect x=\"283.0\" y=\"97.3\" width=\"234\" height=\"146.7\" fill=\"#4f81bd\">"
                + "<title>B 错号码: 4</title></rect>"
                + "<text x=\"400.0\" y=\"258.0\" text-anchor=\"end\""
                + " transform=\"rotate(-45 400.0 258.0)\">错号码</text>"
                + "<polyline fill=\"none\" stroke=\"#c0504d\" stroke-width=\"2\""
                + " points=\"160.0,112.0 400.0,24.0\"/>"
                + "<line x1=\"40.0\" y1=\"24.0\" x2=\"40.0\" y2=\"244.0\" stroke=\"#444\"/>"
                + "<line x1=\"520.0\" y1=\"24.0\" x2=\"520.0\" y2=\"244.0\" stroke=\"#444\"/>"
                + "<line x1=\"40.0\" y1=\"244.0\" x2=\"520.0\" y2=\"244.0\" stroke=\"#444\"/>"
                + "</svg>\n");
  }

  @Test
  void paretoChart_manyCodes_narrowSlotsAndALongFirstNameWidenTheLeftMargin() {
    // 30 codes of 1 defect each: slots are max(20, 480 / 30) = 20 wide; the first code's name of
    // 10 CJK characters reaches (120 + 12) × cos 45° = 93.3 left and down of its centre at 10, so
    // the plot starts at ceil(93.3 - 10 + 6) = 90 and is 600 wide.
    List<QualityReport.CodeFigures> codes = new ArrayList<>();
    Map<String, Long> perCode = new LinkedHashMap<>();
    for (int i = 0; i < 30; i++) {
      String code = String.format("C%02d", i);
      String zh = i == 0 ? "一二三四五六七八九十" : i == 1 ? "一二三四五六七八九十一" : "码";
      codes.add(
          new QualityReport.CodeFigures(
              code, "MINOR", zh, code, 1, 1, new BigDecimal("0.0333"), new BigDecimal("0.0333")));
      perCode.put(code, 1L);
    }
    QualityReport.Totals t = new QualityReport.Totals(30, 30, 0, 30, 30, BigDecimal.ONE);
    QualityReport r =
        new QualityReport(
            QualityReport.FORMAT,
            null,
            "all",
            List.of(),
            List.of(),
            t,
            List.of(),
            List.of(
                new QualityReport.GroupFigures(
                    "SC01", "SC01", 30, 30, 30, BigDecimal.ONE, perCode)),
            List.of(
                new QualityReport.GroupFigures("X/Y", "X", 30, 30, 30, BigDecimal.ONE, perCode)),
            codes,
            null);
    String html = ReportHtml.render(r);
    // The second code's name of 11 reaches (132 + 12) × cos 45° = 101.8 from its centre at 30,
    // short of the margin (ceil(101.8 - 30 + 6) = 78), but deeper: ceil(24 + 220 + 10 + 101.8 + 8)
    // = 364.
    assertThat(html)
        .contains(
            "width=\"738\" height=\"364\" viewBox=\"0 0 738 364\" role=\"img\""
                + " aria-label=\"Pareto of defects\">")
        .contains(
            "<rect x=\"93.0\" y=\"24.0\" width=\"14\" height=\"220.0\" fill=\"#4f81bd\">"
                + "<title>C00 一二三四五六七八九十: 1</title></rect>")
        .contains("<rect x=\"113.0\" y=\"24.0\" width=\"14\" height=\"220.0\"")
        .contains("points=\"100.0,236.7 120.0,229.3 ");
    // The count axis of a top of 1 in steps of 0.2 labels its ticks without trailing zeros.
    assertThat(html)
        .contains("text-anchor=\"end\">0.2</text>")
        .contains("text-anchor=\"end\">1</text>");
    // Without a header: no threshold, a dash for every header field, no verdict row.
    assertThat(html)
        .contains("<tr><th>出具单位</th><td>—</td></tr>")
        .contains("<tr><th>报告日期</th><td>—</td></tr>")
        .contains("<tr><th>检查对象</th><td>—</td></tr>")
        .contains("<tr><th>批次</th><td>—</td></tr>")
        .contains("<tr><th>工具版本</th><td>—</td></tr>")
        .doesNotContain("合格标准")
        .doesNotContain("阈值")
        .doesNotContain("stroke-dasharray=\"5 3\"");
  }

  @Test
  void render_emptyReport_drawsEmptyAxesAndNoLine() {
    QualityReport.Totals t = new QualityReport.Totals(0, 0, 0, 0, 0, BigDecimal.ZERO);
    QualityReport r =
        new QualityReport(
            QualityReport.FORMAT,
            new QualityReport.Header(
                LocalDate.of(2026, 6, 1),
                "empty.jsonl",
                null,
                null,
                "siarchive",
                "1",
                BigDecimal.ONE,
                QualityReport.Verdict.NOTHING_CHECKED),
            "all",
            List.of(),
            List.of(),
            t,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null);
    String html = ReportHtml.render(r);
    assertThat(html)
        .contains("<tr><th>出具单位</th><td>—</td></tr>")
        .contains("<tr><th>批次</th><td>—</td></tr>")
        .contains("<tr><th>报告日期</th><td>2026-06-01</td></tr>")
        .contains("<td class=\"NOTHING_CHECKED\">")
        .contains("（无缺陷案卷 0.00%）")
        // The rate axis of a 0% threshold and no bar: one step to 1%; the Pareto's plot is 200
        // wide at the least.
        .contains(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"548\" height=\"92\""
                + " viewBox=\"0 0 548 92\" role=\"img\" aria-label=\"problem-volume rate per"
                + " sub-centre\">")
        // The threshold at 0 sits on the axis; its label, 46.3 wide, is kept inside: 12 + 23.2.
        .contains(
            "<line x1=\"12.0\" y1=\"20.0\" x2=\"12.0\" y2=\"48.0\" stroke=\"#b42318\""
                + " stroke-dasharray=\"5 3\"/><text x=\"35.2\" y=\"16.0\" text-anchor=\"middle\""
                + " style=\"fill:#b42318\">阈值 0%</text>")
        .contains(
            "width=\"288\" height=\"262\" viewBox=\"0 0 288 262\" role=\"img\""
                + " aria-label=\"Pareto of defects\">")
        .doesNotContain("<polyline")
        .doesNotContain("<rect");
  }

  @Test
  void changeSection_comparesRatesAndSaysWhatDiffers() {
    QualityReport.Change change =
        new QualityReport.Change(
            List.of("old 1", "old 2"),
            new BigDecimal("0.5000"),
            new BigDecimal("-0.2500"),
            List.of(
                new QualityReport.CodeChange("A", 3, 6, 1, 4),
                new QualityReport.CodeChange("B", 4, 4, 2, 3)),
            List.of(),
            10,
            20,
            true,
            2);
    String zh = ReportHtml.render(report(change));
    assertThat(zh)
        .contains(
            "<h2>与上期比较</h2>\n"
                + "<p class=\"note\">上期规则：old 1; old 2</p>\n"
                + "<p class=\"note\">问题案卷率 50.00% → 25.00% (-25.00 pp)</p>\n"
                + "<p class=\"note\">上期输入有 2 条记录无法读取：其比率只计已读取的案卷。</p>\n"
                + "<p class=\"note\">两期总体不同（上期检查 10 卷，本期 20 卷，或分中心、检查环节不同）：比较比率，不比较件数。</p>\n"
                + "<table>\n<tr><th class=\"l\">缺陷代码</th><th>上期涉及案卷率</th>"
                + "<th>本期涉及案卷率</th><th>变化</th><th>缺陷数 上期 → 本期</th></tr>\n"
                + "<tr><td class=\"l\">A</td><td>10.00%</td><td>20.00%</td><td>+10.00 pp</td>"
                + "<td>3 → 6</td></tr>\n"
                + "<tr><td class=\"l\">B</td><td>20.00%</td><td>15.00%</td><td>-5.00 pp</td>"
                + "<td>4 → 4</td></tr>\n</table>\n<div class=\"sign\">");
    String en = ReportHtml.render(report(change), Language.EN);
    assertThat(en)
        .contains("<h2>Change against the previous report</h2>")
        .contains("<p class=\"note\">rules then: old 1; old 2</p>")
        .contains("<p class=\"note\">problem-volume rate 50.00% → 25.00% (-25.00 pp)</p>")
        .contains(
            "The previous input had 2 records that could not be read: its rates are over the"
                + " volumes it read.")
        .contains(
            "The populations differ (10 volumes checked then, 20 now, or other sub-centres or"
                + " checks): compare the rates, not the counts.")
        .contains("<th>volumes with it, before</th><th>volumes with it, now</th><th>change</th>")
        .contains("<th>defects before → now</th>");

    QualityReport.Change same =
        new QualityReport.Change(
            List.of("e1"),
            new BigDecimal("0.2500"),
            BigDecimal.ZERO,
            List.of(),
            List.of(),
            20,
            20,
            false,
            0);
    assertThat(ReportHtml.render(report(same)))
        .contains("<p class=\"note\">问题案卷率 25.00% → 25.00% (0.00 pp)</p>\n<table>")
        .doesNotContain("两期总体不同")
        .doesNotContain("无法读取");
  }

  @Test
  void rejectedSection_listsTheFirstLinesAndSaysHowManyInAll() {
    QualityReport.Totals t = new QualityReport.Totals(5, 2, 3, 0, 0, BigDecimal.ZERO);
    List<LineResult.Rejected> lines =
        List.of(
            new LineResult.Rejected(2, "", "not JSON <here>"),
            new LineResult.Rejected(4, "/items/0", "missing"));
    QualityReport r =
        new QualityReport(
            QualityReport.FORMAT,
            null,
            "all",
            List.of(),
            List.of(),
            t,
            lines,
            List.of(
                new QualityReport.GroupFigures("SC01", "SC01", 2, 0, 0, BigDecimal.ZERO, Map.of())),
            List.of(new QualityReport.GroupFigures("X/Y", "X", 2, 0, 0, BigDecimal.ZERO, Map.of())),
            List.of(),
            null);
    assertThat(ReportHtml.render(r))
        .contains(
            "<h2>未能读取的记录</h2>\n"
                + "<p class=\"note\">共 3 条，列出前 2 条。</p>\n"
                + "<table>\n"
                + "<tr><th>行号</th><th class=\"l\">位置</th><th class=\"l\">原因</th></tr>\n"
                + "<tr><td>2</td><td class=\"l\">(line)</td><td class=\"l\">not JSON"
                + " &lt;here&gt;</td></tr>\n"
                + "<tr><td>4</td><td class=\"l\">/items/0</td><td class=\"l\">missing</td></tr>\n"
                + "</table>\n"
                + "<h2>按分中心</h2>");
    assertThat(ReportHtml.render(r, Language.EN))
        .contains("<h2>Records that could not be read</h2>")
        .contains("<p class=\"note\">3 in all; the first 2 are listed.</p>")
        .contains("<tr><th>line</th><th class=\"l\">pointer</th><th class=\"l\">reason</th></tr>");

    QualityReport.Totals all = new QualityReport.Totals(4, 2, 2, 0, 0, BigDecimal.ZERO);
    QualityReport listed =
        new QualityReport(
            QualityReport.FORMAT,
            null,
            "all",
            List.of(),
            List.of(),
            all,
            lines,
            r.subCenters(),
            r.categories(),
            List.of(),
            null);
    assertThat(ReportHtml.render(listed)).contains("<h2>未能读取的记录</h2>\n<table>");
  }

  @Test
  void width_countsCjkAsOneEmAndTheRestAsPointSixTwo() {
    assertThat(ReportHtml.width("")).isZero();
    assertThat(ReportHtml.width("ab")).isCloseTo(14.88, within(1e-9));
    assertThat(ReportHtml.width("分中心")).isEqualTo(36.0);
    // U+2E80, the first CJK radical, is wide; U+2E7F is not; a supplementary ideograph counts once.
    assertThat(ReportHtml.width("\u2E80")).isEqualTo(12.0);
    assertThat(ReportHtml.width("\u2E7F")).isCloseTo(7.44, within(1e-9));
    assertThat(ReportHtml.width(new String(Character.toChars(0x20000)))).isEqualTo(12.0);
  }

  @Test
  void axis_stepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
    assertThat(ReportHtml.Axis.of(0, 8)).isEqualTo(new ReportHtml.Axis(1, 1));
    assertThat(ReportHtml.Axis.of(-3, 8)).isEqualTo(new ReportHtml.Axis(1, 1));
    assertThat(ReportHtml.Axis.of(40, 8)).isEqualTo(new ReportHtml.Axis(5, 8));
    assertThat(ReportHtml.Axis.of(41, 8)).isEqualTo(new ReportHtml.Axis(10, 5));
    assertThat(ReportHtml.Axis.of(6, 6)).isEqualTo(new ReportHtml.Axis(1, 6));
    assertThat(ReportHtml.Axis.of(7, 6)).isEqualTo(new ReportHtml.Axis(2, 4));
    assertThat(ReportHtml.Axis.of(15, 6)).isEqualTo(new ReportHtml.Axis(2.5, 6));
    assertThat(ReportHtml.Axis.of(16, 6)).isEqualTo(new ReportHtml.Axis(5, 4));
    assertThat(ReportHtml.Axis.of(400, 8)).isEqualTo(new ReportHtml.Axis(50, 8));
    assertThat(ReportHtml.Axis.of(4000, 8)).isEqualTo(new ReportHtml.Axis(500, 8));
    assertThat(ReportHtml.Axis.of(40, 8).top()).isEqualTo(40.0);
    assertThat(ReportHtml.Axis.of(7, 6).ticks()).containsExactly(0.0, 2.0, 4.0, 6.0, 8.0);
    assertThat(ReportHtml.Axis.of(1, 8).label(0.125)).isEqualTo("0.125");
    assertThat(ReportHtml.Axis.of(1, 8).label(2.0)).isEqualTo("2");
    assertThat(ReportHtml.Axis.of(1, 8).label(1.0 / 3)).isEqualTo("0.3333");
  }

  @Test
  void charts_aThresholdAtTheRightEndAndAWideCountAxis_keepTheirLabelsInside() {
    // One sub-centre SC01 at 10% (label 29.8 wide: the plot starts at 42) against a threshold of
    // 15.99999%, the axis to 16 in steps of 2: the threshold line at 42 + 480 × 15.99999 / 16 =
    // 522.0; its English label, 19 × 7.44 = 141.4 wide, is pulled in to 42 + 536 - 70.7 - 2.
    BigDecimal acceptance = new BigDecimal("0.8400001");
    QualityReport.Totals t = new QualityReport.Totals(10, 10, 0, 1, 2500, new BigDecimal("0.1000"));
    Map<String, Long> perCode = Map.of("Z", 2500L);
    QualityReport r =
        new QualityReport(
            QualityReport.FORMAT,
            new QualityReport.Header(
                LocalDate.of(2026, 6, 1),
                "in.jsonl",
                null,
                null,
                "siarchive",
                "1",
                acceptance,
                QualityReport.Verdict.of(t, acceptance)),
            "all",
            List.of(),
            List.of(),
            t,
            List.of(),
            List.of(
                new QualityReport.GroupFigures(
                    "SC01", "SC01", 10, 1, 2500, new BigDecimal("0.1000"), perCode)),
            List.of(
                new QualityReport.GroupFigures(
                    "X/Y", "X", 10, 1, 2500, new BigDecimal("0.1000"), perCode)),
            List.of(
                new QualityReport.CodeFigures(
                    "Z", "MINOR", "Z", "Z", 2500, 1, BigDecimal.ONE, BigDecimal.ONE)),
            null);
    String en = ReportHtml.render(r, Language.EN);
    assertThat(en)
        .contains(
            "<line x1=\"522.0\" y1=\"20.0\" x2=\"522.0\" y2=\"48.0\" stroke=\"#b42318\""
                + " stroke-dasharray=\"5 3\"/><text x=\"505.3\" y=\"16.0\""
                + " text-anchor=\"middle\" style=\"fill:#b42318\">threshold 15.99999%</text>");
    // The count axis runs to 2500 in steps of 500; its top label "2500" is 29.8 wide, so the
    // plot starts at ceil(29.8 + 14) = 44.
    assertThat(en)
        .contains(
            "width=\"572\" height=\"276\" viewBox=\"0 0 572 276\" role=\"img\""
                + " aria-label=\"Pareto of defects\">")
        .contains("<text x=\"38.0\" y=\"28.0\" text-anchor=\"end\">2500</text>")
        .contains("<rect x=\"47.0\" y=\"24.0\" width=\"474\" height=\"220.0\"");
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
