package org.siarchive.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.core.id.CitizenId;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.SubCenter;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.Language;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.NotPerformed;
import org.siarchive.rules.quality.QualityRun;
import org.siarchive.rules.quality.RunSummary;
import org.siarchive.rules.quality.SyntheticLines;

class ReportTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
  private static final CheckContext CONTEXT =
      CheckContext.builder(MaterialRules.bundledIllustrative())
          .clock(CLOCK)
          .retention(SyntheticLines.SCHEDULE)
          .build();
  private static final String PERSON = "11010519491231002X";

  record Outcome(RunSummary summary, QualityReport report, RectificationNotice notice) {}

  static Outcome run(
      String content, CheckContext context, QualityReport previous, String subCenter) {
    ReportBuilder report = ReportBuilder.of(context);
    NoticeBuilder notice = NoticeBuilder.of(context, subCenter);
    RunSummary s =
        QualityRun.builder(context)
            .listener(report)
            .listener(notice)
            .build()
            .run(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    return new Outcome(s, report.build(s, previous), notice.build(s));
  }

  @Test
  void report_figuresAddUp_perSubCentreCategoryAndCode() {
    Outcome o = run(SyntheticLines.of(300, 11), CONTEXT, null, "SC01");
    QualityReport r = o.report();

    assertThat(r.totals().read()).isEqualTo(300);
    assertThat(r.totals().checked()).isEqualTo(o.summary().checked());
    assertThat(r.totals().rejected()).isPositive();
    assertThat(r.totals().volumesWithDefects()).isPositive().isLessThan(r.totals().checked());
    assertThat(r.subCenters().stream().mapToLong(QualityReport.GroupFigures::checked).sum())
        .isEqualTo(r.totals().checked());
    assertThat(r.categories().stream().mapToLong(QualityReport.GroupFigures::defects).sum())
        .isEqualTo(r.totals().defects());
    assertThat(r.pareto().stream().mapToLong(QualityReport.CodeFigures::defects).sum())
        .isEqualTo(r.totals().defects());
    assertThat(r.pareto().get(r.pareto().size() - 1).cumulativeShare()).isEqualByComparingTo("1");
    for (int i = 1; i < r.pareto().size(); i++) {
      assertThat(r.pareto().get(i).defects()).isLessThanOrEqualTo(r.pareto().get(i - 1).defects());
    }
    assertThat(r.editions())
        .containsExactly(
            "material-rules illustrative 2026.1 (illustrative)",
            "defect-catalogue 2026.1",
            "retention-schedule cn-national 2009");
    assertThat(r.notPerformed())
        .extracting(NotPerformed::check)
        .containsExactly("images.content", "images.file", "images.seals");
    assertThat(r.notPerformed().get(0))
        .isEqualTo(
            new NotPerformed("images.content", "no image files were given (a content source)"));
    assertThat(r.notPerformed().get(1).reason()).contains("image files were not read");
    assertThat(ReportText.render(r))
        .contains("not performed: images.content (no image files were given (a content source))");
  }

  @Test
  void report_roundTripsThroughJson_andComparesWithAPrevious() {
    QualityReport before = run(SyntheticLines.of(200, 3), CONTEXT, null, "SC01").report();
    QualityReport again =
        QualityReport.read(
            new ByteArrayInputStream(ArchiveJson.write(before).getBytes(StandardCharsets.UTF_8)),
            "before.json");
    assertThat(again).isEqualTo(before);

    QualityReport now = run(SyntheticLines.of(200, 4), CONTEXT, again, "SC01").report();

    QualityReport.Change c = now.change();
    assertThat(c.problemRateBefore()).isEqualTo(before.totals().problemRate());
    assertThat(c.problemRateDelta())
        .isEqualTo(now.totals().problemRate().subtract(before.totals().problemRate()));
    long beforeSum = c.codes().stream().mapToLong(QualityReport.CodeChange::before).sum();
    long nowSum = c.codes().stream().mapToLong(QualityReport.CodeChange::now).sum();
    assertThat(beforeSum).isEqualTo(before.totals().defects());
    assertThat(nowSum).isEqualTo(now.totals().defects());
    assertThat(ReportText.render(now)).contains("Change against the previous report");
  }

  @Test
  void report_readBack_refusesFiguresThatDoNotAddUp() {
    QualityReport r = run(SyntheticLines.of(100, 5), CONTEXT, null, "SC01").report();
    QualityReport.GroupFigures first = r.subCenters().get(0);
    String json =
        ArchiveJson.write(r)
            .replace(
                "\"key\":\""
                    + first.key()
                    + "\",\"name\":\""
                    + first.name()
                    + "\",\"checked\":"
                    + first.checked(),
                "\"key\":\""
                    + first.key()
                    + "\",\"name\":\""
                    + first.name()
                    + "\",\"checked\":"
                    + (first.checked() + 1));
    assertThat(json).isNotEqualTo(ArchiveJson.write(r));
    assertThatThrownBy(
            () ->
                QualityReport.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "edited.json"))
        .hasMessageStartingWith("edited.json: ")
        .hasMessageContaining("sums equal to totals");
    String skewed = ArchiveJson.write(r).replaceFirst("\"read\":(\\d+)", "\"read\":1");
    assertThatThrownBy(
            () ->
                QualityReport.read(
                    new ByteArrayInputStream(skewed.getBytes(StandardCharsets.UTF_8)),
                    "edited.json"))
        .hasMessageContaining("read = checked + rejected");
  }

  @Test
  void html_isSelfContained_escapesEveryText_andDrawsBothCharts() {
    String rules =
        MaterialRules.bundledIllustrative()
            .toJson()
            .replace("\"zh\" : \"养老保险待遇核定\"", "\"zh\" : \"<script>alert('x')</script>&\"");
    MaterialRules hostile =
        MaterialRules.load(
            new ByteArrayInputStream(rules.getBytes(StandardCharsets.UTF_8)), "hostile.json");
    CheckContext context =
        CheckContext.builder(hostile).clock(CLOCK).retention(SyntheticLines.SCHEDULE).build();
    String html = ReportHtml.render(run(SyntheticLines.of(300, 6), context, null, "SC01").report());

    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;");
    assertThat(html.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("<script", "src=", "href=", "@import", "url(", "<link");
    assertThat(html)
        .contains("<svg")
        .contains("<polyline")
        .contains("aria-label=\"problem-volume rate per sub-centre\"");
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    int charts = 0;
    for (int at = html.indexOf("<svg"); at >= 0; at = html.indexOf("<svg", at + 1)) {
      String svg = html.substring(at, html.indexOf("</svg>", at) + "</svg>".length());
      assertThat(balanced(svg)).as("tags of %s…", svg.substring(0, 60)).isTrue();
      charts++;
    }
    assertThat(charts).as("well-formed SVG charts").isEqualTo(2);
    assertThat(balanced("<svg><rect/><text>a</svg></text>")).as("the checker itself").isFalse();
  }

  private static QualityReport.Totals totals(long checked, long rejected, long with) {
    return new QualityReport.Totals(
        checked + rejected, checked, rejected, with, with, Rates.of(with, checked));
  }

  @Test
  void header_namesDateInputBatchIssuingUnitToolAndVerdict_andTheJsonCarriesIt() {
    ReportBuilder builder =
        ReportBuilder.of(CONTEXT)
            .input("2026-07.jsonl")
            .batch("B2026-07")
            .issuingUnit("某市社会保险事业管理中心档案馆")
            .acceptanceRate(new BigDecimal("0.5"));
    RunSummary s =
        QualityRun.builder(CONTEXT)
            .listener(builder)
            .build()
            .run(
                new ByteArrayInputStream(
                    SyntheticLines.of(200, 7).getBytes(StandardCharsets.UTF_8)));
    QualityReport r = builder.build(s, null);

    QualityReport.Header h = r.header();
    assertThat(h.issuedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(h.input()).isEqualTo("2026-07.jsonl");
    assertThat(h.batch()).isEqualTo("B2026-07");
    assertThat(h.issuingUnit()).isEqualTo("某市社会保险事业管理中心档案馆");
    assertThat(h.tool()).isEqualTo("siarchive");
    assertThat(h.toolVersion()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("$");
    assertThat(h.verdict())
        .as("rejected lines leave the input not covered")
        .isEqualTo(QualityReport.Verdict.INCOMPLETE);
    String json = ArchiveJson.write(r);
    assertThat(json)
        .startsWith(
            "{\"format\":\"siarchive-quality-report/1\",\"header\":{\"issuedOn\":\"2026-06-01\","
                + "\"input\":\"2026-07.jsonl\",\"batch\":\"B2026-07\",\"issuingUnit\":\"某市社会保险事业管理中心档案馆\","
                + "\"tool\":\"siarchive\",\"toolVersion\":\""
                + h.toolVersion()
                + "\",\"acceptanceRate\":0.5,\"verdict\":\"INCOMPLETE\"},\"suite\":");
    assertThat(json).contains("\"editions\":[\"material-rules illustrative 2026.1");
    assertThat(
            QualityReport.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "r.json"))
        .isEqualTo(r);
    assertThat(ReportText.render(r))
        .contains("出具单位 issuing unit: 某市社会保险事业管理中心档案馆")
        .contains("报告日期 date: 2026-06-01; 检查对象 input: 2026-07.jsonl")
        .contains("总体结论 verdict: 数据不完整，不予判定");
    assertThat(ReportHtml.render(r))
        .contains("<th>出具单位</th><td>某市社会保险事业管理中心档案馆</td>")
        .contains("<th>批次</th><td>B2026-07</td>")
        .contains("<th>工具版本</th><td>siarchive " + h.toolVersion() + "</td>")
        .contains("阈值 50%");
  }

  @Test
  void verdict_isDecidedExactlyFromTheCounts_atTheThreshold() {
    BigDecimal rate = new BigDecimal("0.95");
    assertThat(QualityReport.Verdict.of(totals(100, 0, 5), rate))
        .isEqualTo(QualityReport.Verdict.PASS);
    assertThat(QualityReport.Verdict.of(totals(100, 0, 6), rate))
        .isEqualTo(QualityReport.Verdict.FAIL);
    assertThat(QualityReport.Verdict.of(totals(1068, 0, 53), rate))
        .isEqualTo(QualityReport.Verdict.PASS);
    assertThat(QualityReport.Verdict.of(totals(1068, 0, 54), rate))
        .isEqualTo(QualityReport.Verdict.FAIL);
    assertThat(QualityReport.Verdict.of(totals(100, 1, 0), rate))
        .isEqualTo(QualityReport.Verdict.INCOMPLETE);
    assertThat(QualityReport.Verdict.of(totals(0, 0, 0), rate))
        .isEqualTo(QualityReport.Verdict.NOTHING_CHECKED);
    assertThatThrownBy(() -> QualityReport.Verdict.of(totals(1, 0, 0), BigDecimal.ZERO))
        .hasMessageContaining("acceptanceRate")
        .hasMessageContaining("above 0 and at most 1");
    // Oracle: pass when (checked - with) * 10^s >= unscaled(rate) * checked, in BigInteger.
    qt().withFixedSeed(15L)
        .withExamples(2000)
        .forAll(
            longs().between(1, 1_000_000),
            longs().between(0, 1_000_000),
            integers().between(1, 10_000))
        .checkAssert(
            (checked, withRaw, basisPoints) -> {
              long with = withRaw % (checked + 1);
              BigDecimal r = BigDecimal.valueOf(basisPoints, 4);
              boolean pass =
                  BigInteger.valueOf(checked - with)
                          .multiply(BigInteger.TEN.pow(4))
                          .compareTo(
                              BigInteger.valueOf(basisPoints).multiply(BigInteger.valueOf(checked)))
                      >= 0;
              assertThat(QualityReport.Verdict.of(totals(checked, 0, with), r))
                  .as("checked %d, with %d, rate %s", checked, with, r)
                  .isEqualTo(pass ? QualityReport.Verdict.PASS : QualityReport.Verdict.FAIL);
            });
  }

  @Test
  void verdictThatDisagreesWithTheTotals_isRefusedOnRead() {
    QualityReport r = run(SyntheticLines.of(100, 5), CONTEXT, null, "SC01").report();
    String json =
        ArchiveJson.write(r).replace("\"verdict\":\"INCOMPLETE\"", "\"verdict\":\"PASS\"");
    assertThatThrownBy(
            () ->
                QualityReport.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "edited.json"))
        .hasMessageContaining("header/verdict")
        .hasMessageContaining("PASS");
  }

  @Test
  void rates_areRoundedOnce_fromTheExactCounts() {
    // SC06 of the demo: 165/1068 = 15.449...%: 15.45% everywhere, its fraction 0.1545.
    assertThat(Rates.percent(165, 1068)).isEqualTo("15.45%");
    assertThat(Rates.of(165, 1068)).isEqualByComparingTo("0.1545");
    assertThat(Rates.percent(1, 8)).isEqualTo("12.50%");
    assertThat(Rates.percent(1, 3)).isEqualTo("33.33%");
    assertThat(Rates.percent(0, 0)).isEqualTo("0.00%");
    assertThat(Rates.points(1, 3, 2, 3)).isEqualTo("+33.33 pp");
    assertThat(Rates.points(38, 1200, 416, 3000)).isEqualTo("+10.70 pp");
    assertThat(Rates.points(2, 3, 1, 3)).isEqualTo("-33.33 pp");
    assertThat(Rates.percentOfExact(new BigDecimal("0.975"))).isEqualTo("97.5%");
    qt().withFixedSeed(1068L)
        .withExamples(2000)
        .forAll(longs().between(0, 10_000_000), longs().between(1, 10_000_000))
        .checkAssert(
            (partRaw, whole) -> {
              long part = partRaw % (whole + 1);
              BigDecimal exact =
                  new BigDecimal(BigInteger.valueOf(part).multiply(BigInteger.valueOf(100)))
                      .divide(BigDecimal.valueOf(whole), 30, RoundingMode.DOWN);
              BigDecimal once = exact.setScale(2, RoundingMode.HALF_EVEN);
              // 30 digits: a run of zeros that long cannot follow a 5 for wholes below 10^7,
              // so the oracle's one rounding sees ties exactly where they are.
              assertThat(Rates.percent(part, whole))
                  .as("%d / %d", part, whole)
                  .isEqualTo(once.toPlainString() + "%");
            });
  }

  @Test
  void subCentres_areNamedByTheirVolumes_orByTheHostsList() {
    String lines =
        SyntheticLines.of(300, 11)
            .replaceAll(
                "\"subCenterId\":\"(SC0[12])\"",
                "\"subCenterId\":\"$1\",\"subCenterName\":\"$1 的分中心\"");
    ReportBuilder builder =
        ReportBuilder.of(CONTEXT).subCenters(List.of(new SubCenter("SC02", "河东分中心")));
    RunSummary s =
        QualityRun.builder(CONTEXT)
            .listener(builder)
            .build()
            .run(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
    QualityReport r = builder.build(s, null);

    assertThat(r.subCenters())
        .extracting(QualityReport.GroupFigures::key, QualityReport.GroupFigures::name)
        .contains(
            org.assertj.core.groups.Tuple.tuple("SC01", "SC01 的分中心"),
            org.assertj.core.groups.Tuple.tuple("SC02", "河东分中心"));
    assertThat(r.subCenters())
        .filteredOn(g -> !g.key().equals("SC01") && !g.key().equals("SC02"))
        .allSatisfy(g -> assertThat(g.name()).isEqualTo(g.key()));
    assertThat(ReportHtml.render(r)).contains("SC02 河东分中心</text>");
  }

  @Test
  void change_ofBatchesOfDifferentSizes_comparesRates_andSaysThePopulationsDiffer() {
    QualityReport before = run(SyntheticLines.of(120, 3), CONTEXT, null, "SC01").report();
    QualityReport now = run(SyntheticLines.of(300, 4), CONTEXT, before, "SC01").report();

    QualityReport.Change c = now.change();
    assertThat(c.populationsDiffer()).isTrue();
    assertThat(c.checkedBefore()).isEqualTo(before.totals().checked());
    assertThat(c.checkedNow()).isEqualTo(now.totals().checked());
    for (QualityReport.CodeChange code : c.codes()) {
      long volumesBefore =
          before.pareto().stream()
              .filter(p -> p.code().equals(code.code()))
              .mapToLong(QualityReport.CodeFigures::volumes)
              .sum();
      assertThat(code.volumesBefore()).isEqualTo(volumesBefore);
    }
    QualityReport.CodeChange first = c.codes().get(0);
    assertThat(ReportText.render(now))
        .contains(
            "populations differ 两期总体不同: "
                + c.checkedBefore()
                + " volumes checked then, "
                + c.checkedNow()
                + " now")
        .contains(Rates.percent(first.volumesBefore(), c.checkedBefore()) + " -> ");
    assertThat(ReportHtml.render(now)).contains("两期总体不同");

    QualityReport same = run(SyntheticLines.of(120, 3), CONTEXT, before, "SC01").report();
    assertThat(same.change().populationsDiffer()).isFalse();
    assertThat(ReportText.render(same)).doesNotContain("populations differ");
  }

  @Test
  void html_inEnglish_labelsTheParetoWithTheCataloguesEnglishNames_andSortsTheRates() {
    QualityReport r = run(SyntheticLines.of(300, 6), CONTEXT, null, "SC01").report();
    String en = ReportHtml.render(r, Language.EN);
    String zh = ReportHtml.render(r);
    QualityReport.CodeFigures top = r.pareto().get(0);
    assertThat(en).contains("<html lang=\"en\">").contains(">" + top.en() + "</text>");
    assertThat(zh).contains("<html lang=\"zh-CN\">").contains(">" + top.zh() + "</text>");
    assertThat(zh).doesNotContain(">" + top.code() + "</text>");
    assertThat(zh)
        .contains("font-family:\"Noto Sans CJK SC\"")
        .contains("Microsoft YaHei")
        .contains("@page{size:A4");
    // Bars are drawn highest rate first.
    List<String> drawn = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<title>(SC\\d+)[^:]*: ([0-9.]+)%</title>").matcher(zh);
    while (m.find()) {
      drawn.add(m.group(2));
    }
    assertThat(drawn).hasSize(r.subCenters().size());
    assertThat(drawn.stream().map(BigDecimal::new).toList())
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  /** True when every element opened in the markup is closed in order (no text holds a raw '<'). */
  private static boolean balanced(String markup) {
    java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<(/?)([a-zA-Z]+)[^<>]*?(/?)>").matcher(markup);
    int consumed = 0;
    while (m.find()) {
      if (markup.substring(consumed, m.start()).contains("<")) {
        return false;
      }
      consumed = m.end();
      if (!m.group(3).isEmpty()) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        open.push(m.group(2));
      } else if (open.isEmpty() || !open.pop().equals(m.group(2))) {
        return false;
      }
    }
    return open.isEmpty() && !markup.substring(consumed).contains("<");
  }

  @Test
  void notice_listsOnlyItsSubCentresVolumes_withMessagesAndGuidance() {
    Outcome o = run(SyntheticLines.of(400, 8), CONTEXT, null, "SC02");
    RectificationNotice n = o.notice();
    QualityReport.GroupFigures sc02 =
        o.report().subCenters().stream()
            .filter(g -> g.key().equals("SC02"))
            .findFirst()
            .orElseThrow();

    assertThat(n.volumes()).hasSize((int) sc02.volumesWithDefects()).isNotEmpty();
    assertThat(n.volumes()).allSatisfy(v -> assertThat(v.volumeId()).startsWith("SC02-"));
    assertThat(n.volumesChecked()).isEqualTo(sc02.checked());
    assertThat(n.guidance().stream().mapToLong(RectificationNotice.Guidance::count).sum())
        .isEqualTo(sc02.defects());
    String text = n.toText();
    assertThat(text)
        .startsWith("整改意见书 Rectification notice\n")
        .contains("二、整改要求 What to do")
        .contains("依据 reference:");
    assertThat(n.issuedOn()).hasToString("2026-06-01");
  }

  @Test
  void personalIdentifiers_neverAppearUnmasked_evenWhereTypedIntoTheCatalogue() {
    List<String> lines = new ArrayList<>();
    Volume v = SyntheticLines.volume(1);
    CatalogEntry e = v.catalogue().get(0);
    Volume typedWrong =
        v.toBuilder()
            .person(CitizenId.of(PERSON))
            .businessType(new BusinessType(v.businessType().line(), "NOT_IN_RULES"))
            .catalogue(
                List.of(
                    new CatalogEntry(
                        e.itemNumber(),
                        PERSON,
                        e.materialCode(),
                        e.title(),
                        PERSON,
                        e.responsibleParty(),
                        null,
                        e.registeredPages())))
            .build();
    lines.add(ArchiveJson.writeVolume(typedWrong));
    Outcome o = run(String.join("\n", lines), CONTEXT, null, typedWrong.subCenterId());

    String all =
        ArchiveJson.write(o.report())
            + ReportText.render(o.report())
            + ReportHtml.render(o.report())
            + o.notice().toText()
            + ArchiveJson.write(o.notice());
    assertThat(all).doesNotContain(PERSON).contains("110105********002X");
  }

  @Test
  void rejectedRecords_areListedByLinePointerAndReason_inReportTextHtmlJsonAndNotice() {
    Outcome o = run(SyntheticLines.of(300, 11), CONTEXT, null, "SC01");
    QualityReport r = o.report();
    List<org.siarchive.core.json.LineResult.Rejected> listed = r.rejectedLines();
    assertThat(listed).hasSize((int) r.totals().rejected()).isNotEmpty();
    assertThat(listed)
        .extracting(org.siarchive.core.json.LineResult.Rejected::line)
        .isSorted()
        .doesNotHaveDuplicates();
    org.siarchive.core.json.LineResult.Rejected first = listed.get(0);
    assertThat(ReportText.render(r)).contains("rejected line " + first.line());
    assertThat(ReportHtml.render(r)).contains("未能读取的记录").contains("<td>" + first.line() + "</td>");
    assertThat(ArchiveJson.write(r)).contains("\"rejectedLines\"");

    RectificationNotice n = o.notice();
    assertThat(n.rejected()).isEqualTo(r.totals().rejected());
    assertThat(n.rejectedLines()).isEqualTo(listed);
    assertThat(n.toText())
        .contains("records of the file could not be read")
        .contains("line " + first.line())
        .doesNotContain("No defects found; nothing to rectify.");

    QualityReport now = run(SyntheticLines.of(200, 4), CONTEXT, r, "SC01").report();
    assertThat(now.change().rejectedBefore()).isEqualTo(r.totals().rejected());
    assertThat(ReportText.render(now)).contains("the previous input had " + r.totals().rejected());
  }

  @Test
  void aReadWithoutRejections_writesNoRejectedLines_andTheNoticeCountsNone() {
    String one =
        SyntheticLines.of(300, 11)
            .lines()
            .filter(l -> l.contains("\"SC01-"))
            .findFirst()
            .orElseThrow();
    Outcome o = run(one + "\n", CONTEXT, null, "SC01");
    assertThat(o.report().totals().rejected()).isZero();
    assertThat(ArchiveJson.write(o.report())).doesNotContain("rejectedLines");
    assertThat(o.notice().rejected()).isZero();
  }
}
