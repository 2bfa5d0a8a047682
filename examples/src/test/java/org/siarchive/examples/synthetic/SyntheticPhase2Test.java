package org.siarchive.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Severity;
import org.siarchive.core.ledger.CanonicalJson;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.LedgerStore;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.core.transfer.Roster;
import org.siarchive.core.transfer.Transfers;
import org.siarchive.rules.procedure.BatchOutcome;
import org.siarchive.rules.procedure.CheckStep;
import org.siarchive.rules.procedure.HandOverForm;
import org.siarchive.rules.procedure.Phase2;
import org.siarchive.rules.procedure.Staffing;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.Suite;
import org.siarchive.rules.quality.VolumeResult;
import org.siarchive.sampling.selection.SamplingRecord;

/**
 * Phase 2 end to end over 2,000 synthetic volumes of 16 sub-centres, for three seeds, with a
 * rectification desk that fails or brings new defects: every seeded defect is found at the step
 * whose stage looks for it whenever that step checks the volume, or escapes by the sampling; no
 * batch is handed over with a blocking defect the procedure saw; every ledger verifies; every
 * sample re-derives from its recorded seed; every event's findings digest is recomputed; every
 * pass's defects equal the stage suite's run directly. Over many run seeds, what the pre-acceptance
 * and supervision samples leave unchecked matches their hypergeometric laws.
 */
