package org.siarchive.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siarchive.core.ledger.CanonicalJson;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.LedgerException;
import org.siarchive.core.ledger.LedgerStore;
import org.siarchive.core.ledger.LedgerVerification;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.ruledata.provider.RuleTable;
import org.siarchive.core.ruledata.provider.RuleTables;
import org.siarchive.core.testing.DataArtifact;

/**
 * Both phases carried through, each segregation-of-duties rule refusing, the table loaded strictly.
 */
class TransferTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:30:00Z"), ZoneOffset.UTC);
  static final VolumeSet VOLUMES = new VolumeSet(List.of("V1", "V2"), "0".repeat(64));

  static Roster roster() {
    return new Roster(
        List.of(
            new Person("a1", "Archivist One", Set.of(Role.ARCHIVIST), "SC01"),
            new Person("a2", "Archivist Two", Set.of(Role.ARCHIVIST), "SC01"),
            new Person("x1", "Assistant", Set.of(Role.ARCHIVE_ASSISTANT), "SC01"),
            new Person(
                "x2",
                "Assistant and archivist",
                Set.of(Role.ARCHIVE_ASSISTANT, Role.ARCHIVIST),
                "SC01"),
            new Person("l1", "Leader SC01", Set.of(Role.SUPERVISING_LEADER), "SC01"),
            new Person("l2", "Leader SC02", Set.of(Role.SUPERVISING_LEADER), "SC02"),
            new Person(
                "ls",
                "Leader and archivist",
                Set.of(Role.SUPERVISING_LEADER, Role.ARCHIVIST),
                "SC01"),
            new Person("c1", "Acceptance", Set.of(Role.ACCEPTANCE_POST), null),
            new Person(
                "c2",
                "Acceptance and re-check",
                Set.of(Role.ACCEPTANCE_POST, Role.RECHECK_POST),
                null),
            new Person("r1", "Re-check", Set.of(Role.RECHECK_POST), null),
            new Person("k1", "Keeper", Set.of(Role.STORAGE_KEEPER), null),
            new Person("d1", "Digitiser", Set.of(Role.DIGITISER), null),
            new Person("s1", "Sub-centre acceptance", Set.of(Role.ACCEPTANCE_POST), "SC01")));
  }

  static Transfers transfers(LedgerStore store) {
    return Transfers.of(
        LifecycleTable.newestOf(DataArtifact.tables()),
        roster(),
        Ledger.open(store, HashAlgorithm.SHA_256),
        CLOCK);
  }

  private static String accepted(ActionResult r) {
    assertThat(r).as(r.toString()).isInstanceOf(ActionResult.Accepted.class);
    return ((ActionResult.Accepted) r).to();
  }

  private static Refusal refused(ActionResult r) {
    assertThat(r).as(r.toString()).isInstanceOf(ActionResult.Refused.class);
    return ((ActionResult.Refused) r).refusal();
  }

  @Test
  void phase2_fromArrangedToStored_withReturnsAndResubmissions() {
    LedgerStore store = LedgerStore.inMemory();
    Transfers t = transfers(store);
    assertThat(accepted(t.open("B1", "SC01", 2, VOLUMES, "a1"))).isEqualTo("ARRANGED");
    assertThat(accepted(t.act("B1", "SELF_CHECK", "x1", null, "helped"))).isEqualTo("SELF_CHECKED");
    assertThat(accepted(t.act("B1", "REQUEST", "a1", null, null))).isEqualTo("REQUESTED");
    assertThat(accepted(t.act("B1", "RETURN", "c1", new Findings(3, "a".repeat(64)), null)))
        .isEqualTo("RETURNED");
    assertThat(accepted(t.act("B1", "RESUBMIT", "a2", null, null))).isEqualTo("REQUESTED");
    assertThat(accepted(t.act("B1", "PRE_ACCEPT", "c1", null, null))).isEqualTo("PRE_ACCEPTED");
    assertThat(accepted(t.act("B1", "SUPERVISE_RETURN", "l1", null, null)))
        .isEqualTo("SUPERVISION_RETURNED");
    assertThat(accepted(t.act("B1", "RESUBMIT", "a1", null, null))).isEqualTo("PRE_ACCEPTED");
    assertThat(accepted(t.act("B1", "SUPERVISE_PASS", "l1", null, null))).isEqualTo("SUPERVISED");
    assertThat(accepted(t.act("B1", "HAND_OVER", "a1", null, null))).isEqualTo("HANDED_OVER");
    ActionResult last = t.act("B1", "RECEIVE", "k1", null, null);
    assertThat(accepted(last)).isEqualTo("STORED");
    assertThat(((ActionResult.Accepted) last).event()).isEqualTo(10);
    assertThat(t.batch("B1")).contains(new Batch("B1", "SC01", 2, VOLUMES, "STORED", 11));
    assertThat(Transfers.verify(store, t.ledger().head(), t.table()).isValid()).isTrue();
    assertThat(transfers(store).batches()).isEqualTo(t.batches());
  }

  @Test
  void phase1_fromArrangedToStored() {
    Transfers t = transfers(LedgerStore.inMemory());
    accepted(t.open("P1", "SC01", 1, VOLUMES, "a1"));
    for (String[] step :
        new String[][] {
          {"REQUEST", "a1"},
          {"SPOT_CHECK", "c1"},
          {"COLLECT", "k1"},
          {"ACCEPT", "c1"},
          {"RECHECK", "r1"},
          {"REPORT", "r1"},
          {"RECTIFY", "a2"},
          {"DIGITISE", "d1"},
          {"STORE", "k1"}
        }) {
      accepted(t.act("P1", step[0], step[1], null, null));
    }
    assertThat(t.batch("P1").orElseThrow().state()).isEqualTo("STORED");
  }

  @Test
  void event_isCanonical_withTheClocksTimeInChinaStandardTime_andEveryField() {
    LedgerStore store = LedgerStore.inMemory();
    Transfers t = transfers(store);
    t.open("B1", "SC01", 2, VOLUMES, "a1");
    t.act("B1", "SELF_CHECK", "a1", new Findings(2, "b".repeat(64)), "note");
    String event = new String(store.read(1, 1).get(0), StandardCharsets.UTF_8);
    assertThat(event)
        .isEqualTo(
            "{\"action\":\"SELF_CHECK\",\"algorithm\":\"SHA-256\",\"batch\":\"B1\",\"findings\":{\"count\":2,\"digest\":\""
                + "b".repeat(64)
                + "\"},\"from\":\"ARRANGED\",\"lifecycle\":\"transfer-lifecycle/2026.1\",\"note\":\"note\","
                + "\"person\":\"a1\",\"previousRoot\":\""
                + t.ledger().headAt(1).rootHash()
                + "\",\"role\":\"ARCHIVIST\","
                + "\"schemaVersion\":1,\"time\":\"2026-03-01T08:30:00.000+08:00\",\"to\":\"SELF_CHECKED\"}");
    assertThat(CanonicalJson.isCanonical(store.read(0, 1).get(0))).isTrue();
    assertThat(new String(store.read(0, 1).get(0), StandardCharsets.UTF_8))
        .contains("\"phase\":2,")
        .contains("\"subCenter\":\"SC01\"")
        .contains(
            "\"volumes\":{\"count\":2,\"digest\":\""
                + "0".repeat(64)
                + "\",\"ids\":[\"V1\",\"V2\"]}");
  }

  @Test
  void refusals_nameTheRule_andChangeNothing() {
    LedgerStore store = LedgerStore.inMemory();
    Transfers t = transfers(store);
    assertThat(refused(t.open("B1", "SC01", 2, VOLUMES, "c1")).rule()).isEqualTo("LC-ROLE");
    assertThat(refused(t.open("B1", "SC01", 2, VOLUMES, "nobody")).rule())
        .isEqualTo("LC-KNOWN-PERSON");
    accepted(t.open("B1", "SC01", 2, VOLUMES, "ls"));
    assertThat(refused(t.open("B1", "SC01", 2, VOLUMES, "a1")).rule()).isEqualTo("LC-NEW-BATCH");
    Refusal wrongState = refused(t.act("B1", "HAND_OVER", "a1", null, null));
    assertThat(wrongState)
        .isEqualTo(
            new Refusal(
                "B1",
                "ARRANGED",
                "HAND_OVER",
                "a1",
                List.of(Role.ARCHIVIST),
                "LC-STATE",
                "the batch's phase allows the action from the batch's state"));
    assertThat(wrongState.message())
        .isEqualTo(
            "batch B1 (ARRANGED): HAND_OVER by a1 [ARCHIVIST] refused by LC-STATE: the batch's phase allows the action from"
                + " the batch's state");
    accepted(t.act("B1", "SELF_CHECK", "ls", null, null));
    assertThat(refused(t.act("B1", "REQUEST", "x1", null, null)).rule())
        .isEqualTo("SOD-ASSISTANT-DUTIES");
    assertThat(refused(t.act("B1", "REQUEST", "x2", null, null)).rule())
        .isEqualTo("SOD-ASSISTANT-DUTIES");
    accepted(t.act("B1", "REQUEST", "a1", null, null));
    assertThat(refused(t.act("B1", "PRE_ACCEPT", "s1", null, null)).rule())
        .isEqualTo("SOD-STAFF-SITE");
    assertThat(refused(t.act("B1", "PRE_ACCEPT", "a1", null, null)).rule()).isEqualTo("LC-ROLE");
    accepted(t.act("B1", "PRE_ACCEPT", "c1", null, null));
    assertThat(refused(t.act("B1", "SUPERVISE_PASS", "l2", null, null)).rule())
        .isEqualTo("SOD-SUPERVISOR-OWN-SUB-CENTER");
    assertThat(refused(t.act("B1", "SUPERVISE_PASS", "ls", null, null)).rule())
        .isEqualTo("SOD-SUPERVISOR-NOT-SELF-CHECKER");
    assertThat(store.size()).isEqualTo(4);
    assertThat(t.batch("B1").orElseThrow().state()).isEqualTo("PRE_ACCEPTED");
    accepted(t.act("B1", "SUPERVISE_PASS", "l1", null, null));
  }

  @Test
  void acceptor_neverRechecks() {
    Transfers t = transfers(LedgerStore.inMemory());
    t.open("P1", "SC01", 1, VOLUMES, "a1");
    t.act("P1", "REQUEST", "a1", null, null);
    t.act("P1", "SPOT_CHECK", "c2", null, null);
    t.act("P1", "COLLECT", "k1", null, null);
    accepted(t.act("P1", "ACCEPT", "c2", null, null));
    assertThat(refused(t.act("P1", "RECHECK", "c2", null, null)).rule())
        .isEqualTo("SOD-ACCEPTOR-NOT-RECHECKER");
    accepted(t.act("P1", "RECHECK", "r1", null, null));
  }

  @Test
  void act_onABatchNeverOpened_namesTheBatch() {
    Transfers t = transfers(LedgerStore.inMemory());
    assertThatThrownBy(() -> t.act("B9", "REQUEST", "a1", null, null))
        .hasMessage("Invalid value for batch (a batch opened in ledger memory): \"B9\"");
  }

  @Test
  void verify_findsAnEventTheLifecycleDoesNotAllow() {
    LedgerStore store = LedgerStore.inMemory();
    Ledger ledger = Ledger.open(store, HashAlgorithm.SHA_256);
    Transfers t =
        Transfers.of(LifecycleTable.newestOf(DataArtifact.tables()), roster(), ledger, CLOCK);
    t.open("B1", "SC01", 2, VOLUMES, "a1");
    // A writer that bypasses the lifecycle: a well-chained event the table does not allow.
    com.fasterxml.jackson.databind.node.ObjectNode forged =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            CanonicalJson.parse(store.read(0, 1).get(0));
    forged.remove(List.of("algorithm", "previousRoot", "phase", "subCenter", "volumes"));
    forged.put("action", "RECEIVE").put("from", "ARRANGED").put("to", "STORED");
    ledger.tryAppend(forged);
    LedgerVerification v = Transfers.verify(store, null, t.table());
    assertThat(v).isInstanceOf(LedgerVerification.Invalid.class);
    assertThat(((LedgerVerification.Invalid) v).firstBadEvent()).hasValue(1);
    assertThat(((LedgerVerification.Invalid) v).reason())
        .isEqualTo("batch B1: RECEIVE from ARRANGED to STORED is not in transfer-lifecycle/2026.1");
  }

  /**
   * A ledger whose second event is the first (batch B1's opening) edited by {@code edit}: a writer
   * that bypasses the lifecycle. Verification names that event and what is wrong with it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an unknown member | put colour x | unknown member colour",
        "a newer schema | put schemaVersion 2 | schemaVersion 2, this library reads 1",
        "a schema version as text | put schemaVersion \"1\" |"
            + " Invalid value for schemaVersion (an integer): \"1\"",
        "no person | remove person | Invalid value for person (a string): missing",
        "the batch opened again | keep | batch B1 is opened again",
        "a phase the table lacks | batch B2 phase 9 | phase 9 is not in transfer-lifecycle/2026.1",
        "another opening action | batch B2 action SELF_CHECK |"
            + " batch B2: SELF_CHECK to ARRANGED is not how transfer-lifecycle/2026.1 opens a"
            + " phase-2 batch",
        "an opening with a from | batch B2 from ARRANGED |"
            + " batch B2: OPEN to ARRANGED is not how transfer-lifecycle/2026.1 opens a phase-2"
            + " batch",
        "no volumes | batch B2 remove volumes | volumes missing or not an object with ids",
        "a volume count that differs | batch B2 count 3 | volumes count 3 differs from its 2 ids",
        "a batch never opened | batch B3 unopened | batch B3 was never opened",
        "a from the replay did not reach | unopened from STORED |"
            + " batch B1: from STORED, but the replay reached ARRANGED",
      })
  void verify_namesTheForgedEvent_andWhatIsWrongWithIt(String name, String edit, String reason) {
    LedgerStore store = LedgerStore.inMemory();
    Ledger ledger = Ledger.open(store, HashAlgorithm.SHA_256);
    Transfers t =
        Transfers.of(LifecycleTable.newestOf(DataArtifact.tables()), roster(), ledger, CLOCK);
    t.open("B1", "SC01", 2, VOLUMES, "a1");
    ObjectNode forged = (ObjectNode) CanonicalJson.parse(store.read(0, 1).get(0));
    forged.remove(List.of("algorithm", "previousRoot"));
    List<String> words = List.of(edit.split(" "));
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      switch (w) {
        case "put" -> {
          String value = words.get(i + 2);
          if (value.matches("[0-9]+")) {
            forged.put(words.get(i + 1), Integer.parseInt(value));
          } else {
            forged.put(words.get(i + 1), value.replace("\"", ""));
          }
          i += 2;
        }
        case "remove" -> forged.remove(words.get(++i));
        case "batch" -> forged.put("batch", words.get(++i));
        case "phase" -> forged.put("phase", Integer.parseInt(words.get(++i)));
        case "action" -> forged.put("action", words.get(++i));
        case "from" -> forged.put("from", words.get(++i));
        case "count" ->
            ((ObjectNode) forged.get("volumes")).put("count", Integer.parseInt(words.get(++i)));
        case "unopened" ->
            forged.remove(List.of("phase", "subCenter", "volumes")).put("from", "ARRANGED");
        case "keep" -> {}
        default -> throw new IllegalArgumentException(w);
      }
    }
    ledger.tryAppend(forged);
    LedgerVerification v = Transfers.verify(store, null, t.table());
    assertThat(v).as(name).isInstanceOf(LedgerVerification.Invalid.class);
    assertThat(((LedgerVerification.Invalid) v).firstBadEvent()).hasValue(1);
    assertThat(((LedgerVerification.Invalid) v).reason()).isEqualTo(reason);
    assertThatThrownBy(
            () ->
                Transfers.of(
                    LifecycleTable.newestOf(DataArtifact.tables()),
                    roster(),
                    Ledger.open(store, HashAlgorithm.SHA_256),
                    CLOCK))
        .isInstanceOf(LedgerException.class)
        .hasMessageEndingWith("event 1: " + reason);
  }

  @Test
  void bundledTable_isOfferedByTheDataArtifact_withItsDigest() {
    RuleTables tables = DataArtifact.tables();
    RuleTable entry = tables.tables(LifecycleTable.KIND, 1).get(0);
    assertThat(entry.sha256()).isEqualTo(sha256(DataArtifact.bytes(entry.file())));
    assertThat(entry.id() + "/" + entry.edition()).isEqualTo("transfer-lifecycle/2026.1");
    LifecycleTable t = LifecycleTable.newestOf(tables);
    assertThat(t.ref()).isEqualTo("transfer-lifecycle/2026.1");
    assertThat(t.phases()).containsExactly(1, 2);
    assertThat(t.transition(2, "PRE_ACCEPTED", "SUPERVISE_PASS").orElseThrow().roles())
        .containsExactly(Role.SUPERVISING_LEADER);
  }

  @Test
  void newestOf_noProviderOffersATable_namesTheDataArtifact() {
    assertThatThrownBy(() -> LifecycleTable.newestOf(RuleTables.of(List.of())))
        .isInstanceOf(RuleDataException.class)
        .hasMessageContaining("no provider offers a transfer-lifecycle table")
        .hasMessageContaining("org.siarchive:archive-rules-data");
  }

  @Test
  void changelog_listsTheBundledTable_rowByRow() throws IOException {
    String changelog =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("..", "CHANGELOG.md"), StandardCharsets.UTF_8);
    String note = changelog.substring(changelog.indexOf("### Rule data: transfer lifecycle"));
    byte[] table = DataArtifact.bytes("transfer-lifecycle-2026.1.json");
    LifecycleTable t = LifecycleTable.newestOf(DataArtifact.tables());
    assertThat(note)
        .contains("`" + t.id() + "` edition `" + t.edition() + "`")
        .contains(sha256(table).substring(0, 16));
    for (int phase : t.phases()) {
      for (LifecycleTable.Transition tr : t.transitions(phase)) {
        assertThat(note)
            .contains(
                "Phase "
                    + phase
                    + ": `"
                    + tr.from()
                    + "` `"
                    + tr.action()
                    + "` → `"
                    + tr.to()
                    + "`");
      }
    }
    for (LifecycleTable.Rule r : t.rules()) {
      assertThat(note).contains("`" + r.id() + "` (" + r.kind());
    }
  }

  private static String bundledText() {
    return new String(DataArtifact.bytes("transfer-lifecycle-2026.1.json"), StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] bytes) {
    return com.google.common.hash.Hashing.sha256().hashBytes(bytes).toString();
  }

  private static RuleDataException refusedTable(String text) {
    try {
      LifecycleTable.read(
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json");
    } catch (RuleDataException e) {
      return e;
    }
    throw new AssertionError("table accepted");
  }

  @Test
  void read_refusesAnUnknownPropertyARoleAnUnreachableStateAndARepeatedRuleId() throws IOException {
    String ok = bundledText();
    assertThat(
            LifecycleTable.read(
                    new ByteArrayInputStream(ok.getBytes(StandardCharsets.UTF_8)), "t.json")
                .ref())
        .isEqualTo("transfer-lifecycle/2026.1");
    assertThat(
            refusedTable(
                    ok.replace(
                        "\"edition\": \"2026.1\",", "\"edition\": \"2026.1\", \"extra\": 1,"))
                .getMessage())
        .isEqualTo("t.json: /extra: unknown property \"extra\"");
    assertThat(
            refusedTable(ok.replace("\"roles\": [\"DIGITISER\"]", "\"roles\": [\"SCANNER\"]"))
                .getMessage())
        .startsWith("t.json: /phases/0/transitions/7/roles/0: Invalid value for 0 (one of [")
        .endsWith("]): \"SCANNER\"");
    assertThat(
            refusedTable(ok.replace("\"from\": \"RECTIFIED\"", "\"from\": \"NOWHERE\""))
                .getMessage())
        .isEqualTo(
            "t.json: /phases/0/transitions/7/from: Invalid value for from (a state reached from the phase's opening):"
                + " \"NOWHERE\"");
    assertThat(refusedTable(ok.replace("\"id\": \"LC-ROLE\"", "\"id\": \"LC-STATE\"")).getMessage())
        .isEqualTo("t.json: /rules/4/id: Invalid value for id (a rule id used once): \"LC-STATE\"");
    assertThat(refusedTable(ok.replace("\"edition\": \"2026.1\"", "\"edition\": \"26\"")).pointer())
        .isEqualTo("/edition");
    assertThat(
            refusedTable(ok.replace("\"earlier\": [\"ACCEPT\"]", "\"earlier\": [\"ACCEPTED\"]"))
                .getMessage())
        .isEqualTo(
            "t.json: /rules/7/earlier/0: Invalid value for 0 (an action of the table): \"ACCEPTED\"");
  }
}
