package org.siarchive.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.ledger.CanonicalJson;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.core.transfer.Transfers;
import org.siarchive.rules.quality.Stage;

/**
 * Phase 2 over small batches of SC01 whose defects each stage sees differently: the steps, the
 * ledger events, the samples, the counts and the words of each way the procedure stops.
 */
class Phase2Test {
  private static final String SEED = "2024-Q1";
  private static final String BATCH = "SC01-2024-1";

  /** The ledger actions of a batch that passes every step at the first try. */
  private static final List<String> CLEAN_RUN =
      List.of(
          "OPEN", "SELF_CHECK", "REQUEST", "PRE_ACCEPT", "SUPERVISE_PASS", "HAND_OVER", "RECEIVE");

  private static Phase2.Builder builder(Transfers transfers, Rectifier rectifier) {
    return Phase2.builder(transfers, Desk.CONTEXT, rectifier, Staffing.firstOnRoster(Desk.ROSTER))
        .seed(SEED);
  }

  private static List<String> actions(Transfers transfers) {
    List<String> out = new ArrayList<>();
    for (long i = 0; i < transfers.ledger().size(); i++) {
      out.add(CanonicalJson.parse(transfers.ledger().eventBytes(i)).path("action").asText());
    }
    return out;
  }

  private static JsonNode event(Transfers transfers, long i) {
    return CanonicalJson.parse(transfers.ledger().eventBytes(i));
  }

  private static List<String> stepsOf(BatchOutcome out) {
    return out.steps().stream()
        .map(s -> s.stage().id() + "/" + s.round() + "/" + s.action() + "/" + s.checked().size())
        .toList();
  }

  @Test
  void run_cleanBatch_isStoredWithEveryStepOnceAndAPassedForm() {
    List<Volume> volumes = Desk.clean(3);
    Transfers transfers = Desk.transfers();
    Desk.Restorer desk = new Desk.Restorer(volumes, 1);
    BatchOutcome out = builder(transfers, desk).build().run(BATCH, "SC01", volumes);

    assertThat(out.stoppedBecause()).isEmpty();
    assertThat(out.batch().state()).isEqualTo("STORED");
    assertThat(actions(transfers)).containsExactlyElementsOf(CLEAN_RUN);
    assertThat(stepsOf(out))
        .containsExactly(
            "self-check/0/SELF_CHECK/3",
            "pre-acceptance/0/PRE_ACCEPT/3",
            "supervision/0/SUPERVISE_PASS/1");
    assertThat(out.steps()).allMatch(s -> s.defects().isEmpty() && s.notice() == null);
    assertThat(out.steps().get(0).event()).isEqualTo(1);
    assertThat(out.steps().get(1).event()).isEqualTo(3);
    assertThat(out.steps().get(2).event()).isEqualTo(4);
    // Pre-acceptance of every volume draws no sample; supervision draws ceil(0.05 * 3) = 1.
    assertThat(out.steps().get(1).sample()).isNull();
    assertThat(out.supervisionSample()).isNotNull();
    assertThat(out.supervisionSample().seed()).isEqualTo(SEED + "/supervision/" + BATCH);
    assertThat(out.supervisionSample().size()).isEqualTo(1);
    assertThat(out.steps().get(2).sample()).isEqualTo(out.supervisionSample());
    assertThat(out.returns()).isZero();
    assertThat(out.rectificationRounds()).isZero();
    assertThat(out.selfCheckRounds()).isZero();
    assertThat(desk.calls).isEmpty();
    assertThat(out.volumes()).isEqualTo(volumes);

    assertThat(event(transfers, 1).path("note").asText())
        .isEqualTo(
            "self-check of 3 volumes in 1 passes: 0 defects found; 0 volumes with blocking defects"
                + " remain");
    assertThat(event(transfers, 3).path("note").asText())
        .isEqualTo("pre-acceptance: 3 volumes checked, no defect found");
    assertThat(event(transfers, 4).path("note").asText())
        .isEqualTo(
            "supervision: 1 volumes checked (sample, seed "
                + SEED
                + "/supervision/"
                + BATCH
                + "), no defect found");
    HandOverForm.Digest digest = HandOverForm.packageDigest(volumes, HashAlgorithm.SHA_256);
    assertThat(event(transfers, 5).path("note").asText())
        .isEqualTo("package digest SHA-256 " + digest.value() + " over 3 volume records");
    assertThat(event(transfers, 5).path("person").asText()).isEqualTo("a1");
    assertThat(event(transfers, 6).path("person").asText()).isEqualTo("k1");
    assertThat(event(transfers, 4).path("person").asText()).isEqualTo("l1");
    assertThat(event(transfers, 3).path("person").asText()).isEqualTo("c1");
    assertThat(out.batch().volumes().digest()).isEqualTo(digest.value());

    HandOverForm form = out.handOverForm().orElseThrow();
    assertThat(form.volumes()).isEqualTo(3);
    assertThat(form.digest()).isEqualTo(digest);
    assertThat(form.fourProperties().authenticity().result()).isEqualTo(HandOverForm.Result.PASSED);
    assertThat(form.fourProperties().integrity().result()).isEqualTo(HandOverForm.Result.PASSED);
    assertThat(form.signatures())
        .extracting(HandOverForm.Signature::person)
        .containsExactly("c1", "l1", "a1", "k1");
    assertThat(
            Transfers.verify(
                    transfers.ledger().store(), transfers.ledger().head(), LifecycleTable.bundled())
                .isValid())
        .isTrue();
  }

