package org.siarchive.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.inspection.History;
import org.siarchive.rules.inspection.Strata;
import org.siarchive.rules.inspection.StratumKey;
import org.siarchive.rules.procedure.AuditPost;
import org.siarchive.rules.procedure.AuditRecord;
import org.siarchive.rules.procedure.AuditReview;
import org.siarchive.rules.quality.CheckContext;

/**
 * The audit post over 2,000 synthetic volumes reviewed one at a time: each review finds exactly the
 * seeded defects the audit post's checks look for and goes back to the volume's case handler; the
 * record's figures per handler, stratum and sub-centre equal a tally kept independently here; the
 * problem-rate history is that tally; records of two posts merge into the record of one.
 */
class SyntheticAuditPostTest {
  private static final CheckContext CONTEXT =
      CheckContext.builder(CityProfile.RULES)
          .clock(Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC))
          .retention(CityProfile.SCHEDULE)
          .build();

  @Test
  void review_oneVolumeAtATime_findsSeededAuditDefects_andKeepsThemPerHandlerAndStratum() {
    SyntheticCity city = SyntheticCity.of(20201026L);
    AuditPost post = AuditPost.of(CONTEXT, SyntheticRoster::caseHandlerOf);
    AuditPost first = AuditPost.of(CONTEXT, SyntheticRoster::caseHandlerOf);
    AuditPost second = AuditPost.of(CONTEXT, SyntheticRoster::caseHandlerOf);
    Set<DefectCode> codes = post.suite().codes();
    assertThat(codes)
        .extracting(DefectCode::value)
        .contains(
            "IMAGE_ITEM_COUNT_MISMATCH",
            "PAGE_NUMBER_GAP",
            "OFFICE_SEAL_MISSING",
            "HANDLER_SEAL_MISSING");
    Map<String, long[]> perHandler = new TreeMap<>();
    Map<StratumKey, long[]> perStratum = new TreeMap<>();
    Map<String, Map<DefectCode, Long>> codesPerSubCenter = new TreeMap<>();
    List<SyntheticVolume> volumes = city.volumes(2000).toList();
    int returned = 0;
    for (int i = 0; i < volumes.size(); i++) {
      SyntheticVolume sv = volumes.get(i);
      Volume v = sv.volume();
      AuditReview r = post.review(v);
      (i < 1000 ? first : second).review(v);
      Set<DefectCode> expected = new TreeSet<>(sv.seeded());
      expected.retainAll(codes);
      assertThat(r.findings().stream().map(Defect::code).collect(Collectors.toSet()))
          .as(v.id())
          .isEqualTo(expected);
      assertThat(r.handler()).isEqualTo(SyntheticRoster.caseHandlerOf(v));
      assertThat(r.handler()).startsWith(v.subCenterId() + "-CASE_HANDLER-");
      assertThat(r.stratum()).isEqualTo(Strata.SUB_CENTER_AND_CATEGORY.keyOf(v));
      assertThat(r.returned()).isEqualTo(!expected.isEmpty());
      returned += r.returned() ? 1 : 0;
      long ret = r.returned() ? 1 : 0;
      perHandler.merge(r.handler(), new long[] {1, ret}, SyntheticAuditPostTest::add);
      perStratum.merge(r.stratum(), new long[] {1, ret}, SyntheticAuditPostTest::add);
      r.findings()
          .forEach(
              d ->
                  codesPerSubCenter
                      .computeIfAbsent(v.subCenterId(), k -> new TreeMap<>())
                      .merge(d.code(), 1L, Long::sum));
    }
    assertThat(returned).isPositive().isLessThan(2000);
    AuditRecord record = post.record();
    assertThat(record.byHandler().keySet()).isEqualTo(perHandler.keySet());
    perHandler.forEach(
        (h, t) -> {
          assertThat(record.byHandler().get(h).reviewed()).as(h).isEqualTo(t[0]);
          assertThat(record.byHandler().get(h).returned()).as(h).isEqualTo(t[1]);
        });
    History history = record.history();
    assertThat(history.tallies().keySet()).isEqualTo(perStratum.keySet());
    perStratum.forEach(
        (k, t) -> assertThat(history.tallies().get(k)).isEqualTo(new History.Tally(t[0], t[1])));
    assertThat(new TreeSet<>(record.bySubCenter().keySet()))
        .isEqualTo(new TreeSet<>(codesPerSubCenter.keySet()));
    codesPerSubCenter.forEach(
        (sc, perCode) -> assertThat(record.bySubCenter().get(sc).defects()).isEqualTo(perCode));
    long reviewed =
        record.bySubCenter().values().stream().mapToLong(AuditRecord.Figures::reviewed).sum();
    assertThat(reviewed).isEqualTo(2000);
    assertThat(record.handlersByReturns().get(0).getValue().returned())
        .isEqualTo(perHandler.values().stream().mapToLong(t -> t[1]).max().orElseThrow());
    // Two posts' records add up to the one post's, in either order.
    assertThat(first.record().plus(second.record())).isEqualTo(record);
    assertThat(second.record().plus(first.record())).isEqualTo(record);
    assertThat(AuditRecord.empty().plus(record)).isEqualTo(record);
  }

  @Test
  void review_withoutAHandler_isRefusedNamingTheVolume() {
    SyntheticCity city = SyntheticCity.of(3L);
    Volume v = city.volume(0).volume();
    AuditPost post = AuditPost.of(CONTEXT, x -> " ");
    assertThatThrownBy(() -> post.review(v))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("handlerOf")
        .hasMessageContaining(v.id());
    assertThat(post.record()).isEqualTo(AuditRecord.empty());
  }

  private static long[] add(long[] a, long[] b) {
    return new long[] {a[0] + b[0], a[1] + b[1]};
  }
}
