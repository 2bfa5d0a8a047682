package org.siarchive.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.LedgerStore;
import org.siarchive.core.testing.DataArtifact;

/**
 * Random action sequences over random rosters against an oracle written from issue 9's text (not
 * from the table): every action the lifecycle allows is accepted, every other is refused with the
 * first rule that forbids it, a refusal changes nothing, and replaying the ledger gives the same
 * batches. The number of sequences is {@code -Dsiarchive.transfer.sequences} (default 200, a few
 * seconds; the issue's full run is 100000).
 */
class TransferProperties {
  private static final long SEED = 20260301L;

  private record Step(String to, Set<Role> roles, boolean centre) {}

  private static final Map<String, Step> PHASE_1 = new HashMap<>();
  private static final Map<String, Step> PHASE_2 = new HashMap<>();

  private static void add(
      Map<String, Step> m, String from, String action, String to, boolean centre, Role... roles) {
    m.put(from + " " + action, new Step(to, Set.of(roles), centre));
  }

  static {
    add(
        PHASE_2,
        "ARRANGED",
        "SELF_CHECK",
        "SELF_CHECKED",
        false,
        Role.ARCHIVIST,
        Role.ARCHIVE_ASSISTANT);
    add(PHASE_2, "SELF_CHECKED", "REQUEST", "REQUESTED", false, Role.ARCHIVIST);
    add(PHASE_2, "REQUESTED", "PRE_ACCEPT", "PRE_ACCEPTED", true, Role.ACCEPTANCE_POST);
    add(PHASE_2, "REQUESTED", "RETURN", "RETURNED", true, Role.ACCEPTANCE_POST);
    add(PHASE_2, "RETURNED", "RESUBMIT", "REQUESTED", false, Role.ARCHIVIST);
    add(PHASE_2, "PRE_ACCEPTED", "SUPERVISE_PASS", "SUPERVISED", false, Role.SUPERVISING_LEADER);
    add(
        PHASE_2,
        "PRE_ACCEPTED",
        "SUPERVISE_RETURN",
        "SUPERVISION_RETURNED",
        false,
        Role.SUPERVISING_LEADER);
    add(PHASE_2, "SUPERVISION_RETURNED", "RESUBMIT", "PRE_ACCEPTED", false, Role.ARCHIVIST);
    add(PHASE_2, "SUPERVISED", "HAND_OVER", "HANDED_OVER", false, Role.ARCHIVIST);
    add(PHASE_2, "HANDED_OVER", "RECEIVE", "STORED", true, Role.STORAGE_KEEPER);
    add(PHASE_1, "ARRANGED", "REQUEST", "REQUESTED", false, Role.ARCHIVIST);
    add(PHASE_1, "REQUESTED", "SPOT_CHECK", "SPOT_CHECKED", true, Role.ACCEPTANCE_POST);
    add(PHASE_1, "SPOT_CHECKED", "COLLECT", "COLLECTED", true, Role.STORAGE_KEEPER);
    add(PHASE_1, "COLLECTED", "ACCEPT", "ACCEPTED", true, Role.ACCEPTANCE_POST);
    add(PHASE_1, "ACCEPTED", "RECHECK", "RECHECKED", true, Role.RECHECK_POST);
    add(PHASE_1, "RECHECKED", "REPORT", "REPORTED", true, Role.ACCEPTANCE_POST, Role.RECHECK_POST);
    add(PHASE_1, "REPORTED", "RECTIFY", "RECTIFIED", false, Role.ARCHIVIST);
    add(PHASE_1, "RECTIFIED", "DIGITISE", "DIGITISED", true, Role.DIGITISER);
    add(PHASE_1, "DIGITISED", "STORE", "STORED", true, Role.STORAGE_KEEPER);
  }

  private static final List<String> ACTIONS =
      List.of(
          "SELF_CHECK",
          "REQUEST",
          "PRE_ACCEPT",
          "RETURN",
          "RESUBMIT",
          "SUPERVISE_PASS",
          "SUPERVISE_RETURN",
          "HAND_OVER",
          "RECEIVE",
          "SPOT_CHECK",
          "COLLECT",
          "ACCEPT",
          "RECHECK",
          "REPORT",
          "RECTIFY",
          "DIGITISE",
          "STORE",
          "OPEN",
          "FLY");

