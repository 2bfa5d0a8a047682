package org.siarchive.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.inspection.History;
import org.siarchive.rules.inspection.Strata;
import org.siarchive.rules.inspection.StratumKey;
import org.siarchive.rules.quality.CleanVolumes;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.Suite;

/**
 * The audit post reviewing volumes as they are made: each review's findings are the audit-post
 * suite's, and the record tallies them per case handler, per stratum and per sub-centre.
 */
class AuditPostTest {
  private static final DefectCode ILLEGIBLE = DefectCode.of("IMAGE_ILLEGIBLE");

  private static Volume ofSubCenter(String subCenter, int skip) {
    return LongStream.range(0, 10_000)
        .mapToObj(CleanVolumes::fromSeed)
        .filter(v -> v.subCenterId().equals(subCenter))
        .skip(skip)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void review_tallliesReviewsAndReturnsPerHandlerStratumAndSubCenter() {
    Volume a = ofSubCenter("SC01", 0);
    Volume b = Desk.illegible(ofSubCenter("SC01", 1));
    Volume c = Desk.illegible(ofSubCenter("SC02", 0));
    Volume d = ofSubCenter("SC02", 1);
    Map<String, String> handlers = Map.of(a.id(), "h2", b.id(), "h2", c.id(), "h1", d.id(), "h3");
    AuditPost post = AuditPost.of(Desk.CONTEXT, v -> handlers.get(v.id()), Strata.SUB_CENTER);
    assertThat(post.suite().codes())
        .isEqualTo(Suite.from(Desk.CONTEXT.toBuilder().stage(Stage.AUDIT_POST).build()).codes());
    assertThat(post.record()).isEqualTo(AuditRecord.empty());

    AuditReview ra = post.review(a);
    AuditReview rb = post.review(b);
    post.review(c);
    post.review(d);
    assertThat(ra.returned()).isFalse();
    assertThat(ra.findings()).isEmpty();
    assertThat(rb.returned()).isTrue();
    assertThat(rb.findings()).extracting(f -> f.code()).containsExactly(ILLEGIBLE);
    assertThat(rb.handler()).isEqualTo("h2");
    assertThat(rb.subCenter()).isEqualTo("SC01");
    assertThat(rb.stratum()).isEqualTo(StratumKey.ofSubCenter("SC01"));
    assertThat(rb.volumeId()).isEqualTo(b.id());

    AuditRecord record = post.record();
    assertThat(record.byHandler().keySet()).containsExactly("h1", "h2", "h3");
    assertThat(record.byHandler().get("h2"))
        .isEqualTo(new AuditRecord.Figures(2, 1, Map.of(ILLEGIBLE, 1L)));
    assertThat(record.byHandler().get("h1"))
        .isEqualTo(new AuditRecord.Figures(1, 1, Map.of(ILLEGIBLE, 1L)));
    assertThat(record.byHandler().get("h3")).isEqualTo(new AuditRecord.Figures(1, 0, Map.of()));
    assertThat(record.byStratum())
        .containsExactly(
            Map.entry(
                StratumKey.ofSubCenter("SC01"),
                new AuditRecord.Figures(2, 1, Map.of(ILLEGIBLE, 1L))),
            Map.entry(
                StratumKey.ofSubCenter("SC02"),
                new AuditRecord.Figures(2, 1, Map.of(ILLEGIBLE, 1L))));
    assertThat(record.handlersByReturns())
        .extracting(Map.Entry::getKey)
        .containsExactly("h1", "h2", "h3");
    History history = record.history();
    assertThat(history.tallyOf(StratumKey.ofSubCenter("SC02"))).hasValue(new History.Tally(2, 1));
    assertThat(record.bySubCenter().get("SC01").defectCount()).isEqualTo(1);
  }

  @Test
  void review_byCategory_keysEachStratumBySubCenterAndBusinessType() {
    Volume a = Desk.illegible(ofSubCenter("SC01", 0));
    Volume b = Desk.illegible(ofSubCenter("SC01", 1));
    AuditPost post = AuditPost.of(Desk.CONTEXT, v -> "h1");
    post.review(a);
    post.review(b);
    post.review(b);
    AuditRecord record = post.record();
    StratumKey ka = StratumKey.of("SC01", a.businessType().toString());
    assertThat(record.byStratum()).containsKey(ka);
    assertThat(record.bySubCenter())
        .containsExactly(Map.entry("SC01", new AuditRecord.Figures(3, 3, Map.of(ILLEGIBLE, 3L))));
    assertThat(record.byHandler().get("h1").defectCount()).isEqualTo(3);
  }

  @Test
  void review_withoutAHandler_isRefusedNamingTheVolume() {
    Volume a = ofSubCenter("SC01", 0);
    for (String none : new String[] {null, "", "  "}) {
      AuditPost post = AuditPost.of(Desk.CONTEXT, v -> none);
      assertThatThrownBy(() -> post.review(a))
          .hasMessage(
              "Invalid value for handlerOf (the id of the case handler who formed the volume): \""
                  + a.id()
                  + "\"");
      assertThat(post.record()).isEqualTo(AuditRecord.empty());
    }
  }

  @Test
  void figures_refuseMoreReturnsThanReviewsAndAddUp() {
    assertThatThrownBy(() -> new AuditRecord.Figures(1, 2, Map.of()))
        .hasMessage("Invalid value for returned (0 - reviewed (1)): 2");
    assertThatThrownBy(() -> new AuditRecord.Figures(1, -1, Map.of()))
        .hasMessage("Invalid value for returned (0 - reviewed (1)): -1");
    assertThatThrownBy(() -> new AuditRecord.Figures(-1, 0, Map.of()))
        .hasMessage("Invalid value for returned (0 - reviewed (-1)): 0");
    assertThat(new AuditRecord.Figures(2, 2, Map.of()).returned()).isEqualTo(2);
    assertThat(new AuditRecord.Figures(0, 0, Map.of()).reviewed()).isZero();
    AuditRecord.Figures sum =
        new AuditRecord.Figures(2, 1, Map.of(ILLEGIBLE, 2L))
            .plus(new AuditRecord.Figures(3, 0, Map.of(ILLEGIBLE, 1L, DefectCode.of("X_Y"), 4L)));
    assertThat(sum)
        .isEqualTo(new AuditRecord.Figures(5, 1, Map.of(ILLEGIBLE, 3L, DefectCode.of("X_Y"), 4L)));
    assertThat(sum.defectCount()).isEqualTo(7);
  }

  @Test
  void handlersByReturns_ordersByReturnsThenName() {
    AuditRecord r =
        new AuditRecord(
            Map.of(
                "b", new AuditRecord.Figures(5, 1, Map.of()),
                "a", new AuditRecord.Figures(5, 1, Map.of()),
                "c", new AuditRecord.Figures(5, 3, Map.of()),
                "d", new AuditRecord.Figures(5, 0, Map.of())),
            Map.of());
    assertThat(r.handlersByReturns())
        .extracting(Map.Entry::getKey)
        .containsExactly("c", "a", "b", "d");
  }
}
