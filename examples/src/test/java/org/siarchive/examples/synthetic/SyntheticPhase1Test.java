package org.siarchive.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Severity;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.LedgerStore;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.core.transfer.Roster;
import org.siarchive.core.transfer.Transfers;
import org.siarchive.rules.procedure.CheckStep;
import org.siarchive.rules.procedure.HandOverForm;
import org.siarchive.rules.procedure.Phase1;
import org.siarchive.rules.procedure.Phase1Outcome;
import org.siarchive.rules.procedure.Staffing;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.VolumeResult;
import org.siarchive.sampling.selection.KeyedDraw;
import org.siarchive.sampling.selection.SamplingRecord;

/**
 * Phase 1 end to end over synthetic volumes with an acceptance post who passes some defective
 * volumes: every seeded defect is found at the step whose checks look for it (the acceptance post's
 * overlooked volumes excepted, which only the re-check's sample can catch), the defects that escape
 * the re-check are as many as its hypergeometric law says (an exact oracle: the convolution of
 * commons-statistics' {@link HypergeometricDistribution} over the batches), no batch is stored with
 * a blocking defect the procedure saw, every ledger verifies, and every sample re-derives from its
 * recorded seed with the keyed draw.
 */
class SyntheticPhase1Test {
  private static final CheckContext CONTEXT =
      CheckContext.builder(CityProfile.RULES)
          .clock(Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC))
          .retention(CityProfile.SCHEDULE)
          .build();
  private static final BigDecimal RECHECK = new BigDecimal("0.20");
  private static final BigDecimal SPOT = new BigDecimal("0.05");

  /**
   * One batch's draw: of P volumes (at the re-check, those the acceptance post passed), M
   * defective, n drawn, x found.
   */
  record Recheck(int passed, int defective, int drawn, int found) {}

  /** What the runs of one test add up to. */
  static final class Tally {
    final List<Recheck> rechecks = new ArrayList<>();
    int stored;
    int escapedBySampling;
    int returns;
    int rounds;
  }

  private static Map<String, List<Volume>> bySubCenter(SyntheticCity city, int count) {
    Map<String, List<Volume>> out = new LinkedHashMap<>();
    city.volumes(count)
        .forEach(
            sv ->
                out.computeIfAbsent(sv.volume().subCenterId(), k -> new ArrayList<>())
                    .add(sv.volume()));
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3L, 20201026L, 987654321L})
  void phase1_overTwoThousandVolumes_findsOrCountsEverySeededDefect(long seed) {
    SyntheticCity city = SyntheticCity.of(seed);
    Roster roster = SyntheticRoster.of(city);
    SyntheticRectifier desk = SyntheticRectifier.of(city, 0.25, 0.15);
    SyntheticExaminer examiner = SyntheticExaminer.overlooking(seed, 0.3);
    Tally tally = new Tally();
    for (Map.Entry<String, List<Volume>> e : bySubCenter(city, 2000).entrySet()) {
      runBatch(city, roster, desk, examiner, "city-" + seed, e.getKey(), e.getValue(), tally);
    }
    assertThat(tally.returns).isPositive();
    assertThat(tally.rounds).isPositive();
    assertThat(tally.stored).isGreaterThanOrEqualTo(12);
    assertThat(tally.escapedBySampling).isPositive();
    assertEscapesWithinExactBand(tally.rechecks);
  }

  @Test
  void recheckEscapes_overManyRunSeeds_matchTheHypergeometricLaw() {
    SyntheticCity city = SyntheticCity.of(20201026L);
    Roster roster = SyntheticRoster.of(city);
    SyntheticRectifier desk = SyntheticRectifier.of(city, 0.0, 0.0);
    SyntheticExaminer examiner = SyntheticExaminer.overlooking(99, 0.4);
    Map<String, List<Volume>> batches = new LinkedHashMap<>();
    bySubCenter(city, 1200).entrySet().stream()
        .limit(3)
        .forEach(e -> batches.put(e.getKey(), e.getValue()));
    Tally tally = new Tally();
    for (int s = 1; s <= 40; s++) {
      for (Map.Entry<String, List<Volume>> e : batches.entrySet()) {
        runBatch(city, roster, desk, examiner, "run-" + s, e.getKey(), e.getValue(), tally);
      }
    }
    assertThat(tally.rechecks).hasSize(120);
    assertEscapesWithinExactBand(tally.rechecks);
  }

  private static void runBatch(
      SyntheticCity city,
      Roster roster,
      SyntheticRectifier desk,
      SyntheticExaminer examiner,
      String runSeed,
      String subCenter,
      List<Volume> volumes,
      Tally tally) {
    LedgerStore store = LedgerStore.inMemory();
    Ledger ledger = Ledger.open(store, HashAlgorithm.SHA_256);
    Transfers transfers = Transfers.of(LifecycleTable.bundled(), roster, ledger, CONTEXT.clock());
    Phase1 phase1 =
        Phase1.builder(transfers, CONTEXT, desk, Staffing.firstOnRoster(roster))
            .seed(runSeed)
            .spotCheckRatio(SPOT)
            .recheckRatio(RECHECK)
            .acceptance(examiner)
            .maxRounds(8)
            .build();
    Set<DefectCode> paper = phase1.paperSuite().codes();
    Set<DefectCode> images = phase1.imageSuite().codes();
    assertThat(paper).doesNotContainAnyElementsOf(images);
    String batch = subCenter + "-" + city.year() + "-1";
    List<String> ids = volumes.stream().map(Volume::id).toList();
    Phase1Outcome p = phase1.run(batch, subCenter, volumes);
    var out = p.outcome();
    tally.returns += out.returns();
    tally.rounds += out.rectificationRounds();

    assertThat(Transfers.verify(store, ledger.head(), LifecycleTable.bundled()).isValid())
        .as("ledger of %s", batch)
        .isTrue();
    assertThat(out.supervisionSample()).isNull();

    // Every check found exactly the seeded codes its checks look for; the acceptance post
    // reported nothing of a volume it overlooked.
    for (CheckStep step : out.steps()) {
      Set<DefectCode> codes = step.action().equals("DIGITISE") ? images : paper;
      for (VolumeResult r : step.results()) {
        Set<DefectCode> expected = new TreeSet<>(desk.seeded(r.volume()));
        expected.retainAll(codes);
        if (step.action().equals("ACCEPT") && examiner.overlooks(r.volume())) {
          expected.clear();
        }
        assertThat(codesOf(r.defects()))
            .as("%s %s round %d", r.volumeId(), step.action(), step.round())
            .isEqualTo(expected);
      }
    }

    // The spot check re-derives from its seed over the batch, at ceil(0.05 N).
    SamplingRecord.BySize spot = p.spotCheckSample();
    assertThat(spot).isNotNull();
    assertThat(spot.seed()).isEqualTo(runSeed + "/spot-check/" + batch);
    assertThat(spot.size()).isEqualTo(ceil(SPOT, ids.size()));
    assertThat(spot.selected())
        .isEqualTo(KeyedDraw.ofSize(spot.seed(), spot.size()).offerAll(ids).selected());
    assertThat(spot.verify(ids).isVerified()).isTrue();

    // The re-check draws ceil(0.20 P) of the P volumes the acceptance post passed.
    CheckStep accept = only(out.steps(), "ACCEPT");
    List<String> passed =
        accept.results().stream().filter(r -> !r.hasDefects()).map(VolumeResult::volumeId).toList();
    assertThat(accept.checked()).isEqualTo(ids);
    assertThat(p.passed()).isEqualTo(passed);
    SamplingRecord.BySize re = p.recheckSample();
    assertThat(re).isNotNull();
    assertThat(re.seed()).isEqualTo(runSeed + "/re-check/" + batch);
    assertThat(re.size()).isEqualTo(ceil(RECHECK, passed.size()));
    assertThat(re.selected())
        .isEqualTo(KeyedDraw.ofSize(re.seed(), re.size()).offerAll(passed).selected());
    assertThat(re.verify(passed).isVerified()).isTrue();
    CheckStep recheck = only(out.steps(), "RECHECK");
    assertThat(new HashSet<>(recheck.checked())).isEqualTo(new HashSet<>(re.selected()));

    // The acceptance post's misses: the passed volumes with a seeded paper defect, all of which it
    // overlooked; the re-check found those its sample holds and measured the rate on them.
    Set<String> defectivePassed = new HashSet<>();
    Map<String, Volume> original = new HashMap<>();
    volumes.forEach(v -> original.put(v.id(), v));
    for (String id : passed) {
      Volume v = original.get(id);
      if (desk.seeded(v).stream().anyMatch(paper::contains)) {
        assertThat(examiner.overlooks(v)).as(id).isTrue();
        defectivePassed.add(id);
      }
    }
    int found = (int) recheck.results().stream().filter(VolumeResult::hasDefects).count();
    assertThat(p.missed()).isEqualTo(found);
    assertThat(found)
        .isEqualTo((int) re.selected().stream().filter(defectivePassed::contains).count());
    var rate = p.acceptanceMissRate().orElseThrow();
    assertThat(rate.overall().rate()).isEqualTo((double) found / re.size());
    assertThat(rate.overall().lower()).isLessThanOrEqualTo(rate.overall().rate());
    assertThat(rate.overall().upper()).isGreaterThanOrEqualTo(rate.overall().rate());
    tally.rechecks.add(new Recheck(passed.size(), defectivePassed.size(), re.size(), found));

    // The quality analysis report holds every volume a step found defective.
    Set<String> foundAnywhere = new TreeSet<>();
    for (String action : List.of("SPOT_CHECK", "ACCEPT", "RECHECK")) {
      only(out.steps(), action).withDefects().forEach(r -> foundAnywhere.add(r.volumeId()));
    }
    var report = p.qualityReport().orElseThrow();
    assertThat(report.subCenterId()).isEqualTo(subCenter);
    assertThat(report.volumesChecked()).isEqualTo(ids.size());
    assertThat(report.volumes().stream().map(v -> v.volumeId()).collect(Collectors.toSet()))
        .isEqualTo(foundAnywhere);
    assertThat(out.returns()).isEqualTo(foundAnywhere.isEmpty() ? 0 : 1);

    if (!out.batch().state().equals("STORED")) {
      assertThat(out.stoppedBecause()).as(batch).isPresent();
      assertThat(out.handOverForm()).isEmpty();
      return;
    }
    tally.stored++;
    // No blocking defect the procedure saw: the last check of each volume found none.
    Map<String, List<Defect>> last = new HashMap<>();
    out.steps().forEach(st -> st.results().forEach(r -> last.put(r.volumeId(), r.defects())));
    assertThat(last.values().stream().flatMap(List::stream))
        .noneMatch(d -> d.severity() == Severity.BLOCKING);
    // Each volume stored with a seeded defect was seen and left only when the rounds ran out
    // (never a blocking one), or escaped by the sampling (the original, overlooked at acceptance,
    // in neither the spot check's nor the re-check's sample), or was made by a rescan at
    // digitisation, whose checks look at images only.
    Map<String, VolumeResult> lastResult = new HashMap<>();
    out.steps().forEach(st -> st.results().forEach(r -> lastResult.put(r.volumeId(), r)));
    for (Volume v : out.volumes()) {
      Set<DefectCode> left = new TreeSet<>(desk.seeded(v));
      if (left.isEmpty()) {
        continue;
      }
      VolumeResult lastCheck = lastResult.get(v.id());
      if (lastCheck.volume().equals(v) && lastCheck.hasDefects()) {
        assertThat(Math.max(out.rectificationRounds(), p.digitisationRounds()))
            .as("%s seen and left", v.id())
            .isEqualTo(8);
      } else if (v.equals(original.get(v.id()))) {
        assertThat(left).as(v.id()).doesNotContainAnyElementsOf(images);
        assertThat(defectivePassed).contains(v.id());
        assertThat(re.selected()).doesNotContain(v.id());
        assertThat(spot.selected()).doesNotContain(v.id());
        tally.escapedBySampling++;
      } else {
        assertThat(left).as(v.id()).doesNotContainAnyElementsOf(images);
        boolean rescanned =
            out.steps().stream()
                .filter(st -> st.action().equals("DIGITISE") && st.round() > 0)
                .flatMap(st -> st.results().stream())
                .anyMatch(r -> r.volume().equals(v));
        assertThat(rescanned).as("%s made by a rescan", v.id()).isTrue();
      }
    }
    HandOverForm form = out.handOverForm().orElseThrow();
    assertThat(form.volumes()).isEqualTo(ids.size());
    assertThat(form.fourProperties().authenticity().result()).isEqualTo(HandOverForm.Result.PASSED);
    assertThat(form.fourProperties().integrity().result()).isEqualTo(HandOverForm.Result.PASSED);
    assertThat(form.treeHead()).isEqualTo(ledger.head());
  }

  /**
   * The re-check's escapes summed over the batches, {@code sum (M - x)}, lie inside the central
   * 99.9% of their exact law: the convolution of {@code M - X}, {@code X ~ Hypergeometric(P, M, n)}
   * per batch.
   */
  static void assertEscapesWithinExactBand(List<Recheck> rechecks) {
    double[] law = {1.0};
    int escaped = 0;
    for (Recheck r : rechecks) {
      escaped += r.defective() - r.found();
      HypergeometricDistribution h =
          HypergeometricDistribution.of(r.passed(), r.defective(), r.drawn());
      double[] e = new double[r.defective() + 1];
      for (int x = 0; x <= r.defective(); x++) {
        e[r.defective() - x] = h.probability(x);
      }
      double[] next = new double[law.length + e.length - 1];
      for (int i = 0; i < law.length; i++) {
        for (int j = 0; j < e.length; j++) {
          next[i + j] += law[i] * e[j];
        }
      }
      law = next;
    }
    double cumulative = 0;
    int low = -1;
    int high = -1;
    for (int k = 0; k < law.length; k++) {
      cumulative += law[k];
      if (low < 0 && cumulative > 0.0005) {
        low = k;
      }
      if (high < 0 && cumulative >= 0.9995) {
        high = k;
      }
    }
    double mean = 0;
    for (int k = 0; k < law.length; k++) {
      mean += k * law[k];
    }
    assertThat(escaped)
        .as("escapes %d, expected %.1f, 99.9%% band [%d, %d]", escaped, mean, low, high)
        .isBetween(low, high);
    assertThat(rechecks.stream().mapToInt(Recheck::defective).sum()).isPositive();
  }

  private static Set<DefectCode> codesOf(List<Defect> defects) {
    return defects.stream().map(Defect::code).collect(Collectors.toCollection(TreeSet::new));
  }

  private static CheckStep only(List<CheckStep> steps, String action) {
    List<CheckStep> s = steps.stream().filter(st -> st.action().equals(action)).toList();
    assertThat(s).as(action).hasSize(1);
    return s.get(0);
  }

  /** ceil(f N) in exact integer arithmetic. */
  private static int ceil(BigDecimal f, int n) {
    BigInteger[] qr =
        f.unscaledValue()
            .multiply(BigInteger.valueOf(n))
            .divideAndRemainder(BigInteger.TEN.pow(f.scale()));
    return qr[0].intValue() + (qr[1].signum() > 0 ? 1 : 0);
  }
}
