package org.siarchive.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.LedgerStore;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.core.transfer.Roster;
import org.siarchive.core.transfer.Transfers;
import org.siarchive.rules.procedure.BatchOutcome;
import org.siarchive.rules.procedure.CheckStep;
import org.siarchive.rules.procedure.Phase1;
import org.siarchive.rules.procedure.Phase2;
import org.siarchive.rules.procedure.Staffing;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.VolumeResult;

/**
 * A procedure run on several threads is the run on one: the same ledger, event for event (so the
 * same tree head), the same steps with the same defects per volume version, the same hand-over
 * form. The batch is one sub-centre's volumes of an 8,000-volume city, large enough that every
 * step's checks and the package digests' records are handed to the threads.
 */
class ProcedureParallelismTest {
  private static final CheckContext CONTEXT =
      CheckContext.builder(CityProfile.RULES)
          .clock(Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC))
          .retention(CityProfile.SCHEDULE)
          .build();
  private static final SyntheticCity CITY = SyntheticCity.of(20201026L);
  private static final Roster ROSTER = SyntheticRoster.of(CITY);

  /** The largest sub-centre's volumes among the city's first 8,000. */
  private static final List<Volume> BATCH = largestSubCentre();

  private static List<Volume> largestSubCentre() {
    Map<String, List<Volume>> by =
        CITY.volumes(8000)
            .map(SyntheticVolume::volume)
            .collect(Collectors.groupingBy(Volume::subCenterId));
    return by.values().stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
  }

  /** What a run leaves: its ledger's head and events, and the outcome's steps and form. */
  private record Run(Object head, List<byte[]> events, BatchOutcome outcome) {}

  private static Run run(Function<Transfers, BatchOutcome> procedure) {
    LedgerStore store = LedgerStore.inMemory();
    Ledger ledger = Ledger.open(store, HashAlgorithm.SHA_256);
    Transfers transfers = Transfers.of(LifecycleTable.bundled(), ROSTER, ledger, CONTEXT.clock());
    BatchOutcome out = procedure.apply(transfers);
    return new Run(ledger.head(), store.read(0, (int) ledger.head().treeSize()), out);
  }

  private static Run phase2(int parallelism) {
    SyntheticRectifier desk = SyntheticRectifier.of(CITY, 0.25, 0.15);
    return run(
        t ->
            Phase2.builder(t, CONTEXT, desk, Staffing.firstOnRoster(ROSTER))
                .seed("parallel")
                .preAcceptanceRatio(new BigDecimal("0.60"))
                .parallelism(parallelism)
                .build()
                .run("B-P2", BATCH.get(0).subCenterId(), BATCH));
  }

  private static Run phase1(int parallelism) {
    SyntheticRectifier desk = SyntheticRectifier.of(CITY, 0.25, 0.15);
    return run(
        t ->
            Phase1.builder(t, CONTEXT, desk, Staffing.firstOnRoster(ROSTER))
                .seed("parallel")
                .acceptance(SyntheticExaminer.overlooking(CITY.seed(), 0.1))
                .parallelism(parallelism)
                .build()
                .run("B-P1", BATCH.get(0).subCenterId(), BATCH)
                .outcome());
  }

  /** Each step as a comparable value: stage, round, action, and each version's id and defects. */
  private static List<String> steps(BatchOutcome out) {
    List<String> all = new ArrayList<>();
    for (CheckStep s : out.steps()) {
      StringBuilder b = new StringBuilder();
      b.append(s.stage()).append(' ').append(s.round()).append(' ').append(s.action());
      for (VolumeResult r : s.results()) {
        b.append('\n').append(r.volumeId()).append(' ').append(r.defects());
      }
      all.add(b.toString());
    }
    return all;
  }

  private static void assertSameRun(Run one, Run many) {
    assertThat(many.head()).isEqualTo(one.head());
    assertThat(many.events()).hasSameSizeAs(one.events());
    for (int i = 0; i < one.events().size(); i++) {
      assertThat(many.events().get(i)).as("event %d", i).isEqualTo(one.events().get(i));
    }
    assertThat(steps(many.outcome())).isEqualTo(steps(one.outcome()));
    assertThat(many.outcome().handOverForm()).isEqualTo(one.outcome().handOverForm());
    assertThat(many.outcome().volumes()).isEqualTo(one.outcome().volumes());
  }

  @Test
  void batch_isLargeEnoughForTheThreads_andRectificationHappens() {
    assertThat(BATCH).hasSizeGreaterThan(400);
    Run one = phase2(1);
    assertThat(one.outcome().returns() + one.outcome().selfCheckRounds()).isPositive();
    assertThat(one.outcome().handOverForm()).isPresent();
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 3})
  void phase2_onSeveralThreads_isTheRunOnOne(int parallelism) {
    assertSameRun(phase2(1), phase2(parallelism));
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 3})
  void phase1_onSeveralThreads_isTheRunOnOne(int parallelism) {
    assertSameRun(phase1(1), phase1(parallelism));
  }

  @Test
  void parallelism_outOfRange_isRefusedNamingIt() {
    SyntheticRectifier desk = SyntheticRectifier.of(CITY, 0, 0);
    Transfers t =
        Transfers.of(
            LifecycleTable.bundled(),
            ROSTER,
            Ledger.open(LedgerStore.inMemory(), HashAlgorithm.SHA_256),
            CONTEXT.clock());
    Staffing staff = Staffing.firstOnRoster(ROSTER);
    for (int bad : new int[] {0, -1, 257}) {
      assertThatThrownBy(() -> Phase2.builder(t, CONTEXT, desk, staff).parallelism(bad))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("Invalid value for parallelism (1 - 256): " + bad);
      assertThatThrownBy(() -> Phase1.builder(t, CONTEXT, desk, staff).parallelism(bad))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("Invalid value for parallelism (1 - 256): " + bad);
    }
    assertThat(Phase2.builder(t, CONTEXT, desk, staff).parallelism(256)).isNotNull();
  }
}
