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
    // The bundled table: 9 transitions in phase 1, 10 in phase 2, and 9 rules.
    assertThat(t.phases()).containsExactly(1, 2);
    assertThat(t.transitions(1)).hasSize(9);
    assertThat(t.transitions(2)).hasSize(10);
    assertThat(t.rules()).hasSize(9);
    assertThat(t).hasToString(t.ref());
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

  /**
   * Each structural rule of a lifecycle table, broken once in the bundled table: (find, replace,
   * message).
   */
  private static final String[][] BROKEN_TABLES = {
    {
      "\"phase\": 2,",
      "\"phase\": 1,",
      "/phases/1/phase: Invalid value for phase (a phase number used once): 1"
    },
    {
      "\"open\": {\"action\": \"OPEN\", \"to\"",
      "\"open\": {\"action\": \"OPEN\", \"from\": \"X\", \"to\"",
      "/phases/0/open/from: Invalid value for from (absent: a batch is opened from no state): \"X\""
    },
    {
      "\"open\": {\"action\": \"OPEN\", \"to\": \"ARRANGED\", \"roles\": [\"ARCHIVIST\"]",
      "\"open\": {\"action\": \"OPEN\", \"to\": \"ARRANGED\", \"roles\": [\"SCANNER\"]",
      "/phases/0/open/roles/0: Invalid value for 0 (one of ROLES): \"SCANNER\""
    },
    {
      "{\"action\": \"REQUEST\", \"from\": \"ARRANGED\", ",
      "{\"action\": \"REQUEST\", ",
      "/phases/0/transitions/0/from: Invalid value for from (present: only the opening has no from): null"
    },
    {
      "\"action\": \"PRE_ACCEPT\", \"from\": \"REQUESTED\"",
      "\"action\": \"RETURN\", \"from\": \"REQUESTED\"",
      "/phases/1/transitions/3/action: Invalid value for action (an action taken once from REQUESTED): \"RETURN\""
    },
    {
      "\"role\": \"ARCHIVE_ASSISTANT\", ",
      "",
      "/rules/3/role: Invalid value for role (present for kind ROLE_LIMITED_TO): null"
    },
    {
      "\"allowed\": [\"SELF_CHECK\"], ",
      "",
      "/rules/3/allowed: Invalid value for allowed (present for kind ROLE_LIMITED_TO): null"
    },
    {
      "\"kind\": \"NEW_BATCH\", ",
      "\"kind\": \"NEW_BATCH\", \"allowed\": [\"OPEN\"], ",
      "/rules/0/allowed: Invalid value for allowed (absent for kind NEW_BATCH): [OPEN]"
    },
    {
      "\"kind\": \"NEW_BATCH\", ",
      "\"kind\": \"NEW_BATCH\", \"role\": \"ARCHIVIST\", ",
      "/rules/0/role: Invalid value for role (absent for kind NEW_BATCH): ARCHIVIST"
    },
    {
      "\"kind\": \"NEW_BATCH\", ",
      "\"kind\": \"NEW_BATCH\", \"earlier\": [\"OPEN\"], ",
      "/rules/0/earlier: Invalid value for earlier (absent for kind NEW_BATCH): [OPEN]"
    },
    {
      "\"earlier\": [\"ACCEPT\"], ",
      "",
      "/rules/7/earlier: Invalid value for earlier (present for kind NOT_SAME_PERSON): null"
    },
    {
      "\"actions\": [\"RECHECK\"], ",
      "",
      "/rules/7/actions: Invalid value for actions (present for kind NOT_SAME_PERSON): null"
    },
    {
      "\"role\": \"ARCHIVE_ASSISTANT\"",
      "\"role\": \"SCANNER\"",
      "/rules/3/role: Invalid value for role (one of ROLES): \"SCANNER\""
    }
  };

  @Test
  void read_refusesEachBrokenStructuralRule_namingItsPointerConstraintAndValue()
      throws IOException {
    String ok = bundledText();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\(one of (\\[[^]]*])\\)")
            .matcher(
                refusedTable(ok.replace("\"roles\": [\"DIGITISER\"]", "\"roles\": [\"SCANNER\"]"))
                    .getMessage());
    assertThat(m.find()).isTrue();
    String roles = m.group(1);
    for (String[] c : BROKEN_TABLES) {
      int at = ok.indexOf(c[0]);
      assertThat(at).as(c[0]).isNotNegative();
      String broken = ok.substring(0, at) + c[1] + ok.substring(at + c[0].length());
      assertThat(refusedTable(broken).getMessage())
          .as(c[0])
          .isEqualTo("t.json: " + c[2].replace("ROLES", roles));
    }
  }

  @Test
  void anotherWritersEvents_areSeenByOpenActBatchAndBatches_andByANewServiceOnAStaleLedger() {
    LedgerStore store = LedgerStore.inMemory();
    Ledger stale = Ledger.open(store, HashAlgorithm.SHA_256);
    Transfers one = transfers(store);
    Transfers two = transfers(store);
    accepted(one.open("B1", "SC01", 2, VOLUMES, "a1"));
    assertThat(two.batch("B1").orElseThrow().state()).isEqualTo("ARRANGED");
    accepted(one.open("B2", "SC01", 1, VOLUMES, "a1"));
    assertThat(two.batches())
        .extracting(Batch::id, Batch::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("B1", "ARRANGED"),
            org.assertj.core.groups.Tuple.tuple("B2", "ARRANGED"));
    accepted(one.act("B1", "SELF_CHECK", "x1", null, null));
    // two has not looked since: it acts from the state the other writer left.
    assertThat(accepted(two.act("B1", "REQUEST", "a1", null, null))).isEqualTo("REQUESTED");
    accepted(two.open("B3", "SC01", 2, VOLUMES, "a1"));
    assertThat(refused(one.open("B3", "SC01", 2, VOLUMES, "a1")).rule()).isEqualTo("LC-NEW-BATCH");
    Transfers late =
        Transfers.of(LifecycleTable.newestOf(DataArtifact.tables()), roster(), stale, CLOCK);
    assertThat(late.batches()).isEqualTo(one.batches());
    assertThat(late.batch("B1").orElseThrow().state()).isEqualTo("REQUESTED");
  }

  @Test
  void anEventTheLifecycleRefuses_appendedByAnotherWriter_isNamedByItsIndex() {
    LedgerStore store = LedgerStore.inMemory();
    Transfers one = transfers(store);
    Transfers two = transfers(store);
    accepted(one.open("B1", "SC01", 2, VOLUMES, "a1"));
    assertThat(one.batches()).hasSize(1);
    accepted(two.act("B1", "SELF_CHECK", "x1", null, null));
    Ledger raw = Ledger.open(store);
    raw.tryAppend(
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("x", 1));
    assertThatThrownBy(one::batches)
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith("ledger memory: event 2: ");
  }

  @Test
  void open_withAMalformedBatchOrSubCentreId_isRefusedNamingTheField() {
    Transfers t = transfers(LedgerStore.inMemory());
    assertThatThrownBy(() -> t.open("B 1", "SC01", 2, VOLUMES, "a1"))
        .hasMessage("Invalid value for batch (1 to 64 of [A-Za-z0-9._-]): \"B 1\"");
    assertThatThrownBy(() -> t.open("B1", "SC/01", 2, VOLUMES, "a1"))
        .hasMessage("Invalid value for subCenter (1 to 64 of [A-Za-z0-9._-]): \"SC/01\"");
    assertThat(t.batches()).isEmpty();
  }

  @Test
  void note_ofTwoThousandCharacters_isKept_andOneMoreIsRefused() {
    Transfers t = transfers(LedgerStore.inMemory());
    accepted(t.open("B1", "SC01", 2, VOLUMES, "a1"));
    assertThatThrownBy(() -> t.act("B1", "SELF_CHECK", "x1", null, "n".repeat(2001)))
        .hasMessage("Invalid value for note (at most 2000 characters): 2001 characters");
    assertThat(accepted(t.act("B1", "SELF_CHECK", "x1", null, "n".repeat(2000))))
        .isEqualTo("SELF_CHECKED");
  }

  @Test
  void roster_asJson_readsBackTheSamePeople_withTheirSubCentres() {
    Roster r = roster();
    Roster back =
        Roster.read(
            new ByteArrayInputStream(r.toJson().getBytes(StandardCharsets.UTF_8)), "r.json");
    assertThat(back).isEqualTo(r);
    assertThat(back.person("a1").orElseThrow().subCenterId()).hasValue("SC01");
    assertThat(back.person("c1").orElseThrow().subCenterId()).isEmpty();
  }
}
