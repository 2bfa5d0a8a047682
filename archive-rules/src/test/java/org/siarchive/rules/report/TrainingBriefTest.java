package org.siarchive.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.defect.Severity;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.Language;
import org.siarchive.rules.quality.CleanVolumes;
import org.siarchive.rules.quality.DefectCatalogue;
import org.siarchive.rules.quality.DefectType;
import org.siarchive.rules.quality.VolumeResult;

/**
 * The training brief over a hand-made run of three volumes and a previous period: each scope's
 * Pareto, rates and trends counted by hand, the catalogue's names and guidance, where each defect
 * concentrates, and the page.
 */
class TrainingBriefTest {
  private static final DefectCatalogue CATALOGUE = DefectCatalogue.bundled();
  private static final String DATE = "DATE_MISSING";
  private static final String ITEMS = "ITEM_COUNT_MISMATCH";
  private static final String HOST = "HOST_CODE_LONGER_THAN_16";

  private static Volume of(String subCenter, int skip) {
    return LongStream.range(0, 10_000)
        .mapToObj(CleanVolumes::fromSeed)
        .filter(v -> v.subCenterId().equals(subCenter))
        .skip(skip)
        .findFirst()
        .orElseThrow();
  }

  private static final Volume A1 = of("SC01", 0).toBuilder().subCenterName("北辰分中心").build();
  private static final Volume A2 =
      of("SC01", 1).toBuilder().businessType(A1.businessType()).build();
  private static final Volume B1 = of("SC02", 0);

  private static VolumeResult result(Volume v, String... codes) {
    List<Defect> ds = new ArrayList<>();
    for (String c : codes) {
      ds.add(Defect.of(DefectCode.of(c), Severity.MAJOR, Location.volume(v.id())));
    }
    return VolumeResult.of(0, v, ds);
  }

  private static DefectType type(String code) {
    return CATALOGUE.types().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
  }

  /** Last period: 4 volumes of SC01, DATE_MISSING 4 times and ITEM_COUNT_MISMATCH once. */
  private static QualityReport previous() {
    QualityReport.Totals t = new QualityReport.Totals(4, 4, 0, 4, 5, BigDecimal.ONE);
    Map<String, Long> codes = Map.of(DATE, 4L, ITEMS, 1L);
    return new QualityReport(
        QualityReport.FORMAT,
        null,
        "all",
        List.of(),
        List.of(),
        t,
        List.of(),
        List.of(new QualityReport.GroupFigures("SC01", "SC01", 4, 4, 5, BigDecimal.ONE, codes)),
        List.of(new QualityReport.GroupFigures("X/Y", "X", 4, 4, 5, BigDecimal.ONE, codes)),
        List.of(
            new QualityReport.CodeFigures(
                DATE, "MAJOR", "z", "e", 4, 4, new BigDecimal("0.8"), new BigDecimal("0.8")),
            new QualityReport.CodeFigures(
                ITEMS, "BLOCKING", "z", "e", 1, 1, new BigDecimal("0.2"), BigDecimal.ONE)),
        null);
  }

  private static TrainingBrief.Builder run(TrainingBrief.Builder b) {
    b.checked(result(A1, ITEMS, ITEMS, DATE));
    b.checked(result(A2, DATE));
    b.checked(result(B1, HOST));
    return b;
  }

