package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siarchive.rules.retention.VolumeImpactTest.entry;
import static org.siarchive.rules.retention.VolumeImpactTest.volume;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.material.MaterialRules;

/**
 * The streaming retention run: every line accounted for, figures that add up, parallel =
 * sequential.
 */
class RetentionRunTest {

  private static final LocalDate TODAY = Fixtures.TODAY;
  private static final RetentionRules RULES =
      RetentionSchedules.withIllustrativeEdition()
          .rulesInForce(RetentionSchedules.ILLUSTRATIVE, TODAY)
          .withMaterialRules(MaterialRules.bundledIllustrative());

  /** 500 volumes of four kinds and three bad lines. */
  private static byte[] file() {
    List<String> lines = new ArrayList<>();
    String[][] kinds = {
      {"GENERAL/PERSON_ENROLMENT", "D100"}, // unchanged
      {"UNEMPLOYMENT/REGISTRATION", "D30"}, // shorter: 五(1) is D10
      {"MATERNITY/BENEFIT_DETERMINATION", "D30"}, // maternity 七(3) D10: shorter
      {"GENERAL/REGISTRATION", "D10"}, // no rules, no entries: undecided
    };
    for (int i = 0; i < 500; i++) {
      String[] k = kinds[i % kinds.length];
      int year = 1990 + i % 30;
      Volume v =
          k[0].equals("GENERAL/REGISTRATION")
              ? volume("V" + i, k[0], year, k[1])
              : volume("V" + i, k[0], year, k[1], entry(1, "M-ANY", "任意材料"));
      lines.add(ArchiveJson.writeVolume(v));
      if (i == 10 || i == 200 || i == 499) {
        lines.add("{\"schemaVersion\": 1, \"id\": 12}");
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  /** What the listener saw, in order. */
  private static List<String> run(int parallelism, List<RetentionRunSummary> summaries) {
    List<String> seen = new ArrayList<>();
    RetentionRunSummary s =
        RetentionRun.builder(RULES, TODAY)
            .parallelism(parallelism)
            .listener(
                new RetentionRun.Listener() {
                  @Override
                  public void judged(LineResult.Decoded decoded, VolumeImpact impact) {
                    assertThat(decoded.volume().id()).isEqualTo(impact.volumeId());
                    seen.add(decoded.line() + " " + impact.kind() + " " + impact.reason());
                  }

                  @Override
                  public void rejected(LineResult.Rejected r) {
                    seen.add(r.line() + " rejected " + r.pointer());
                  }
                })
            .build()
            .run(new ByteArrayInputStream(file()));
    summaries.add(s);
    return seen;
  }

  @Test
  void run_accountsForEveryLine_andItsFiguresAddUp() {
    List<RetentionRunSummary> summaries = new ArrayList<>();
    List<String> seen = run(1, summaries);
    RetentionRunSummary s = summaries.get(0);
    assertThat(s.read()).isEqualTo(503);
    assertThat(s.rejected()).isEqualTo(3);
    assertThat(s.read()).isEqualTo(s.dated() + s.undecided() + s.rejected());
    assertThat(s.dated()).isEqualTo(375);
    assertThat(s.undecided()).isEqualTo(125);
    assertThat(s.impact(VolumeImpact.Kind.UNCHANGED)).isEqualTo(125);
    assertThat(s.impact(VolumeImpact.Kind.SHORTER)).isEqualTo(250);
    assertThat(s.impact(VolumeImpact.Kind.UNDECIDED)).isEqualTo(125);
    assertThat(s.impact(VolumeImpact.Kind.LONGER)).isZero();
    assertThat(s.reappraisalDue())
        .as("D10 from years up to 2015 has run out by 2026")
        .isPositive()
        .isLessThanOrEqualTo(s.impact(VolumeImpact.Kind.SHORTER));
    assertThat(s.edition()).isEqualTo(EditionRef.of(RetentionSchedules.ILLUSTRATIVE, "2026.1"));
    assertThat(seen).hasSize(503);
    assertThat(seen.get(11)).isEqualTo("12 rejected /id");
  }

  @Test
  void repeatedVolumeId_isRejectedAtItsSecondLine_onOneThreadOrTwo() {
    String line = ArchiveJson.writeVolume(volume("V1", "GENERAL/REGISTRATION", 2000, "D10"));
    byte[] twice = (line + "\n" + line).getBytes(StandardCharsets.UTF_8);
    for (int threads : new int[] {1, 2}) {
      List<String> rejected = new ArrayList<>();
      RetentionRunSummary s =
          RetentionRun.builder(RULES, TODAY)
              .parallelism(threads)
              .listener(
                  new RetentionRun.Listener() {
                    @Override
                    public void judged(LineResult.Decoded decoded, VolumeImpact impact) {}

                    @Override
                    public void rejected(LineResult.Rejected r) {
                      rejected.add(r.line() + " " + r.pointer());
                    }
                  })
              .build()
              .run(new ByteArrayInputStream(twice));
      assertThat(rejected).as("%d threads", threads).containsExactly("2 /id");
      assertThat(s.read()).isEqualTo(2);
      assertThat(s.valid()).isEqualTo(1);
      assertThat(s.rejected()).isEqualTo(1);
    }
  }

  @Test
  void parallelRun_deliversExactlyWhatASequentialRunDelivers() {
    List<RetentionRunSummary> summaries = new ArrayList<>();
    List<String> sequential = run(1, summaries);
    List<String> parallel = run(4, summaries);
    assertThat(parallel).isEqualTo(sequential);
    assertThat(summaries.get(1)).isEqualTo(summaries.get(0));
  }

  @Test
  void parallelism_outOfRange_isRefusedNamingTheSetting() {
    assertThatThrownBy(() -> RetentionRun.builder(RULES, TODAY).parallelism(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for parallelism (valid values 1 - 256): 0");
  }

  @Test
  void summary_whoseFiguresDoNotAddUp_isRefused() {
    Map<VolumeImpact.Kind, Long> impacts = new EnumMap<>(VolumeImpact.Kind.class);
    for (VolumeImpact.Kind k : VolumeImpact.Kind.values()) {
      impacts.put(k, 1L);
    }
    EditionRef ref = EditionRef.of("x", "1");
    assertThat(new RetentionRunSummary(ref, TODAY, 5, 4, 1, 3, 1, impacts, 1).valid()).isEqualTo(4);
    assertThatThrownBy(() -> new RetentionRunSummary(ref, TODAY, 5, 4, 1, 2, 1, impacts, 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("valid = dated + undecided")
        .hasMessageContaining("dated 2, undecided 1");
    assertThatThrownBy(() -> new RetentionRunSummary(ref, TODAY, 5, 4, 1, 3, 1, impacts, 2))
        .hasMessageContaining("reappraisalDue <= SHORTER");
    impacts.remove(VolumeImpact.Kind.LONGER);
    assertThatThrownBy(() -> new RetentionRunSummary(ref, TODAY, 5, 4, 1, 3, 1, impacts, 1))
        .hasMessageContaining("a count of 0 or more for every kind");
  }

  @Test
  void summary_ofNothing_isAccepted_andANegativeCountIsRefused() {
    Map<VolumeImpact.Kind, Long> none = new EnumMap<>(VolumeImpact.Kind.class);
    for (VolumeImpact.Kind k : VolumeImpact.Kind.values()) {
      none.put(k, 0L);
    }
    EditionRef ref = EditionRef.of("x", "1");
    RetentionRunSummary empty = new RetentionRunSummary(ref, TODAY, 0, 0, 0, 0, 0, none, 0);
    assertThat(empty.read()).isZero();
    Map<VolumeImpact.Kind, Long> oneShorter = new EnumMap<>(none);
    oneShorter.put(VolumeImpact.Kind.SHORTER, 1L);
    assertThatThrownBy(() -> new RetentionRunSummary(ref, TODAY, 1, 1, 0, 1, 0, oneShorter, -1))
        .hasMessageContaining("all non-negative");
    Map<VolumeImpact.Kind, Long> twoUnchanged = new EnumMap<>(none);
    twoUnchanged.put(VolumeImpact.Kind.UNCHANGED, 2L);
    assertThatThrownBy(() -> new RetentionRunSummary(ref, TODAY, 1, 2, -1, 1, 1, twoUnchanged, 0))
        .hasMessageContaining("all non-negative");
  }

  @Test
  void merge_ofSummariesOfAnotherEditionOrDay_isRefusedNamingBoth() {
    Map<VolumeImpact.Kind, Long> none = new EnumMap<>(VolumeImpact.Kind.class);
    for (VolumeImpact.Kind k : VolumeImpact.Kind.values()) {
      none.put(k, 0L);
    }
    EditionRef ref = EditionRef.of("x", "1");
    RetentionRunSummary a = new RetentionRunSummary(ref, TODAY, 0, 0, 0, 0, 0, none, 0);
    assertThat(a.merge(a)).isEqualTo(a);
    RetentionRunSummary otherEdition =
        new RetentionRunSummary(EditionRef.of("x", "2"), TODAY, 0, 0, 0, 0, 0, none, 0);
    assertThatThrownBy(() -> a.merge(otherEdition))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("edition x 1 judged for " + TODAY)
        .hasMessageContaining("edition x 2 judged for " + TODAY);
    RetentionRunSummary otherDay =
        new RetentionRunSummary(ref, TODAY.plusDays(1), 0, 0, 0, 0, 0, none, 0);
    assertThatThrownBy(() -> a.merge(otherDay))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("judged for " + TODAY.plusDays(1));
  }
}
