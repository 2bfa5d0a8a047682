package org.siarchive.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.ledger.CanonicalJson;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.Transfers;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.Suite;

/**
 * Phase 1 over small batches of SC01: the spot check, the acceptance as an examiner reports it, the
 * re-check of what it passed and the miss rate, the report, the rectification and the
 * digitisation's QC, with the words of each event's note and of each way the procedure stops.
 */
class Phase1Test {
  private static final String SEED = "2019-Q4";
  private static final String BATCH = "SC01-2019-1";
  private static final DefectCode ITEM_COUNT = DefectCode.of("ITEM_COUNT_MISMATCH");
  private static final DefectCode IMAGE_PAGE = DefectCode.of("CATALOGUE_IMAGE_PAGE_MISMATCH");

  private static Phase1.Builder builder(Transfers transfers, Rectifier rectifier) {
    return Phase1.builder(transfers, Desk.CONTEXT, rectifier, Staffing.firstOnRoster(Desk.ROSTER))
        .seed(SEED);
  }

  private static List<String> actions(Transfers transfers) {
    List<String> out = new ArrayList<>();
    for (long i = 0; i < transfers.ledger().size(); i++) {
      out.add(CanonicalJson.parse(transfers.ledger().eventBytes(i)).path("action").asText());
    }
    return out;
  }

  private static String note(Transfers transfers, long i) {
    return CanonicalJson.parse(transfers.ledger().eventBytes(i)).path("note").asText();
  }

  private static long findings(Transfers transfers, long i) {
    return CanonicalJson.parse(transfers.ledger().eventBytes(i))
        .path("findings")
        .path("count")
        .asLong(-1);
  }

  private static List<String> stepsOf(BatchOutcome out) {
    return out.steps().stream()
        .map(s -> s.stage().id() + "/" + s.round() + "/" + s.action() + "/" + s.checked().size())
        .toList();
  }

  @Test
  void run_cleanBatch_isStoredAfterEveryStepWithItsNote() {
    List<Volume> volumes = Desk.clean(10);
    Transfers transfers = Desk.transfers();
    Desk.Restorer desk = new Desk.Restorer(volumes, 1);
    Phase1Outcome p = builder(transfers, desk).build().run(BATCH, "SC01", volumes);
    BatchOutcome out = p.outcome();

    assertThat(out.stoppedBecause()).isEmpty();
    assertThat(out.batch().state()).isEqualTo("STORED");
    assertThat(actions(transfers))
        .containsExactly(
            "OPEN",
            "REQUEST",
            "SPOT_CHECK",
            "COLLECT",
            "ACCEPT",
            "RECHECK",
            "REPORT",
            "RECTIFY",
            "DIGITISE",
            "STORE");
    assertThat(stepsOf(out))
        .containsExactly(
            "re-check/0/SPOT_CHECK/1",
            "re-check/0/ACCEPT/10",
            "re-check/0/RECHECK/1",
            "pre-acceptance/0/DIGITISE/10");
    // ceil(0.05 * 10) = 1 spot-checked; ceil(0.10 * 10) = 1 re-checked of the 10 passed.
    assertThat(p.spotCheckSample().seed()).isEqualTo(SEED + "/spot-check/" + BATCH);
    assertThat(p.spotCheckSample().size()).isEqualTo(1);
    assertThat(p.recheckSample().seed()).isEqualTo(SEED + "/re-check/" + BATCH);
    assertThat(p.recheckSample().size()).isEqualTo(1);
    assertThat(p.passed()).isEqualTo(volumes.stream().map(Volume::id).toList());
    assertThat(p.missed()).isZero();
    assertThat(p.acceptanceMissRate()).isPresent();
    assertThat(p.acceptanceMissRate().orElseThrow().overall().rate()).isZero();
    assertThat(p.qualityReport().orElseThrow().volumes()).isEmpty();
    assertThat(p.digitisationRounds()).isZero();
    assertThat(out.returns()).isZero();
    assertThat(out.rectificationRounds()).isZero();
    assertThat(desk.calls).isEmpty();

    assertThat(note(transfers, 2))
        .isEqualTo(
            "spot-check: 1 volumes checked (sample, seed "
                + SEED
                + "/spot-check/"
                + BATCH
                + "), 0 with 0 defects");
    assertThat(note(transfers, 3)).isEqualTo("collected 10 volumes");
    assertThat(note(transfers, 4)).isEqualTo("acceptance: 10 volumes checked, 0 with 0 defects");
    assertThat(note(transfers, 5))
        .startsWith(
            "re-check: 1 volumes checked (sample, seed "
                + SEED
                + "/re-check/"
                + BATCH
                + "), 0 with 0 defects of 10 the acceptance post passed; estimated miss rate"
                + " 0.0000 (0.0000 - ");
    assertThat(note(transfers, 6))
        .isEqualTo("quality analysis report to SC01: 0 of 10 volumes with 0 defects");
    assertThat(note(transfers, 7))
        .isEqualTo(
            "rectification at the archive centre in 0 rounds: 0 defects found in the rectified"
                + " volumes; 0 volumes with defects remain, 0 of them blocking");
    assertThat(note(transfers, 8))
        .isEqualTo(
            "digitisation of 10 volumes (scan, QC, linking, boxing): QC in 1 passes found 0"
                + " defects; 0 volumes with blocking defects remain");
    HandOverForm.Digest digest = HandOverForm.packageDigest(volumes, HashAlgorithm.SHA_256);
    assertThat(note(transfers, 9))
        .isEqualTo("package digest SHA-256 " + digest.value() + " over 10 volume records");
    HandOverForm form = out.handOverForm().orElseThrow();
    assertThat(form.fourProperties().authenticity().result()).isEqualTo(HandOverForm.Result.PASSED);
    assertThat(form.fourProperties().authenticity().detail())
        .isEqualTo("the package digest equals the one the STORE event 9 recorded");
    assertThat(form.signatures())
        .extracting(HandOverForm.Signature::person)
        .containsExactly("c1", "r1", "k1");
  }

