package org.siarchive.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.core.id.CitizenId;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.CheckContext;
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
        .singleElement()
        .asString()
        .startsWith("images.content: not performed");
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
}