  @Test
  void run_preAcceptanceSample_drawsCeilOfTheRatioWithTheStepSeed() {
    List<Volume> volumes = Desk.clean(7);
    Transfers transfers = Desk.transfers();
    BatchOutcome out =
        builder(transfers, new Desk.Restorer(volumes, 1))
            .preAcceptanceRatio(new BigDecimal("0.30"))
            .supervisionRatio(new BigDecimal("0.5"))
            .build()
            .run(BATCH, "SC01", volumes);

    CheckStepAssert pre = new CheckStepAssert(out.steps().get(1));
    assertThat(pre.step.stage()).isEqualTo(Stage.PRE_ACCEPTANCE);
    assertThat(pre.step.sample().seed()).isEqualTo(SEED + "/pre-acceptance/" + BATCH);
    assertThat(pre.step.sample().size()).isEqualTo(3);
    assertThat(pre.step.checked()).isEqualTo(pre.inBatchOrder(volumes));
    assertThat(pre.step.sample().verify(volumes.stream().map(Volume::id).toList()).isVerified())
        .isTrue();
    CheckStepAssert sup = new CheckStepAssert(out.steps().get(2));
    assertThat(sup.step.sample().size()).isEqualTo(4);
    assertThat(sup.step.checked()).isEqualTo(sup.inBatchOrder(volumes));
    assertThat(event(transfers, 3).path("note").asText())
        .isEqualTo(
            "pre-acceptance: 3 volumes checked (sample, seed "
                + SEED
                + "/pre-acceptance/"
                + BATCH
                + "), no defect found");
  }

  /** The checked ids of a step, and the sample's ids in the batch's order. */
  private record CheckStepAssert(CheckStep step) {
    List<String> inBatchOrder(List<Volume> volumes) {
      return volumes.stream().map(Volume::id).filter(step.sample().selected()::contains).toList();
    }
  }