  /** The oracle's model of one batch. */
  private static final class Model {
    final int phase;
    final String subCenter;
    String state;
    final List<String[]> taken = new ArrayList<>();

    Model(int phase, String subCenter) {
      this.phase = phase;
      this.subCenter = subCenter;
    }
  }

  /** The rule that refuses the action, or null when issue 9 allows it. */
  private static String oracle(Model m, String action, String personId, Person p) {
    if (p == null) {
      return "LC-KNOWN-PERSON";
    }
    Step step = (m.phase == 1 ? PHASE_1 : PHASE_2).get(m.state + " " + action);
    if (step == null) {
      return "LC-STATE";
    }
    if (p.holds(Role.ARCHIVE_ASSISTANT) && !action.equals("SELF_CHECK")) {
      return "SOD-ASSISTANT-DUTIES";
    }
    if (step.roles().stream().noneMatch(p::holds)) {
      return "LC-ROLE";
    }
    boolean supervision = action.startsWith("SUPERVISE_");
    if (supervision && !m.subCenter.equals(p.subCenter())) {
      return "SOD-SUPERVISOR-OWN-SUB-CENTER";
    }
    if (step.centre() ? p.subCenter() != null : !m.subCenter.equals(p.subCenter())) {
      return "SOD-STAFF-SITE";
    }
    if (action.equals("RECHECK")
        && m.taken.stream().anyMatch(t -> t[1].equals(personId) && t[0].equals("ACCEPT"))) {
      return "SOD-ACCEPTOR-NOT-RECHECKER";
    }
    if (supervision
        && m.taken.stream().anyMatch(t -> t[1].equals(personId) && t[0].equals("SELF_CHECK"))) {
      return "SOD-SUPERVISOR-NOT-SELF-CHECKER";
    }
    return null;
  }

  private static Roster randomRoster(Random r) {
    List<Person> people = new ArrayList<>();
    int n = 6 + r.nextInt(14);
    String[] sites = {null, "SC01", "SC02"};
    for (int i = 0; i < n; i++) {
      EnumSet<Role> roles = EnumSet.noneOf(Role.class);
      int k = 1 + (r.nextInt(4) == 0 ? 1 : 0);
      while (roles.size() < k) {
        roles.add(Role.values()[r.nextInt(Role.values().length)]);
      }
      people.add(new Person("p" + i, "Person " + i, roles, sites[r.nextInt(3)]));
    }
    // People who may be refused by segregation of duties alone.
    if (r.nextBoolean()) {
      people.add(
          new Person(
              "q1",
              "Accepts and re-checks",
              EnumSet.of(Role.ACCEPTANCE_POST, Role.RECHECK_POST),
              null));
    }
    if (r.nextBoolean()) {
      people.add(
          new Person(
              "q2",
              "Leads and self-checks",
              EnumSet.of(Role.SUPERVISING_LEADER, Role.ARCHIVIST),
              r.nextBoolean() ? "SC01" : "SC02"));
    }
    return new Roster(people);
  }