  @Test
  void build_ranksEachScopesDefectsWithRatesTrendsGuidanceAndConcentration() {
    TrainingBrief brief =
        run(TrainingBrief.builder(CATALOGUE)
                .previous(previous())
                .handlerOf(v -> v == A2 ? "h2" : "h1")
                .topics(2))
            .build();
    assertThat(brief.topics()).isEqualTo(2);
    assertThat(brief.editionChanges()).isNull();

    TrainingBrief.Scope city = brief.city();
    assertThat(city.key()).isEqualTo("city");
    assertThat(city.name()).isEqualTo("全市");
    assertThat(city.checked()).isEqualTo(3);
    assertThat(city.checkedBefore()).isEqualTo(4);
    assertThat(city.defects()).isEqualTo(5);
    // 2 DATE_MISSING and 2 ITEM_COUNT_MISMATCH tie, by code; the host's code (1) is cut by topics.
    assertThat(city.pareto()).extracting(TrainingBrief.Topic::code).containsExactly(DATE, ITEMS);
    DefectType date = type(DATE);
    String category = A1.businessType().toString();
    assertThat(city.pareto().get(0))
        .isEqualTo(
            new TrainingBrief.Topic(
                DATE,
                date.severity().name(),
                date.zh(),
                date.en(),
                2,
                new BigDecimal("0.4000"),
                new BigDecimal("0.4000"),
                new BigDecimal("0.6667"),
                new BigDecimal("1.0000"),
                // 2 of 3 now against 4 of 4 before: 2 × 4 < 4 × 3.
                TrainingBrief.Trend.DOWN,
                date.guidance().in(Language.ZH),
                date.guidance().in(Language.EN),
                List.of(new TrainingBrief.Concentration(category, 2, new BigDecimal("1.0000"))),
                List.of(
                    new TrainingBrief.Concentration("h1", 1, new BigDecimal("0.5000")),
                    new TrainingBrief.Concentration("h2", 1, new BigDecimal("0.5000")))));
    TrainingBrief.Topic items = city.pareto().get(1);
    assertThat(items.cumulativeShare()).isEqualTo(new BigDecimal("0.8000"));
    assertThat(items.rateBefore()).isEqualTo(new BigDecimal("0.2500"));
    assertThat(items.trend()).isEqualTo(TrainingBrief.Trend.UP);
    assertThat(items.severity()).isEqualTo("BLOCKING");
    assertThat(items.handlers())
        .containsExactly(new TrainingBrief.Concentration("h1", 2, new BigDecimal("1.0000")));

    assertThat(brief.subCenters())
        .extracting(TrainingBrief.Scope::key)
        .containsExactly("SC01", "SC02");
    TrainingBrief.Scope sc01 = brief.subCenters().get(0);
    assertThat(sc01.name()).isEqualTo("北辰分中心");
    assertThat(sc01.checked()).isEqualTo(2);
    assertThat(sc01.defects()).isEqualTo(4);
    // 2 of 2 now against 4 of 4 before: the same rate.
    assertThat(sc01.pareto().get(0).trend()).isEqualTo(TrainingBrief.Trend.SAME);
    assertThat(sc01.pareto().get(0).rate()).isEqualTo(new BigDecimal("1.0000"));
    assertThat(sc01.pareto().get(1).trend()).isEqualTo(TrainingBrief.Trend.UP);

    // SC02 was not in the previous report: no rate before, and its defect is new.
    TrainingBrief.Scope sc02 = brief.subCenters().get(1);
    assertThat(sc02.name()).isEqualTo("SC02");
    assertThat(sc02.checkedBefore()).isZero();
    TrainingBrief.Topic host = sc02.pareto().get(0);
    assertThat(host.trend()).isEqualTo(TrainingBrief.Trend.NEW);
    assertThat(host.rateBefore()).isNull();
    assertThat(host.zh()).isEqualTo(HOST);
    assertThat(host.en()).isEqualTo(HOST);
    assertThat(host.severity()).isEmpty();
    assertThat(host.guidanceZh()).isEmpty();
    assertThat(host.guidanceEn()).isEmpty();
    assertThat(host.share()).isEqualTo(new BigDecimal("1.0000"));
  }

  @Test
  void build_withoutAPreviousPeriodOrHandlers_hasNoTrendAndNoHandlers() {
    TrainingBrief brief = run(TrainingBrief.builder(CATALOGUE)).build();
    assertThat(brief.topics()).isEqualTo(TrainingBrief.DEFAULT_TOPICS);
    assertThat(brief.city().checkedBefore()).isNull();
    assertThat(brief.city().pareto()).hasSize(3);
    assertThat(brief.city().pareto())
        .allSatisfy(
            t -> {
              assertThat(t.trend()).isEqualTo(TrainingBrief.Trend.NO_PREVIOUS);
              assertThat(t.rateBefore()).isNull();
              assertThat(t.handlers()).isEmpty();
            });
    assertThat(brief.city().pareto().get(2).cumulativeShare()).isEqualTo(new BigDecimal("1.0000"));
    assertThat(brief.city().pareto().get(2).rate()).isEqualTo(new BigDecimal("0.3333"));
  }