  @Test
  void run_selfCheckFindsBlockingDefect_rectifiesRoundAfterRoundThenGoesOn() {
    List<Volume> volumes = Desk.clean(3);
    List<Volume> given = new ArrayList<>(volumes);
    given.set(1, Desk.extraCatalogueRow(volumes.get(1)));
    Transfers transfers = Desk.transfers();
    Desk.Restorer desk = new Desk.Restorer(volumes, 2);
    BatchOutcome out = builder(transfers, desk).build().run(BATCH, "SC01", given);

    assertThat(out.stoppedBecause()).isEmpty();
    assertThat(out.selfCheckRounds()).isEqualTo(2);
    assertThat(desk.calls)
        .containsExactly(volumes.get(1).id() + "#1:1", volumes.get(1).id() + "#2:1");
    assertThat(stepsOf(out))
        .containsExactly(
            "self-check/0/SELF_CHECK/3",
            "self-check/1/SELF_CHECK/1",
            "self-check/2/SELF_CHECK/1",
            "pre-acceptance/0/PRE_ACCEPT/3",
            "supervision/0/SUPERVISE_PASS/1");
    assertThat(out.steps().get(0).foundBlocking()).isTrue();
    assertThat(out.steps().get(0).withDefects())
        .extracting(r -> r.volumeId())
        .containsExactly(volumes.get(1).id());
    assertThat(out.steps().get(2).foundBlocking()).isFalse();
    // All three passes are attached to the one SELF_CHECK event, which counts their defects.
    assertThat(out.steps().subList(0, 3)).allMatch(s -> s.event() == 1);
    assertThat(event(transfers, 1).path("findings").path("count").asLong()).isEqualTo(2);
    assertThat(event(transfers, 1).path("note").asText())
        .isEqualTo(
            "self-check of 3 volumes in 3 passes: 2 defects found; 0 volumes with blocking defects"
                + " remain");
    assertThat(out.volumes()).isEqualTo(volumes);
    assertThat(out.handOverForm()).isPresent();
  }

  @Test
  void run_selfCheckRoundsRunOut_withholdsTheRequestNamingTheFirstVolume() {
    List<Volume> volumes = Desk.clean(3);
    List<Volume> given = new ArrayList<>(volumes);
    given.set(2, Desk.extraCatalogueRow(volumes.get(2)));
    Transfers transfers = Desk.transfers();
    Desk.Restorer desk = new Desk.Restorer(volumes, 99);
    BatchOutcome out = builder(transfers, desk).maxRounds(2).build().run(BATCH, "SC01", given);

    assertThat(out.stoppedBecause())
        .hasValue(
            "request withheld: 1 volumes still have blocking defects after 2 rounds of self-check"
                + " (first \""
                + volumes.get(2).id()
                + "\")");
    assertThat(out.batch().state()).isEqualTo("SELF_CHECKED");
    assertThat(actions(transfers)).containsExactly("OPEN", "SELF_CHECK");
    assertThat(out.selfCheckRounds()).isEqualTo(2);
    assertThat(stepsOf(out)).hasSize(3);
    assertThat(out.supervisionSample()).isNull();
    assertThat(out.handOverForm()).isEmpty();
    assertThat(event(transfers, 1).path("note").asText())
        .isEqualTo(
            "self-check of 3 volumes in 3 passes: 3 defects found; 1 volumes with blocking defects"
                + " remain");
  }

  @Test
  void run_selfCheckLeavesAMajorDefect_requestsAnywayAndPreAcceptanceReturnsIt() {
    List<Volume> volumes = Desk.clean(2);
    List<Volume> given = List.of(volumes.get(0), Desk.illegible(volumes.get(1)));
    Transfers transfers = Desk.transfers();
    BatchOutcome out =
        builder(transfers, new Desk.Restorer(volumes, 99))
            .maxRounds(1)
            .build()
            .run(BATCH, "SC01", given);
    // Only a blocking defect withholds the request: the illegible image (major) goes on.
    assertThat(out.selfCheckRounds()).isEqualTo(1);
    assertThat(out.stoppedBecause())
        .hasValue("pre-acceptance: still 1 volumes with defects after 1 rounds of rectification");
    assertThat(event(transfers, 1).path("note").asText())
        .isEqualTo(
            "self-check of 2 volumes in 2 passes: 2 defects found; 0 volumes with blocking defects"
                + " remain");
  }