  @Test
  void randomSequences_acceptExactlyWhatTheIssueAllows_andReplayToTheSameState() {
    int sequences = Integer.getInteger("siarchive.transfer.sequences", 200);
    LifecycleTable table = LifecycleTable.newestOf(DataArtifact.tables());
    Random random = new Random(SEED);
    long accepted = 0;
    long refused = 0;
    Map<String, Integer> byRule = new HashMap<>();
    for (int s = 0; s < sequences; s++) {
      Roster roster = randomRoster(random);
      LedgerStore store = LedgerStore.inMemory();
      Transfers t =
          Transfers.of(
              table, roster, Ledger.open(store, HashAlgorithm.SHA_256), TransferTest.CLOCK);
      Map<String, Model> models = new HashMap<>();
      for (int b = 0; b < 2; b++) {
        String id = "B" + b;
        int phase = 1 + random.nextInt(2);
        String sc = random.nextBoolean() ? "SC01" : "SC02";
        List<Person> openers =
            roster.people().stream()
                .filter(p -> p.roles().equals(Set.of(Role.ARCHIVIST)) && sc.equals(p.subCenter()))
                .toList();
        Person opener =
            openers.isEmpty()
                ? new Person("o" + b, "Opener", Set.of(Role.ARCHIVIST), sc)
                : openers.get(0);
        if (openers.isEmpty()) {
          List<Person> more = new ArrayList<>(roster.people());
          more.add(opener);
          roster = new Roster(more);
          t = Transfers.of(t.table(), roster, Ledger.open(store), TransferTest.CLOCK);
        }
        assertThat(t.open(id, sc, phase, TransferTest.VOLUMES, opener.id()))
            .isInstanceOf(ActionResult.Accepted.class);
        Model m = new Model(phase, sc);
        m.state = "ARRANGED";
        m.taken.add(new String[] {"OPEN", opener.id()});
        models.put(id, m);
      }
      int steps = 10 + random.nextInt(40);
      for (int i = 0; i < steps; i++) {
        String id = "B" + random.nextInt(2);
        Model m = models.get(id);
        String action = ACTIONS.get(random.nextInt(ACTIONS.size()));
        if (random.nextInt(3) > 0) {
          List<String> allowed =
              (m.phase == 1 ? PHASE_1 : PHASE_2)
                  .keySet().stream()
                      .filter(k -> k.startsWith(m.state + " "))
                      .map(k -> k.substring(k.indexOf(' ') + 1))
                      .sorted()
                      .toList();
          if (!allowed.isEmpty()) {
            action = allowed.get(random.nextInt(allowed.size()));
          }
        }
        List<Person> people = roster.people();
        String personId =
            random.nextInt(20) == 0 ? "stranger" : people.get(random.nextInt(people.size())).id();
        boolean dutyAtStake = action.equals("RECHECK") || action.startsWith("SUPERVISE_");
        if (random.nextInt(dutyAtStake ? 2 : 4) == 0) {
          personId = m.taken.get(random.nextInt(m.taken.size()))[1];
        }
        Person p = roster.person(personId).orElse(null);
        String expected = oracle(m, action, personId, p);
        String before = t.batch(id).orElseThrow().state();
        long size = store.size();
        ActionResult result = t.act(id, action, personId, null, null);
        if (expected == null) {
          assertThat(result)
              .as("%s %s by %s in %s", id, action, p, m.state)
              .isInstanceOf(ActionResult.Accepted.class);
          m.state = (m.phase == 1 ? PHASE_1 : PHASE_2).get(m.state + " " + action).to();
          m.taken.add(new String[] {action, personId});
          assertThat(store.size()).isEqualTo(size + 1);
          accepted++;
        } else {
          assertThat(result)
              .as("%s %s by %s in %s", id, action, p, m.state)
              .isInstanceOf(ActionResult.Refused.class);
          Refusal refusal = ((ActionResult.Refused) result).refusal();
          assertThat(refusal.rule())
              .as("%s %s by %s in %s", id, action, p, m.state)
              .isEqualTo(expected);
          assertThat(refusal.state()).isEqualTo(before);
          assertThat(t.batch(id).orElseThrow().state()).isEqualTo(before);
          assertThat(store.size()).isEqualTo(size);
          byRule.merge(expected, 1, Integer::sum);
          refused++;
        }
        assertThat(t.batch(id).orElseThrow().state()).isEqualTo(m.state);
      }
      Transfers replayed = Transfers.of(t.table(), roster, Ledger.open(store), TransferTest.CLOCK);
      assertThat(replayed.batches()).isEqualTo(t.batches());
      assertThat(Transfers.verify(store, t.ledger().head(), t.table()).isValid()).isTrue();
    }
    assertThat(accepted).isPositive();
    assertThat(refused).isPositive();
    assertThat(byRule.keySet())
        .contains(
            "LC-KNOWN-PERSON", "LC-STATE", "LC-ROLE", "SOD-ASSISTANT-DUTIES", "SOD-STAFF-SITE");
    if (sequences >= 5000) {
      assertThat(byRule.keySet())
          .contains(
              "SOD-SUPERVISOR-OWN-SUB-CENTER",
              "SOD-ACCEPTOR-NOT-RECHECKER",
              "SOD-SUPERVISOR-NOT-SELF-CHECKER");
    }
  }
}
