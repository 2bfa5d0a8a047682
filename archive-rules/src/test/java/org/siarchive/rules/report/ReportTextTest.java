package org.siarchive.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.json.LineResult;

/** The plain-text report of {@link ReportHtmlTest}'s hand-built report, line by line. */
class ReportTextTest {

  @Test
  void render_writesEveryFigureInItsColumn() {
    QualityReport.Change change =
        new QualityReport.Change(
            List.of("old 1", "old 2"),
            new BigDecimal("0.5000"),
            new BigDecimal("-0.2500"),
            List.of(
                new QualityReport.CodeChange("A", 3, 6, 1, 4),
                new QualityReport.CodeChange("B", 4, 4, 2, 3)),
            List.of(
                new QualityReport.RateChange(
                    "SC01", new BigDecimal("0.5000"), new BigDecimal("0.4000")),
                new QualityReport.RateChange("SC02", null, new BigDecimal("0.1000")),
                new QualityReport.RateChange("SC03", new BigDecimal("0.2000"), null)),
            10,
            20,
            true,
            2);
    assertThat(ReportText.render(ReportHtmlTest.report(change)))
        .isEqualTo(
            String.join(
                "\n",
                "质量分析报告 Quality analysis report",
                "出具单位 issuing unit: Unit<x>",
                "报告日期 date: 2026-06-01; 检查对象 input: in.jsonl",
                "批次 batch: B1",
                "工具 tool: siarchive 1.2.3",
                "总体结论 verdict: 不合格 fail (volumes without defects 75.00%; acceptance rate 90%)",
                "suite self-check; rules: e1; e2",
                "not performed: image.content (no content source)",
                "",
                "read 20, checked 20, rejected 0",
                "volumes with defects 问题案卷 5 of 20 (25.00%); defects 缺陷 10",
                "problem-volume rate before 50.00%, change -25.00 pp",
                "  the previous input had 2 rejected records: its rates are over the volumes it"
                    + " read",
                "",
                "By sub-centre 按分中心",
                "  key                                   checked w/defects     rate  defects  名称",
                "  SC01                                       10         4   40.00%        8 "
                    + " 北辰分中心",
                "  SC02                                       10         1   10.00%        2  SC02",
                "",
                "By category 按类别",
                "  key                                   checked w/defects     rate  defects  名称",
                "  PENSION/APPLY                              20         5   25.00%       10 "
                    + " 养老待遇申领",
                "",
                "Pareto of defects 缺陷排列图",
                "  code                           severity  defects  volumes    share   cumul.  名称",
                "  A                              MAJOR           6        4   60.00%   60.00%  缺页",
                "  B                              MINOR           4        3   40.00%  100.00% "
                    + " 错号码",
                "",
                "Change against the previous report 与上期比较 (rules then: old 1; old 2)",
                "  populations differ 两期总体不同: 10 volumes checked then, 20 now (or other"
                    + " sub-centres or checks); rates compare, counts do not",
                "  code (volumes with it)            before ->       now  change     defects",
                "  A                                 10.00% ->    20.00%  +10.00 pp  3 -> 6",
                "  B                                 20.00% ->    15.00%  -5.00 pp   4 -> 4",
                "  sub-centre (problem rate)         before ->       now  change",
                "  SC01                              50.00% ->    40.00%  -10.00 pp",
                "  SC02                                   - ->    10.00%  ",
                "  SC03                              20.00% ->         -  ",
                ""));
  }

  @Test
  void render_withoutHeaderOrChange_listsTheRejectedLines() {
    QualityReport.Totals t = new QualityReport.Totals(5, 2, 3, 0, 0, BigDecimal.ZERO);
    List<LineResult.Rejected> lines =
        List.of(
            new LineResult.Rejected(2, "", "not JSON"),
            new LineResult.Rejected(4, "/items/0", "missing"));
    List<QualityReport.GroupFigures> groups =
        List.of(new QualityReport.GroupFigures("SC01", "SC01", 2, 0, 0, BigDecimal.ZERO, Map.of()));
    QualityReport r =
        new QualityReport(
            QualityReport.FORMAT,
            null,
            "all",
            List.of(),
            List.of(),
            t,
            lines,
            groups,
            groups,
            List.of(),
            null);
    String text = ReportText.render(r);
    assertThat(text)
        .startsWith(
            "质量分析报告 Quality analysis report\nsuite all; rules: \n\nread 5, checked 2, rejected 3\n"
                + "  rejected line 2: not JSON\n"
                + "  rejected line 4 at /items/0: missing\n"
                + "  (the first 2 of 3 rejected lines are listed)\n"
                + "volumes with defects 问题案卷 0 of 2 (0.00%); defects 缺陷 0\n\nBy sub-centre")
        .doesNotContain("issuing unit")
        .doesNotContain("Change against")
        .doesNotContain("problem-volume rate before");
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
            groups,
            groups,
            List.of(),
            null);
    assertThat(ReportText.render(listed)).doesNotContain("rejected lines are listed");
  }
}