  @Test
  void run_maxRoundsZero_checksOnceAndStopsAtTheFirstReturn() {
    List<Volume> volumes = Desk.clean(2);
    List<Volume> given = List.of(volumes.get(0), Desk.imageTwice(volumes.get(1)));
    Transfers transfers = Desk.transfers();
    Desk.Restorer desk = new Desk.Restorer(volumes, 1);
    BatchOutcome out = builder(transfers, desk).maxRounds(0).build().run(BATCH, "SC01", given);

    assertThat(out.stoppedBecause())
        .hasValue("pre-acceptance: still 1 volumes with defects after 0 rounds of rectification");
    assertThat(out.batch().state()).isEqualTo("RETURNED");
    assertThat(out.returns()).isEqualTo(1);
    assertThat(out.rectificationRounds()).isZero();
    assertThat(desk.calls).isEmpty();
    assertThat(stepsOf(out))
        .containsExactly("self-check/0/SELF_CHECK/2", "pre-acceptance/0/RETURN/2");
  }

  @Test
  void run_preAcceptanceFindsWhatSelfCheckCannot_returnsWithANoticeAndRechecksTheReturned() {
    List<Volume> volumes = Desk.clean(3);
    List<Volume> given = List.of(volumes.get(0), Desk.imageTwice(volumes.get(1)), volumes.get(2));
    Transfers transfers = Desk.transfers();
    Desk.Restorer desk = new Desk.Restorer(volumes, 2);
    BatchOutcome out = builder(transfers, desk).build().run(BATCH, "SC01", given);

    assertThat(out.stoppedBecause()).isEmpty();
    assertThat(actions(transfers))
        .containsExactly(
            "OPEN",
            "SELF_CHECK",
            "REQUEST",
            "RETURN",
            "RESUBMIT",
            "RETURN",
            "RESUBMIT",
            "PRE_ACCEPT",
            "SUPERVISE_PASS",
            "HAND_OVER",
            "RECEIVE");
    assertThat(stepsOf(out))
        .containsExactly(
            "self-check/0/SELF_CHECK/3",
            "pre-acceptance/0/RETURN/3",
            "pre-acceptance/1/RETURN/1",
            "pre-acceptance/2/PRE_ACCEPT/1",
            "supervision/0/SUPERVISE_PASS/1");
    assertThat(out.returns()).isEqualTo(2);
    assertThat(out.rectificationRounds()).isEqualTo(2);
    CheckStep first = out.steps().get(1);
    assertThat(first.defects())
        .extracting(d -> d.code())
        .containsExactly(DefectCode.of("CATALOGUE_IMAGE_PAGE_MISMATCH"));
    assertThat(first.foundBlocking()).as("a major defect is not blocking").isFalse();
    assertThat(first.notice()).isNotNull();
    assertThat(first.notice().subCenterId()).isEqualTo("SC01");
    assertThat(first.notice().volumesChecked()).isEqualTo(3);
    assertThat(first.notice().volumes()).hasSize(1);
    assertThat(first.findings().count()).isEqualTo(1);
    assertThat(first.findings().digest())
        .isEqualTo(HashAlgorithm.SHA_256.hashHex(first.findingsJson()));
    assertThat(out.steps().get(3).notice()).isNull();
    assertThat(event(transfers, 3).path("note").asText())
        .isEqualTo(
            "pre-acceptance: 1 of 3 volumes checked have 1 defects; returned for rectification"
                + " (first \""
                + volumes.get(1).id()
                + "\")");
    assertThat(event(transfers, 3).path("findings").path("digest").asText())
        .isEqualTo(first.findings().digest());
    assertThat(event(transfers, 4).path("note").asText())
        .isEqualTo("resubmitted 1 rectified volumes");
    assertThat(event(transfers, 7).path("note").asText())
        .isEqualTo("pre-acceptance: 1 volumes checked, no defect found");
    assertThat(out.volumes()).isEqualTo(volumes);
    assertThat(out.handOverForm().orElseThrow().fourProperties().authenticity().result())
        .isEqualTo(HandOverForm.Result.PASSED);
  }