class SyntheticPhase2Test {
  private static final CheckContext CONTEXT =
      CheckContext.builder(CityProfile.RULES)
          .clock(Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC))
          .retention(CityProfile.SCHEDULE)
          .build();

  private static Set<DefectCode> codesOf(Stage stage) {
    return Suite.from(CONTEXT.toBuilder().stage(stage).build()).codes();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3L, 20201026L, 987654321L})
  void phase2_overTwoThousandVolumes_findsOrCountsEverySeededDefect(long seed) {
    SyntheticCity city = SyntheticCity.of(seed);
    Roster roster = SyntheticRoster.of(city);
    SyntheticRectifier desk = SyntheticRectifier.of(city, 0.25, 0.15);
    Map<String, List<Volume>> bySubCenter = new LinkedHashMap<>();
    city.volumes(2000)
        .forEach(
            sv ->
                bySubCenter
                    .computeIfAbsent(sv.volume().subCenterId(), k -> new ArrayList<>())
                    .add(sv.volume()));
    Map<Stage, Set<DefectCode>> stageCodes = new HashMap<>();
    for (Stage s : List.of(Stage.SELF_CHECK, Stage.PRE_ACCEPTANCE, Stage.SUPERVISION)) {
      stageCodes.put(s, codesOf(s));
    }
    String runSeed = "city-" + seed;
    int returns = 0;
    int rounds = 0;
    int escaped = 0;
    int stored = 0;
    for (Map.Entry<String, List<Volume>> e : bySubCenter.entrySet()) {
      LedgerStore store = LedgerStore.inMemory();
      Ledger ledger = Ledger.open(store, HashAlgorithm.SHA_256);
      Transfers transfers = Transfers.of(LifecycleTable.bundled(), roster, ledger, CONTEXT.clock());
      Phase2 phase2 =
          Phase2.builder(transfers, CONTEXT, desk, Staffing.firstOnRoster(roster))
              .seed(runSeed)
              .preAcceptanceRatio(new BigDecimal("0.30"))
              .maxRounds(6)
              .build();
      String batch = e.getKey() + "-" + city.year() + "-1";
      List<String> ids = e.getValue().stream().map(Volume::id).toList();
      BatchOutcome out = phase2.run(batch, e.getKey(), e.getValue());
      returns += out.returns();
      rounds += out.rectificationRounds();

      // Every ledger verifies against the lifecycle.
      assertThat(Transfers.verify(store, ledger.head(), LifecycleTable.bundled()).isValid())
          .as("ledger of %s", batch)
          .isTrue();

      // Every pass's defects are, to the letter and in order, what the stage's suite finds when
      // run directly on that version of the volume (the procedure computes each answer once).
      for (CheckStep step : out.steps()) {
        CheckContext stageContext = CONTEXT.toBuilder().stage(step.stage()).build();
        Suite direct = Suite.from(stageContext);
        for (VolumeResult r : step.results()) {
          assertThat(r.defects())
              .as("%s %s round %d", r.volumeId(), step.stage(), step.round())
              .isEqualTo(direct.check(r.volume(), stageContext));
        }
      }
      // The opening event's digest is the package digest of the volumes as given.
      assertThat(out.batch().volumes().digest())
          .isEqualTo(HandOverForm.packageDigest(e.getValue(), HashAlgorithm.SHA_256).value());

      // Every check found exactly the seeded codes its stage looks for.
      for (CheckStep step : out.steps()) {
        for (VolumeResult r : step.results()) {
          Set<DefectCode> expected = new TreeSet<>(desk.seeded(r.volume()));
          expected.retainAll(stageCodes.get(step.stage()));
          Set<DefectCode> found =
              r.defects().stream().map(Defect::code).collect(Collectors.toCollection(TreeSet::new));
          assertThat(found)
              .as("%s %s round %d", r.volumeId(), step.stage(), step.round())
              .isEqualTo(expected);
        }
      }

      // Every sample re-derives from its recorded seed, of size ceil(f N).
      for (CheckStep step : out.steps()) {
        SamplingRecord.BySize s = step.sample();
        if (s != null) {
          assertThat(s.seed()).isEqualTo(runSeed + "/" + step.stage().id() + "/" + batch);
          assertThat(s.verify(ids).isVerified()).isTrue();
          BigDecimal ratio =
              step.stage() == Stage.SUPERVISION ? new BigDecimal("0.05") : new BigDecimal("0.30");
          assertThat(s.size()).isEqualTo(ceil(ratio, ids.size()));
        }
      }

      // Every event's findings digest is the digest of the passes attached to it.
      Map<Long, List<Defect>> perEvent = new LinkedHashMap<>();
      out.steps()
          .forEach(
              st ->
                  perEvent
                      .computeIfAbsent(st.event(), k -> new ArrayList<>())
                      .addAll(st.defects()));
      for (Map.Entry<Long, List<Defect>> pe : perEvent.entrySet()) {
        JsonNode event = CanonicalJson.parse(ledger.eventBytes(pe.getKey()));
        assertThat(event.path("findings").path("count").asLong()).isEqualTo(pe.getValue().size());
        assertThat(event.path("findings").path("digest").asText())
            .isEqualTo(HashAlgorithm.SHA_256.hashHex(findingsJson(out, pe.getKey())));
      }

      if (out.handOverForm().isPresent()) {
        stored++;
        assertThat(out.batch().state()).isEqualTo("STORED");
        assertThat(out.supervisionSample()).isNotNull();
        // No blocking defect the procedure saw: the last check of each volume found none.
        Map<String, List<Defect>> last = new HashMap<>();
        out.steps().forEach(st -> st.results().forEach(r -> last.put(r.volumeId(), r.defects())));
        assertThat(last.values().stream().flatMap(List::stream))
            .noneMatch(d -> d.severity() == Severity.BLOCKING);
        // What was handed over with seeded defects escaped by the sampling: no check of that
        // version by a stage that looks for its codes.
        for (Volume v : out.volumes()) {
          List<DefectCode> seeded = desk.seeded(v);
          if (seeded.isEmpty()) {
            continue;
          }
          boolean seen = false;
          for (CheckStep st : out.steps()) {
            for (VolumeResult r : st.results()) {
              if (r.volume().equals(v) && r.hasDefects()) {
                // Seen and left: only a self-check whose rounds ran out, never a blocking defect.
                seen = true;
                assertThat(st.stage()).isEqualTo(Stage.SELF_CHECK);
                assertThat(out.selfCheckRounds()).isEqualTo(6);
              } else if (r.volume().equals(v)) {
                assertThat(stageCodes.get(st.stage())).doesNotContainAnyElementsOf(seeded);
              }
            }
          }
          if (!seen) {
            escaped++;
          }
        }
        HandOverForm form = out.handOverForm().orElseThrow();
        assertThat(form.volumes()).isEqualTo(ids.size());
        assertThat(form.fourProperties().authenticity().result())
            .isEqualTo(HandOverForm.Result.PASSED);
        assertThat(form.fourProperties().integrity().result())
            .isEqualTo(HandOverForm.Result.PASSED);
        assertThat(form.treeHead()).isEqualTo(ledger.head());
        // The run's form is the one anyone makes from the ledger and the records alone.
        assertThat(form).isEqualTo(HandOverForm.of(ledger, batch, out.volumes()));
      } else {
        assertThat(out.stoppedBecause()).as(batch).isPresent();
      }
    }
    // Rounds really happen, most batches reach storage, and some defects escape the samples.
    assertThat(returns).isPositive();
    assertThat(rounds).isPositive();
    assertThat(stored).isGreaterThanOrEqualTo(12);
    assertThat(escaped).isPositive();
  }

  /**
   * Over many run seeds, the defective volumes each sample leaves unchecked are as many as its
   * hypergeometric law says: at pre-acceptance (a 20% draw of the N volumes standing after the
   * self-check, M of them with a seeded defect of a code pre-acceptance looks for) and at
   * supervision (a 5% draw of the volumes standing after pre-acceptance), the found count of each
   * draw is exactly the defective volumes in it, and the escapes summed over the runs lie inside
   * the central 99.9% of their exact law, the convolution of {@code M - X}, {@code X ~
   * Hypergeometric(N, M, n)} (commons-statistics). The rectification desk never fails here, so each
   * law's M is what the procedure left, not what a failed rectification added.
   */
  @Test
  void sampleEscapes_overManyRunSeeds_matchTheHypergeometricLaw() {
    SyntheticCity city = SyntheticCity.of(20201026L);
    Roster roster = SyntheticRoster.of(city);
    SyntheticRectifier desk = SyntheticRectifier.of(city, 0.0, 0.0);
    Map<String, List<Volume>> batches = new LinkedHashMap<>();
    city.volumes(1200)
        .forEach(
            sv ->
                batches
                    .computeIfAbsent(sv.volume().subCenterId(), k -> new ArrayList<>())
                    .add(sv.volume()));
    Map<Stage, List<SyntheticPhase1Test.Recheck>> draws = new HashMap<>();
    int runs = 0;
    for (int s = 1; s <= 40; s++) {
      for (Map.Entry<String, List<Volume>> e : batches.entrySet().stream().limit(3).toList()) {
        Ledger ledger = Ledger.open(LedgerStore.inMemory(), HashAlgorithm.SHA_256);
        Transfers transfers =
            Transfers.of(LifecycleTable.bundled(), roster, ledger, CONTEXT.clock());
        BatchOutcome out =
            Phase2.builder(transfers, CONTEXT, desk, Staffing.firstOnRoster(roster))
                .seed("run-" + s)
                .preAcceptanceRatio(new BigDecimal("0.20"))
                .maxRounds(6)
                .build()
                .run(e.getKey() + "-B", e.getKey(), e.getValue());
        assertThat(out.batch().state()).as("run %d of %s", s, e.getKey()).isEqualTo("STORED");
        runs++;
        // The volumes as they stood when each sampled step began: each one's last version checked
        // before it.
        Map<String, Volume> standing = new LinkedHashMap<>();
        e.getValue().forEach(v -> standing.put(v.id(), v));
        for (CheckStep step : out.steps()) {
          if (step.round() == 0 && step.sample() != null) {
            Set<DefectCode> codes = codesOf(step.stage());
            Set<String> defective = new TreeSet<>();
            standing.forEach(
                (id, v) -> {
                  if (desk.seeded(v).stream().anyMatch(codes::contains)) {
                    defective.add(id);
                  }
                });
            int found = step.withDefects().size();
            assertThat(found)
                .as("%s of run %d: the defective volumes its draw holds", step.stage(), s)
                .isEqualTo(
                    (int) step.sample().selected().stream().filter(defective::contains).count());
            draws
                .computeIfAbsent(step.stage(), k -> new ArrayList<>())
                .add(
                    new SyntheticPhase1Test.Recheck(
                        standing.size(), defective.size(), step.sample().size(), found));
          }
          step.results().forEach(r -> standing.put(r.volumeId(), r.volume()));
        }
      }
    }
    assertThat(runs).isEqualTo(120);
    assertThat(draws.keySet()).containsOnly(Stage.PRE_ACCEPTANCE, Stage.SUPERVISION);
    SyntheticPhase1Test.assertEscapesWithinExactBand(draws.get(Stage.PRE_ACCEPTANCE));
    SyntheticPhase1Test.assertEscapesWithinExactBand(draws.get(Stage.SUPERVISION));
  }

  private static byte[] findingsJson(BatchOutcome out, long event) {
    List<byte[]> parts =
        out.steps().stream().filter(s -> s.event() == event).map(CheckStep::findingsJson).toList();
    if (parts.size() == 1) {
      return parts.get(0);
    }
    // Several passes share the self-check event: their arrays concatenated into one.
    com.fasterxml.jackson.databind.node.ArrayNode all =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    parts.forEach(p -> CanonicalJson.parse(p).forEach(all::add));
    return CanonicalJson.toBytes(all);
  }

  /** ceil(f N) in exact integer arithmetic, at least 1 and at most N. */
  private static int ceil(BigDecimal f, int n) {
    BigInteger[] qr =
        f.unscaledValue()
            .multiply(BigInteger.valueOf(n))
            .divideAndRemainder(BigInteger.TEN.pow(f.scale()));
    int c = qr[0].intValue() + (qr[1].signum() > 0 ? 1 : 0);
    return Math.max(1, Math.min(n, c));
  }
}