  @Test
  void run_acceptanceOverlooksEverything_theRecheckMeasuresTheMissesAndTheCentreRectifies() {
    List<Volume> volumes = Desk.clean(3);
    List<Volume> given = volumes.stream().map(Desk::extraCatalogueRow).toList();
    Transfers transfers = Desk.transfers();
    Desk.Restorer desk = new Desk.Restorer(volumes, 1);
    List<String> examined = new ArrayList<>();
    Examiner blind =
        (person, volume, found) -> {
          examined.add(person + ":" + volume.id());
          return List.of();
        };
    Phase1Outcome p =
        builder(transfers, desk)
            .acceptance(blind)
            .spotCheckRatio(new BigDecimal("0.01"))
            .recheckRatio(new BigDecimal("0.30"))
            .build()
            .run(BATCH, "SC01", given);
    BatchOutcome out = p.outcome();

    assertThat(examined).hasSize(3).allMatch(s -> s.startsWith("c1:"));
    assertThat(p.passed()).hasSize(3);
    // ceil(0.30 * 3) = 1 re-checked, and it has the defect the acceptance post overlooked.
    assertThat(p.recheckSample().size()).isEqualTo(1);
    assertThat(p.missed()).isEqualTo(1);
    assertThat(p.acceptanceMissRate().orElseThrow().overall().rate()).isEqualTo(1.0);
    assertThat(note(transfers, 5))
        .contains("1 with 1 defects of 3 the acceptance post passed; estimated miss rate 1.0000");
    assertThat(findings(transfers, 2)).as("spot check").isEqualTo(1);
    assertThat(findings(transfers, 4)).as("acceptance").isZero();
    assertThat(findings(transfers, 5)).as("re-check").isEqualTo(1);
    // The report lists what the spot check and the re-check found: the same one volume's defect
    // if the two samples agree, else two volumes.
    long known = p.spotCheckSample().selected().equals(p.recheckSample().selected()) ? 1 : 2;
    assertThat(p.qualityReport().orElseThrow().volumes()).hasSize((int) known);
    assertThat(note(transfers, 6))
        .isEqualTo(
            "quality analysis report to SC01: "
                + known
                + " of 3 volumes with "
                + known
                + " defects");
    assertThat(out.returns()).isEqualTo(1);
    assertThat(out.rectificationRounds()).isEqualTo(1);
    assertThat(note(transfers, 7))
        .isEqualTo(
            "rectification at the archive centre in 1 rounds: 0 defects found in the rectified"
                + " volumes; 0 volumes with defects remain, 0 of them blocking");
    // The volume nobody saw goes on with its defect: digitisation looks at images, not paper.
    assertThat(out.batch().state()).isEqualTo("STORED");
    assertThat(out.steps().stream().filter(s -> s.action().equals("RECTIFY")).toList())
        .singleElement()
        .satisfies(s -> assertThat(s.round()).isEqualTo(1));
  }