  @Test
  void run_supervisionFindsADefect_returnsToTheArchivistAndChecksTheResubmission() {
    List<Volume> volumes = Desk.clean(2);
    List<Volume> given = List.of(Desk.imageTwice(volumes.get(0)), Desk.imageTwice(volumes.get(1)));
    Transfers transfers = Desk.transfers();
    Desk.Restorer desk = new Desk.Restorer(volumes, 1);
    // Pre-acceptance looks at one volume of two; supervision at both.
    BatchOutcome out =
        builder(transfers, desk)
            .preAcceptanceRatio(new BigDecimal("0.5"))
            .supervisionRatio(BigDecimal.ONE)
            .build()
            .run(BATCH, "SC01", given);

    assertThat(out.stoppedBecause()).isEmpty();
    assertThat(actions(transfers))
        .containsExactly(
            "OPEN",
            "SELF_CHECK",
            "REQUEST",
            "RETURN",
            "RESUBMIT",
            "PRE_ACCEPT",
            "SUPERVISE_RETURN",
            "RESUBMIT",
            "SUPERVISE_PASS",
            "HAND_OVER",
            "RECEIVE");
    assertThat(stepsOf(out))
        .containsExactly(
            "self-check/0/SELF_CHECK/2",
            "pre-acceptance/0/RETURN/1",
            "pre-acceptance/1/PRE_ACCEPT/1",
            "supervision/0/SUPERVISE_RETURN/2",
            "supervision/1/SUPERVISE_PASS/1");
    // Only the first pass of a step carries its sample.
    assertThat(out.steps().get(1).sample()).isNotNull();
    assertThat(out.steps().get(2).sample()).isNull();
    assertThat(out.steps().get(3).sample()).isEqualTo(out.supervisionSample());
    assertThat(out.steps().get(4).sample()).isNull();
    assertThat(out.returns()).isEqualTo(2);
    assertThat(out.rectificationRounds()).isEqualTo(2);
    assertThat(event(transfers, 6).path("note").asText())
        .startsWith("supervision: 1 of 2 volumes checked have 1 defects; returned");
    assertThat(out.volumes()).isEqualTo(volumes);
  }

  @Test
  void run_staffingNamesSomeoneTheTableRefuses_stopsWithTheRefusal() {
    List<Volume> volumes = Desk.clean(2);
    Transfers transfers = Desk.transfers();
    Staffing archivistForAll = (role, subCenter, staff) -> "a1";
    BatchOutcome out =
        Phase2.builder(transfers, Desk.CONTEXT, new Desk.Restorer(volumes, 1), archivistForAll)
            .seed(SEED)
            .build()
            .run(BATCH, "SC01", volumes);

    assertThat(out.batch().state()).isEqualTo("REQUESTED");
    assertThat(out.stoppedBecause().orElseThrow())
        .startsWith("refused: batch " + BATCH + " (REQUESTED): PRE_ACCEPT by a1");
    assertThat(out.handOverForm()).isEmpty();
    assertThat(out.supervisionSample()).isNull();
  }

  @Test
  void run_openingRefused_isThrownWithTheRefusalsWords() {
    List<Volume> volumes = Desk.clean(2);
    Transfers transfers = Desk.transfers();
    Phase2 phase2 =
        Phase2.builder(transfers, Desk.CONTEXT, (v, d, a) -> v, (role, sc, staff) -> "nobody")
            .seed(SEED)
            .build();
    assertThatThrownBy(() -> phase2.run(BATCH, "SC01", volumes))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith(
            "Invalid value for batch (a batch the lifecycle table lets open): batch "
                + BATCH
                + " (not opened): OPEN by nobody [] refused by LC-KNOWN-PERSON");
    assertThat(transfers.ledger().size()).isZero();
  }