  @Test
  void build_previousWithADefectInAnEmptyPeriod_isNotATrend() {
    // A previous period that checked nothing: no rate before, and every code is new.
    QualityReport.Totals t = new QualityReport.Totals(0, 0, 0, 0, 0, BigDecimal.ZERO);
    QualityReport empty =
        new QualityReport(
            QualityReport.FORMAT,
            null,
            "all",
            List.of(),
            List.of(),
            t,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null);
    TrainingBrief brief = run(TrainingBrief.builder(CATALOGUE).previous(empty)).build();
    assertThat(brief.city().checkedBefore()).isZero();
    assertThat(brief.city().pareto())
        .allSatisfy(
            x -> {
              assertThat(x.rateBefore()).isNull();
              assertThat(x.trend()).isEqualTo(TrainingBrief.Trend.NEW);
            });
  }

  @Test
  void topics_isOneToOneHundred() {
    TrainingBrief.Builder b = TrainingBrief.builder(CATALOGUE);
    assertThatThrownBy(() -> b.topics(0)).hasMessage("Invalid value for topics (1 - 100): 0");
    assertThatThrownBy(() -> b.topics(101)).hasMessage("Invalid value for topics (1 - 100): 101");
    assertThat(b.topics(1)).isSameAs(b);
    assertThat(b.topics(100)).isSameAs(b);
    assertThat(TrainingBrief.ratio(1, 0)).isEqualTo(new BigDecimal("0.0000"));
    assertThat(TrainingBrief.ratio(2, 3)).isEqualTo(new BigDecimal("0.6667"));
    assertThat(TrainingBrief.ratio(1, 8)).isEqualTo(new BigDecimal("0.1250"));
    assertThat(TrainingBrief.ratio(8, 160000)).as("half-even").isEqualTo(new BigDecimal("0.0000"));
    assertThat(TrainingBrief.ratio(24, 160000)).as("half-even").isEqualTo(new BigDecimal("0.0002"));
  }