  @Test
  void run_rectificationRoundsRunOut_withholdsDigitisationNamingTheFirstVolume() {
    List<Volume> volumes = Desk.clean(2);
    List<Volume> given = volumes.stream().map(Desk::extraCatalogueRow).toList();
    Transfers transfers = Desk.transfers();
    Phase1Outcome p =
        builder(transfers, new Desk.Restorer(volumes, 9))
            .maxRounds(2)
            .build()
            .run(BATCH, "SC01", given);
    BatchOutcome out = p.outcome();

    // The acceptance post found both; nothing passed, so nothing is re-checked.
    assertThat(p.passed()).isEmpty();
    assertThat(p.recheckSample()).isNull();
    assertThat(p.acceptanceMissRate()).isEmpty();
    assertThat(note(transfers, 5))
        .isEqualTo("re-check: the acceptance post passed no volume; nothing to re-check");
    assertThat(note(transfers, 4)).isEqualTo("acceptance: 2 volumes checked, 2 with 2 defects");
    assertThat(findings(transfers, 4)).isEqualTo(2);
    assertThat(out.rectificationRounds()).isEqualTo(2);
    assertThat(out.stoppedBecause())
        .hasValue(
            "digitisation withheld: 2 volumes still have blocking defects after 2 rounds of"
                + " rectification (first \""
                + volumes.get(0).id()
                + "\")");
    assertThat(note(transfers, 7))
        .isEqualTo(
            "rectification at the archive centre in 2 rounds: 4 defects found in the rectified"
                + " volumes; 2 volumes with defects remain, 2 of them blocking");
    assertThat(out.batch().state()).isEqualTo("RECTIFIED");
    assertThat(out.handOverForm()).isEmpty();
    assertThat(stepsOf(out))
        .containsExactly(
            "re-check/0/SPOT_CHECK/1",
            "re-check/0/ACCEPT/2",
            "re-check/0/RECHECK/0",
            "re-check/1/RECTIFY/2",
            "re-check/2/RECTIFY/2");
  }

  @Test
  void run_scanningMakesAnImageTwice_qcRescansUntilClean() {
    List<Volume> volumes = Desk.clean(3);
    List<Volume> given = List.of(volumes.get(0), Desk.imageTwice(volumes.get(1)), volumes.get(2));
    Transfers transfers = Desk.transfers();
    Desk.Restorer desk = new Desk.Restorer(volumes, 2);
    Phase1Outcome p = builder(transfers, desk).build().run(BATCH, "SC01", given);
    BatchOutcome out = p.outcome();

    assertThat(out.stoppedBecause()).isEmpty();
    assertThat(p.digitisationRounds()).isEqualTo(2);
    assertThat(desk.calls)
        .containsExactly(volumes.get(1).id() + "#1:1", volumes.get(1).id() + "#2:1");
    assertThat(stepsOf(out).subList(3, stepsOf(out).size()))
        .containsExactly(
            "pre-acceptance/0/DIGITISE/3",
            "pre-acceptance/1/DIGITISE/1",
            "pre-acceptance/2/DIGITISE/1");
    assertThat(note(transfers, 8))
        .isEqualTo(
            "digitisation of 3 volumes (scan, QC, linking, boxing): QC in 3 passes found 2"
                + " defects; 0 volumes with blocking defects remain");
    assertThat(out.volumes()).isEqualTo(volumes);
    assertThat(out.steps().get(3).stage()).isEqualTo(Stage.PRE_ACCEPTANCE);
  }

  @Test
  void run_examinerReportingADefectTheSuiteDidNotFind_isRefused() {
    List<Volume> volumes = Desk.clean(2);
    List<Volume> given = List.of(Desk.extraCatalogueRow(volumes.get(0)), volumes.get(1));
    Volume other = Desk.extraCatalogueRow(volumes.get(1));
    CheckContext paper = Desk.CONTEXT.toBuilder().stage(Stage.RE_CHECK).build();
    List<Defect> foreign = Suite.from(paper).check(other, paper);
    assertThat(foreign).isNotEmpty();
    Phase1 phase1 =
        builder(Desk.transfers(), new Desk.Restorer(volumes, 1))
            .acceptance((person, volume, found) -> foreign)
            .build();
    assertThatThrownBy(() -> phase1.run(BATCH, "SC01", given))
        .hasMessage(
            "Invalid value for examiner (a report of defects the suite found): \""
                + volumes.get(0).id()
                + "\"");
  }

  @Test
  void run_qcRoundsRunOut_storesWithTheImageDefectCounted() {
    List<Volume> volumes = Desk.clean(2);
    List<Volume> given = List.of(volumes.get(0), Desk.imageTwice(volumes.get(1)));
    Transfers transfers = Desk.transfers();
    Phase1Outcome p =
        builder(transfers, new Desk.Restorer(volumes, 9))
            .maxRounds(1)
            .build()
            .run(BATCH, "SC01", given);
    assertThat(p.digitisationRounds()).isEqualTo(1);
    assertThat(note(transfers, 8))
        .isEqualTo(
            "digitisation of 2 volumes (scan, QC, linking, boxing): QC in 2 passes found 2"
                + " defects; 0 volumes with blocking defects remain");
    assertThat(p.outcome().batch().state()).isEqualTo("STORED");
  }