  /**
   * A staffing that names someone off the roster the n-th time it is asked: the run stops at that
   * action, refused, and the batch stays where the action would have moved it from.
   */
  @ParameterizedTest(name = "asked {0} times")
  @CsvSource({
    "1, SELF_CHECK, ARRANGED",
    "2, REQUEST, SELF_CHECKED",
    "3, RETURN, REQUESTED",
    "4, RESUBMIT, RETURNED",
    "5, PRE_ACCEPT, REQUESTED",
    "6, SUPERVISE_RETURN, PRE_ACCEPTED",
    "7, RESUBMIT, SUPERVISION_RETURNED",
    "8, SUPERVISE_PASS, PRE_ACCEPTED",
    "9, HAND_OVER, SUPERVISED",
    "10, RECEIVE, HANDED_OVER"
  })
  void run_refusalAtAnyStep_stopsThereWithTheRefusal(int asked, String action, String state) {
    List<Volume> volumes = Desk.clean(2);
    // Pre-acceptance checks one of the two and returns it once; supervision checks both and
    // returns the other once.
    List<Volume> given = List.of(Desk.imageTwice(volumes.get(0)), Desk.imageTwice(volumes.get(1)));
    Staffing roster = Staffing.firstOnRoster(Desk.ROSTER);
    int[] calls = {0};
    Staffing sabotaged =
        (role, sc, staff) -> calls[0]++ == asked ? "nobody" : roster.person(role, sc, staff);
    Transfers transfers = Desk.transfers();
    BatchOutcome out =
        Phase2.builder(transfers, Desk.CONTEXT, new Desk.Restorer(volumes, 1), sabotaged)
            .seed(SEED)
            .preAcceptanceRatio(new BigDecimal("0.5"))
            .supervisionRatio(BigDecimal.ONE)
            .build()
            .run(BATCH, "SC01", given);
    assertThat(out.stoppedBecause().orElseThrow())
        .startsWith("refused: batch " + BATCH + " (" + state + "): " + action + " by nobody");
    assertThat(out.batch().state()).isEqualTo(state);
    assertThat(out.handOverForm().isPresent()).isEqualTo(state.equals("HANDED_OVER"));
  }