  @Test
  void render_writesEachScopeItsTableAndItsChart() {
    TrainingBrief brief =
        run(TrainingBrief.builder(CATALOGUE)
                .previous(previous())
                .handlerOf(v -> v == A2 ? "h2" : "h1")
                .topics(2))
            .build();
    String html = TrainingBriefHtml.render(brief);
    DefectType date = type(DATE);
    DefectType items = type(ITEMS);
    String category = A1.businessType().toString();
    assertThat(html)
        .startsWith("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .contains("<h1>培训简报 Training brief</h1>")
        .contains(
            "<h2>全市 City</h2><p>检查 3 卷，问题 5 个 — 3 volumes checked, 5 defects; 上期 previous 4"
                + " volumes</p>")
        .contains(
            "<h2>北辰分中心 (SC01)</h2><p>检查 2 卷，问题 4 个 — 2 volumes checked, 4 defects; 上期"
                + " previous 4 volumes</p>")
        .contains("<h2>SC02 (SC02)</h2>")
        // max(rate, rate before) = 1, so the scale is 1.1; the plot is 400 wide from x = 250.
        .contains(
            "<svg viewBox=\"0 0 720 78\" width=\"720\" height=\"78\" role=\"img\""
                + " aria-label=\"Pareto of rates\">"
                + "<line x1=\"250.0\" y1=\"4\" x2=\"250.0\" y2=\"56\" stroke=\"#ddd\"/>"
                + "<text x=\"250.0\" y=\"70\" text-anchor=\"middle\">0.000</text>"
                + "<line x1=\"350.0\" y1=\"4\" x2=\"350.0\" y2=\"56\" stroke=\"#ddd\"/>"
                + "<text x=\"350.0\" y=\"70\" text-anchor=\"middle\">0.275</text>")
        .contains(
            "<text x=\"650.0\" y=\"70\" text-anchor=\"middle\">1.100</text>"
                + "<text x=\"244\" y=\"20\" text-anchor=\"end\">"
                + date.zh()
                + "</text><rect x=\"250\" y=\"8\" width=\"242.4\" height=\"16\" fill=\"#4472c4\"/>"
                + "<text x=\"496.4\" y=\"20\">0.6667</text>"
                + "<line x1=\"613.6\" y1=\"6\" x2=\"613.6\" y2=\"26\" stroke=\"#b42318\""
                + " stroke-width=\"2\"/>"
                + "<text x=\"244\" y=\"42\" text-anchor=\"end\">"
                + items.zh()
                + "</text><rect x=\"250\" y=\"30\" width=\"242.4\" height=\"16\" fill=\"#4472c4\"/>"
                + "<text x=\"496.4\" y=\"42\">0.6667</text>"
                + "<line x1=\"340.9\" y1=\"28\" x2=\"340.9\" y2=\"48\" stroke=\"#b42318\""
                + " stroke-width=\"2\"/></svg>")
        .contains(
            "<table><tr><th>问题 Defect</th><th>比率 Rate</th><th>上期 Before</th><th>趋势 Trend</th>"
                + "<th>避免方法 Guidance</th><th>集中于 Concentrated in</th></tr>"
                + "<tr><td>"
                + date.zh()
                + "<br><span lang=\"en\">"
                + date.en()
                + "</span></td><td class=\"n\">0.6667</td><td class=\"n\">1.0000</td>"
                + "<td class=\"DOWN\">↓ 下降 down</td>")
        .contains("<td>" + category + " 100% | h1 50%; h2 50%</td></tr>")
        .contains("<td class=\"UP\">↑ 上升 up</td>")
        .contains("<td class=\"SAME\">＝ 持平 same</td>")
        // The host's code is its own name, cut to 15 characters and an ellipsis on the chart.
        .contains(
            "<text x=\"244\" y=\"20\" text-anchor=\"end\">HOST_CODE_LONGE…</text>"
                + "<rect x=\"250\" y=\"8\" width=\"363.6\" height=\"16\" fill=\"#4472c4\"/>"
                + "<text x=\"617.6\" y=\"20\">1.0000</text></svg>")
        .contains("<td class=\"n\">1.0000</td><td class=\"n\">–</td><td class=\"NEW\">新 new</td>")
        .endsWith("</body></html>\n")
        .doesNotContain("保管期限表的变化");

    String none = TrainingBriefHtml.render(run(TrainingBrief.builder(CATALOGUE)).build());
    assertThat(none)
        .contains("3 volumes checked, 5 defects; 无上期 no previous period</p>")
        .contains("<td class=\"NO_PREVIOUS\">–</td>")
        .contains("<td>" + category + " 100%</td></tr>");
    TrainingBrief empty = TrainingBrief.builder(CATALOGUE).build();
    assertThat(TrainingBriefHtml.render(empty))
        .contains(
            "<h2>全市 City</h2><p>检查 0 卷，问题 0 个 — 0 volumes checked, 0 defects; 无上期 no previous"
                + " period</p><p>未发现问题 No defect found.</p></body>");
  }

  @Test
  void render_editionChanges_listsBothLanguages() {
    TrainingBrief brief =
        new TrainingBrief(
            10,
            new TrainingBrief.Scope("city", "全市", 0, null, 0, List.of()),
            List.of(),
            new TrainingBrief.EditionChanges(
                "national 2009", "national <2026>", List.of("新增 1 条"), List.of("1 row added")));
    assertThat(TrainingBriefHtml.render(brief))
        .contains(
            "<h2>保管期限表的变化 Retention edition changes: national 2009 → national"
                + " &lt;2026&gt;</h2><ul><li>新增 1 条</li></ul><ul><li lang=\"en\">1 row"
                + " added</li></ul></body></html>\n");
  }

  @Test
  void render_chart_zeroRatesUseAScaleOfOneAndSixteenCharactersAreNotCut() {
    // 1 defect in 20,001 volumes rounds to a rate of 0.0000: the chart falls back to a scale of 1.
    TrainingBrief.Topic zero =
        new TrainingBrief.Topic(
            "X",
            "MINOR",
            "一二三四五六七八九十一二三四五六",
            "x",
            1,
            BigDecimal.ONE,
            BigDecimal.ONE,
            new BigDecimal("0.0000"),
            null,
            TrainingBrief.Trend.NO_PREVIOUS,
            "",
            "",
            List.of(),
            List.of());
    TrainingBrief brief =
        new TrainingBrief(
            10,
            new TrainingBrief.Scope("city", "全市", 20_001, null, 1, List.of(zero)),
            List.of(),
            null);
    assertThat(TrainingBriefHtml.render(brief))
        .contains("<text x=\"450.0\" y=\"48\" text-anchor=\"middle\">0.500</text>")
        .contains("<text x=\"650.0\" y=\"48\" text-anchor=\"middle\">1.000</text>")
        .contains(
            "<text x=\"244\" y=\"20\" text-anchor=\"end\">一二三四五六七八九十一二三四五六</text>"
                + "<rect x=\"250\" y=\"8\" width=\"0.0\" height=\"16\" fill=\"#4472c4\"/>"
                + "<text x=\"254.0\" y=\"20\">0.0000</text></svg>");
  }

  @Test
  void build_concentration_listsTheThreeLargestMostFirst() {
    TrainingBrief.Builder b =
        TrainingBrief.builder(CATALOGUE).handlerOf(v -> v == A1 ? "h1" : v == A2 ? "h2" : "h3");
    // DATE_MISSING: h3 three times, h2 twice, h1 once.
    b.checked(result(B1, DATE, DATE, DATE));
    b.checked(result(A2, DATE, DATE));
    b.checked(result(A1, DATE));
    TrainingBrief brief = b.build();
    assertThat(brief.city().pareto().get(0).handlers())
        .containsExactly(
            new TrainingBrief.Concentration("h3", 3, new BigDecimal("0.5000")),
            new TrainingBrief.Concentration("h2", 2, new BigDecimal("0.3333")),
            new TrainingBrief.Concentration("h1", 1, new BigDecimal("0.1667")));
    TrainingBrief.Builder four = TrainingBrief.builder(CATALOGUE);
    String[] names = {"h1", "h2", "h3", "h4"};
    int[] n = {0};
    four.handlerOf(v -> names[n[0]++ % 4]);
    for (int k = 0; k < 4; k++) {
      four.checked(result(A1, DATE));
    }
    assertThat(four.build().city().pareto().get(0).handlers())
        .extracting(TrainingBrief.Concentration::key)
        .containsExactly("h1", "h2", "h3");
  }

  @Test
  void build_previousThatCheckedNothingButCountedDefects_hasNoTrend() {
    QualityReport.Totals t = new QualityReport.Totals(0, 0, 0, 0, 5, BigDecimal.ZERO);
    Map<String, Long> codes = Map.of(DATE, 5L);
    QualityReport odd =
        new QualityReport(
            QualityReport.FORMAT,
            null,
            "all",
            List.of(),
            List.of(),
            t,
            List.of(),
            List.of(
                new QualityReport.GroupFigures("SC01", "SC01", 0, 0, 5, BigDecimal.ZERO, codes)),
            List.of(new QualityReport.GroupFigures("X/Y", "X", 0, 0, 5, BigDecimal.ZERO, codes)),
            List.of(
                new QualityReport.CodeFigures(
                    DATE, "MAJOR", "z", "e", 5, 0, BigDecimal.ONE, BigDecimal.ONE)),
            null);
    TrainingBrief.Topic date =
        run(TrainingBrief.builder(CATALOGUE).previous(odd)).build().city().pareto().stream()
            .filter(x -> x.code().equals(DATE))
            .findFirst()
            .orElseThrow();
    assertThat(date.rateBefore()).isNull();
    assertThat(date.trend()).isEqualTo(TrainingBrief.Trend.NO_PREVIOUS);
  }
}