  @Test
  void run_anIdGivenTwice_isRefusedNamingIt_andOpensNothing() {
    List<Volume> volumes = Desk.clean(2);
    Transfers transfers = Desk.transfers();
    Phase1 phase1 = builder(transfers, (v, d, a) -> v).build();
    assertThatThrownBy(
            () -> phase1.run("SC01-2024-P1", "SC01", List.of(volumes.get(0), volumes.get(0))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid value for volumes (each volume id once): \""
                + volumes.get(0).id()
                + "\" given twice");
    assertThat(actions(transfers)).isEmpty();
  }

  @Test
  void run_openingRefused_isThrownWithTheRefusalsWords() {
    Transfers transfers = Desk.transfers();
    Phase1 phase1 =
        Phase1.builder(transfers, Desk.CONTEXT, (v, d, a) -> v, (role, sc, staff) -> "nobody")
            .seed(SEED)
            .build();
    assertThatThrownBy(() -> phase1.run(BATCH, "SC01", Desk.clean(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith(
            "Invalid value for batch (a batch the lifecycle table lets open): batch "
                + BATCH
                + " (not opened): OPEN by nobody [] refused by LC-KNOWN-PERSON");
    assertThat(transfers.ledger().size()).isZero();
  }

  /**
   * A staffing that names someone off the roster the n-th time it is asked (the 4th is the
   * acceptance post's examiner, who is not refused): the run stops at that action.
   */
  @ParameterizedTest(name = "asked {0} times")
  @CsvSource({
    "1, REQUEST, ARRANGED",
    "2, SPOT_CHECK, REQUESTED",
    "3, COLLECT, SPOT_CHECKED",
    "5, ACCEPT, COLLECTED",
    "6, RECHECK, ACCEPTED",
    "7, REPORT, RECHECKED",
    "8, RECTIFY, REPORTED",
    "9, DIGITISE, RECTIFIED",
    "10, STORE, DIGITISED"
  })
  void run_refusalAtAnyStep_stopsThereWithTheRefusal(int asked, String action, String state) {
    List<Volume> volumes = Desk.clean(2);
    Staffing roster = Staffing.firstOnRoster(Desk.ROSTER);
    int[] calls = {0};
    Staffing sabotaged =
        (role, sc, staff) -> calls[0]++ == asked ? "nobody" : roster.person(role, sc, staff);
    Transfers transfers = Desk.transfers();
    Phase1Outcome p =
        Phase1.builder(transfers, Desk.CONTEXT, new Desk.Restorer(volumes, 1), sabotaged)
            .seed(SEED)
            .build()
            .run(BATCH, "SC01", volumes);
    assertThat(p.outcome().stoppedBecause().orElseThrow())
        .startsWith("refused: batch " + BATCH + " (" + state + "): " + action + " by nobody");
    assertThat(p.outcome().batch().state()).isEqualTo(state);
    assertThat(p.outcome().handOverForm()).isEmpty();
  }

  @Test
  void builder_refusesBadSettingsNamingThem() {
    Phase1.Builder b = builder(Desk.transfers(), (v, d, a) -> v);
    assertThatThrownBy(() -> b.recheckRatio(new BigDecimal("0.09")))
        .hasMessage(
            "Invalid value for recheckRatio (the re-check post's share, valid values 0.10 - 0.30):"
                + " 0.09");
    assertThatThrownBy(() -> b.recheckRatio(new BigDecimal("0.31")))
        .hasMessage(
            "Invalid value for recheckRatio (the re-check post's share, valid values 0.10 - 0.30):"
                + " 0.31");
    assertThat(b.recheckRatio(new BigDecimal("0.30"))).isSameAs(b);
    assertThatThrownBy(() -> b.spotCheckRatio(new BigDecimal("-0.1")))
        .hasMessage("Invalid value for spotCheckRatio (in (0, 1]): -0.1");
    assertThatThrownBy(() -> b.maxRounds(101))
        .hasMessage("Invalid value for maxRounds (0 - 100): 101");
    assertThatThrownBy(
            () ->
                Phase1.builder(Desk.transfers(), Desk.CONTEXT, (v, d, a) -> v, (r, s, t) -> "a1")
                    .build())
        .hasMessage("Invalid value for seed (set before build()): none");
  }

  @Test
  void suites_paperChecksPaperAndQcChecksWhatScanningMade() {
    Phase1 phase1 = builder(Desk.transfers(), (v, d, a) -> v).build();
    assertThat(phase1.paperSuite().codes()).contains(ITEM_COUNT).doesNotContain(IMAGE_PAGE);
    assertThat(phase1.imageSuite().codes()).contains(IMAGE_PAGE).doesNotContain(ITEM_COUNT);
    assertThat(phase1.imageSuite().codes())
        .doesNotContainAnyElementsOf(phase1.paperSuite().codes());
  }
}