  @Test
  void run_tableWithoutTheNextAction_stopsNamingTableActionAndState() throws Exception {
    // The bundled table's file, read as the other bundled-data tests read it.
    String json =
        java.nio.file.Files.readString(
            java.nio.file.Path.of(
                "../archive-rules-data/src/main/resources/org/siarchive/rules/data/"
                    + "transfer-lifecycle-2026.1.json"));
    // Phase 2 of this table ends at SUPERVISED: no HAND_OVER, no RECEIVE.
    String cut =
        json.replaceAll(
            ",\\s*\\{\"action\": \"HAND_OVER\"[^}]*\\},\\s*\\{\"action\": \"RECEIVE\"[^}]*\\}", "");
    assertThat(cut).isNotEqualTo(json);
    LifecycleTable table =
        LifecycleTable.read(
            new java.io.ByteArrayInputStream(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "cut.json");
    Transfers transfers =
        Transfers.of(
            table,
            Desk.ROSTER,
            org.siarchive.core.ledger.Ledger.open(
                org.siarchive.core.ledger.LedgerStore.inMemory(), HashAlgorithm.SHA_256),
            Desk.CLOCK);
    BatchOutcome out = builder(transfers, (v, d, a) -> v).build().run(BATCH, "SC01", Desk.clean(2));
    assertThat(out.stoppedBecause())
        .hasValue(
            "the lifecycle transfer-lifecycle/2026.1 has no HAND_OVER from SUPERVISED in phase 2");
    assertThat(out.batch().state()).isEqualTo("SUPERVISED");
    assertThat(out.handOverForm()).isEmpty();
  }

  @Test
  void run_volumeOfAnotherSubCenter_isRefusedNamingIt() {
    Volume other = Desk.clean(1).get(0).toBuilder().subCenterId("SC02").build();
    Phase2 phase2 = builder(Desk.transfers(), (v, d, a) -> v).build();
    assertThatThrownBy(() -> phase2.run(BATCH, "SC01", List.of(other)))
        .hasMessage(
            "Invalid value for volumes (volumes of sub-centre SC01): \""
                + other.id()
                + "\" of SC02");
  }

  @Test
  void run_anIdGivenTwice_isRefusedNamingIt_andOpensNothing() {
    // Not one of the two kept silently: the batch would lose a record the host handed in.
    List<Volume> volumes = Desk.clean(3);
    Volume again = Desk.extraCatalogueRow(volumes.get(1));
    Transfers transfers = Desk.transfers();
    Phase2 phase2 = builder(transfers, (v, d, a) -> v).build();
    assertThatThrownBy(
            () -> phase2.run(BATCH, "SC01", List.of(volumes.get(0), volumes.get(1), again)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid value for volumes (each volume id once): \"" + again.id() + "\" given twice");
    assertThat(actions(transfers)).isEmpty();
  }

  @Test
  void run_rectifierChangingTheId_isRefused() {
    List<Volume> volumes = Desk.clean(1);
    Volume broken = Desk.extraCatalogueRow(volumes.get(0));
    Volume renamed = volumes.get(0).toBuilder().id("SC01-2020-999999").build();
    Phase2 phase2 = builder(Desk.transfers(), (v, d, a) -> renamed).build();
    assertThatThrownBy(() -> phase2.run(BATCH, "SC01", List.of(broken)))
        .hasMessage(
            "Invalid value for rectifier (the volume's id kept): \""
                + broken.id()
                + "\" became \"SC01-2020-999999\"");
  }

  @Test
  void builder_refusesBadSettingsNamingThem() {
    Phase2.Builder b = builder(Desk.transfers(), (v, d, a) -> v);
    assertThatThrownBy(() -> b.preAcceptanceRatio(BigDecimal.ZERO))
        .hasMessage("Invalid value for preAcceptanceRatio (in (0, 1]): 0");
    assertThatThrownBy(() -> b.supervisionRatio(new BigDecimal("1.01")))
        .hasMessage("Invalid value for supervisionRatio (in (0, 1]): 1.01");
    assertThat(b.supervisionRatio(BigDecimal.ONE)).isSameAs(b);
    assertThatThrownBy(() -> b.maxRounds(-1))
        .hasMessage("Invalid value for maxRounds (0 - 100): -1");
    assertThatThrownBy(() -> b.maxRounds(101))
        .hasMessage("Invalid value for maxRounds (0 - 100): 101");
    assertThat(b.maxRounds(100)).isSameAs(b);
    assertThat(b.maxRounds(0)).isSameAs(b);
    assertThatThrownBy(() -> b.seed(""))
        .hasMessage("Invalid value for seed (1 to 200 characters): 0 characters");
    assertThatThrownBy(() -> b.seed("s".repeat(201)))
        .hasMessage("Invalid value for seed (1 to 200 characters): 201 characters");
    assertThat(b.seed("s".repeat(200))).isSameAs(b);
    assertThatThrownBy(
            () ->
                Phase2.builder(Desk.transfers(), Desk.CONTEXT, (v, d, a) -> v, (r, s, t) -> "a1")
                    .build())
        .hasMessage("Invalid value for seed (set before build()): none");
  }

  @Test
  void builder_parallelism_isOneToTheMaximumAndARunOnThreadsGivesTheSameOutcome() {
    Phase2.Builder b = builder(Desk.transfers(), (v, d, a) -> v);
    assertThatThrownBy(() -> b.parallelism(0))
        .hasMessage("Invalid value for parallelism (1 - 256): 0");
    assertThatThrownBy(() -> b.parallelism(257))
        .hasMessage("Invalid value for parallelism (1 - 256): 257");
    assertThat(b.parallelism(256)).isSameAs(b);
    assertThat(b.parallelism(1)).isSameAs(b);

    // Enough volumes for the checks to go to the threads.
    List<Volume> volumes = Desk.clean(40);
    BatchOutcome alone =
        builder(Desk.transfers(), new Desk.Restorer(volumes, 1))
            .parallelism(1)
            .build()
            .run(BATCH, "SC01", volumes);
    BatchOutcome parallel =
        builder(Desk.transfers(), new Desk.Restorer(volumes, 1))
            .parallelism(2)
            .build()
            .run(BATCH, "SC01", volumes);
    assertThat(alone.batch().state()).isEqualTo("STORED");
    assertThat(parallel.batch().state()).isEqualTo("STORED");
    assertThat(parallel.steps()).isEqualTo(alone.steps());
    assertThat(parallel.volumes()).isEqualTo(alone.volumes());
    assertThat(parallel.handOverForm().orElseThrow().digest())
        .isEqualTo(HandOverForm.packageDigest(volumes, HashAlgorithm.SHA_256));
  }

  @Test
  void runAll_givesTheOutcomesAndTheLedgerOfOneRunAfterAnother() {
    List<Volume> clean = Desk.clean(120);
    List<Volume> first = new ArrayList<>(clean.subList(0, 40));
    first.set(3, Desk.extraCatalogueRow(first.get(3)));
    first.set(21, Desk.imageTwice(first.get(21)));
    List<Volume> second = new ArrayList<>(clean.subList(40, 80));
    second.set(0, Desk.imageTwice(second.get(0)));
    List<Submission> batches =
        List.of(
            new Submission("SC01-2024-1", "SC01", first),
            new Submission("SC01-2024-2", "SC01", second),
            new Submission("SC01-2024-3", "SC01", clean.subList(80, 120)));

    Transfers oneByOne = Desk.transfers();
    Phase2 alone = builder(oneByOne, new Desk.Restorer(clean, 1)).parallelism(2).build();
    List<BatchOutcome> expected = new ArrayList<>();
    for (Submission b : batches) {
      expected.add(alone.run(b.batchId(), b.subCenter(), b.volumes()));
    }
    // The first two batches are returned and rectified; all three are stored.
    assertThat(expected).extracting(BatchOutcome::returns).containsExactly(1, 1, 0);
    assertThat(expected).allMatch(o -> o.batch().state().equals("STORED"));

    for (int parallelism : new int[] {1, 2, 3}) {
      Transfers together = Desk.transfers();
      List<BatchOutcome> actual =
          builder(together, new Desk.Restorer(clean, 1))
              .parallelism(parallelism)
              .build()
              .runAll(batches);
      assertThat(actual).as("parallelism %d", parallelism).isEqualTo(expected);
      assertThat(together.ledger().head()).isEqualTo(oneByOne.ledger().head());
    }
  }

  @Test
  void runAll_stopsAtTheFirstBatchRunRefuses_afterTheBatchesBeforeIt() {
    List<Volume> clean = Desk.clean(80);
    Volume elsewhere =
        java.util.stream.LongStream.range(0, 10_000)
            .mapToObj(org.siarchive.rules.quality.CleanVolumes::fromSeed)
            .filter(v -> !v.subCenterId().equals("SC01"))
            .findFirst()
            .orElseThrow();
    List<Volume> mixed = new ArrayList<>(clean.subList(40, 80));
    mixed.add(elsewhere);
    Transfers transfers = Desk.transfers();
    Phase2 phase2 = builder(transfers, new Desk.Restorer(clean, 1)).parallelism(2).build();
    List<Submission> batches =
        List.of(
            new Submission("SC01-2024-1", "SC01", clean.subList(0, 40)),
            new Submission("SC01-2024-2", "SC01", mixed),
            new Submission("SC01-2024-3", "SC01", clean.subList(0, 40)));

    assertThatThrownBy(() -> phase2.runAll(batches))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid value for volumes (volumes of sub-centre SC01): ")
        .hasMessageEndingWith(" of " + elsewhere.subCenterId());
    assertThat(actions(transfers)).containsExactlyElementsOf(CLEAN_RUN);
    assertThat(transfers.batch("SC01-2024-1").orElseThrow().state()).isEqualTo("STORED");
    assertThatThrownBy(() -> new Submission("B", "SC01", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("volumes");
  }
}
