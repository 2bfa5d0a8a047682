package org.siarchive.rules.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.core.transfer.LifecycleTable.Transition;
import org.siarchive.core.transfer.Role;
import org.siarchive.rules.inspection.FixedRatioPolicy;
import org.siarchive.rules.inspection.History;
import org.siarchive.rules.inspection.InspectionPlan;
import org.siarchive.rules.inspection.InspectionPolicy;
import org.siarchive.rules.inspection.Population;
import org.siarchive.rules.inspection.ProblemRatePolicy;
import org.siarchive.rules.inspection.StepSeed;
import org.siarchive.rules.inspection.StratumKey;
import org.siarchive.rules.inspection.StratumPlan;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.simulation.Parameters.Step;
import org.siarchive.rules.simulation.internal.EventQueue;
import org.siarchive.rules.simulation.internal.Post;
import org.siarchive.rules.simulation.internal.Streams;
import org.siarchive.rules.storage.CentreStacks;
import org.siarchive.rules.storage.Disposals;
import org.siarchive.rules.storage.Eligibility;
import org.siarchive.rules.storage.GenerationHistory;
import org.siarchive.rules.storage.RoomStatus;
import org.siarchive.rules.storage.StorageNetwork;
import org.siarchive.rules.storage.StoragePlanner;
import org.siarchive.rules.storage.SubCenterStore;

/**
 * One scenario in one replication: the discrete-event model of the city's flow.
 *
 * <p>Design. Volumes form at the start of each working day ({@link Formation}). Under phase 2 each
 * sub-centre's day of volumes is scanned by its case handlers (the day's job; its end is the
 * volumes' digitisation), then, with an audit post, audited at {@link Stage#AUDIT_POST} and what is
 * found put right by the case handlers. Each sub-centre's volumes of a batch period form one batch,
 * opened when the period ends (and, under phase 2, its volumes are scanned and audited). From then
 * on the batch follows its phase's lifecycle table: from each state, the one transition out is
 * taken as a job at the post of its first role, at the batch's sub-centre or at the centre as the
 * table's {@code staff} says; where two transitions leave a state, one of them returns to it
 * through another state (a return for rectification) and the state is an inspection: the job
 * inspects, and the return is taken when it found something, the other transition when not. What
 * each action does is fixed here by its name (inspect which volumes at which stage, rectify, move,
 * digitise, store); an action the model does not know is refused with its name, so a host's table
 * with new actions fails loudly rather than being simulated wrongly.
 *
 * <p>An inspection of a volume at a stage finds its defect when the volume is still defective and
 * undetected, the stage's suite finds a defect in it ({@link SimulatedVolume#isFoundAt}), and the
 * volume's draw for that stage is below the stage's efficiency: the draw is keyed by volume and
 * stage, so every scenario inspecting that volume at that stage sees the same outcome. Samples are
 * drawn by the inspection policies (keyed draws, seed {@code S<seed>/r<rep>/<step>/<batch>}): phase
 * 2's pre-acceptance is planned for each period's batches together, by a fixed ratio or by problem
 * rates from the pre-acceptance tallies so far. A job's service time is its person-days over the
 * post's people times a log-normal factor keyed by the batch (or day) and the step.
 *
 * <p>Invariants: every volume formed ends in the stacks (or the run fails naming the limit); a
 * volume is detected at most once and rectified at most once, after its detection; the stores'
 * levels never go below their base.
 */
final class Run {
  private static final String CENTRE = "CENTRE";

  private final List<SimulatedVolume> vols;
  private final List<String> scs;
  private final Rooms rooms;
  private final LifecycleTable table;
  private final Parameters p;
  private final Scenario s;
  private final Formation f;
  private final Streams streams;
  private final String seedBase;
  private final int horizon;
  private final int phase;
  private final EventQueue q = new EventQueue();
  private final Map<String, Post<Integer>> posts = new LinkedHashMap<>();
  private final Map<String, Role> postRoles = new HashMap<>();
  private final Map<String, List<Transition>> outgoing = new HashMap<>();

  private final double[] detected;
  private final double[] rectified;
  private final double[] digitised;
  private final double[] left;
  private final double[] stored;
  private final boolean[] defectiveNow;
  private long pagesInspected;
  private long volumesInspected;
  private final long[] level;
  private double peakFill;
  private final int[] rank;
  private final long[][] formedPerPeriod;
  private final Map<StratumKey, History.Tally> tallies = new TreeMap<>();
  private final Map<Integer, List<Batch>> batchesOfPeriod = new TreeMap<>();

  /** A sub-centre's volumes of one batch period. */
  private final class Batch {
    final int c;
    final int k;
    final String id;
    final int[] js;
    final double periodEnd;
    int pendingDayJobs;
    boolean periodOver;
    boolean opened;
    int[] preSelected = new int[0];
    int[] pending = new int[0];
    final Map<String, int[]> revisit = new HashMap<>();

    Batch(int c, int k, int[] js) {
      this.c = c;
      this.k = k;
      this.id = scs.get(c) + "-P" + (k + 1);
      this.js = js;
      this.periodEnd = Math.min((double) (k + 1) * p.batchDays(), horizon);
    }

    long key() {
      return c * 100_000L + k;
    }
  }

  Run(
      CityPool pool,
      Rooms rooms,
      LifecycleTable table,
      Parameters p,
      Scenario s,
      Formation f,
      long seed,
      int replication,
      int horizon) {
    this.vols = pool.volumes();
    this.scs = pool.subCenters();
    this.rooms = rooms;
    this.table = table;
    this.p = p;
    this.s = s;
    this.f = f;
    this.streams = new Streams(seed, replication);
    this.seedBase = "S" + seed + "/r" + replication;
    this.horizon = horizon;
    this.phase = s.phase();
    int n = f.size();
    detected = nan(n);
    rectified = nan(n);
    digitised = nan(n);
    left = nan(n);
    stored = nan(n);
    defectiveNow = new boolean[n];
    for (int j = 0; j < n; j++) {
      defectiveNow[j] = vols.get(f.poolIndex[j]).defective();
    }
    level = rooms.base().clone();
    rank = new int[scs.size()];
    formedPerPeriod = new long[scs.size()][(horizon - 1) / p.batchDays() + 1];
    for (Transition t : table.transitions(phase)) {
      outgoing.computeIfAbsent(t.from(), x -> new ArrayList<>()).add(t);
    }
  }

  private static double[] nan(int n) {
    double[] a = new double[n];
    Arrays.fill(a, Double.NaN);
    return a;
  }

  /** Runs to the end and returns the metric values in {@link Simulation#metricNames()} order. */
  double[] run() {
    schedule();
    double limit = horizon + p.keepDays() + 40.0 * Parameters.WORKING_DAYS_PER_YEAR;
    if (!q.runUntil(limit)) {
      throw new IllegalStateException(
          String.format(
              java.util.Locale.ROOT,
              "scenario %s did not finish within %.0f working days: some post cannot keep up with"
                  + " its work (add people or raise its rate)",
              s.name(),
              limit));
    }
    for (int j = 0; j < f.size(); j++) {
      if (Double.isNaN(stored[j])) {
        throw new IllegalStateException(
            "scenario " + s.name() + ": volume " + j + " never reached the stacks");
      }
    }
    return metrics();
  }

  private void schedule() {
    int n = f.size();
    int periods = formedPerPeriod[0].length;
    Map<Long, List<Integer>> byBatch = new TreeMap<>();
    for (int j = 0; j < n; j++) {
      int k = f.day[j] / p.batchDays();
      byBatch.computeIfAbsent(f.subCenter[j] * 100_000L + k, x -> new ArrayList<>()).add(j);
      formedPerPeriod[f.subCenter[j]][k]++;
    }
    Map<Long, Batch> batches = new HashMap<>();
    for (Map.Entry<Long, List<Integer>> e : byBatch.entrySet()) {
      int c = (int) (e.getKey() / 100_000L);
      int k = (int) (e.getKey() % 100_000L);
      Batch b = new Batch(c, k, e.getValue().stream().mapToInt(Integer::intValue).toArray());
      batches.put(e.getKey(), b);
      batchesOfPeriod.computeIfAbsent(k, x -> new ArrayList<>()).add(b);
    }
    int j = 0;
    for (int d = 0; d < horizon; d++) {
      if (d > 0 && d % p.batchDays() == 0) {
        int k = d / p.batchDays() - 1;
        q.at(d, () -> periodEnd(k));
      }
      while (j < n && f.day[j] == d) {
        int c = f.subCenter[j];
        int from = j;
        while (j < n && f.day[j] == d && f.subCenter[j] == c) {
          j++;
        }
        int[] group = new int[j - from];
        for (int i = 0; i < group.length; i++) {
          group[i] = from + i;
        }
        Batch b = Objects.requireNonNull(batches.get(c * 100_000L + d / p.batchDays()));
        if (phase == 2) {
          b.pendingDayJobs++;
        }
        int[] g = group;
        int day = d;
        q.at(d, () -> formed(b, g, day));
      }
    }
    q.at(horizon, () -> periodEnd(periods - 1));
  }

  private void formed(Batch b, int[] group, int day) {
    level[b.c] += group.length;
    peakFill = Math.max(peakFill, (double) level[b.c] / rooms.capacity()[b.c]);
    if (phase != 2) {
      return;
    }
    long entity = 1_000_000_000L + b.c * 100_000L + day;
    submit(
        Role.CASE_HANDLER,
        scs.get(b.c),
        b.c,
        pages(group) / p.rate(Step.SCAN),
        entity,
        "SCAN",
        t -> {
          for (int j : group) {
            digitised[j] = t;
          }
          if (!s.auditPost()) {
            dayJobDone(b);
            return;
          }
          int[] found = inspect(group, Stage.AUDIT_POST);
          submit(
              Role.AUDIT_POST,
              scs.get(b.c),
              b.c,
              pages(group) / p.rate(Step.AUDIT),
              entity,
              "AUDIT",
              t2 -> {
                markDetected(found, t2);
                if (found.length == 0) {
                  dayJobDone(b);
                  return;
                }
                submit(
                    Role.CASE_HANDLER,
                    scs.get(b.c),
                    b.c,
                    found.length / p.rate(Step.FIX_AT_SOURCE),
                    entity,
                    "FIX",
                    t3 -> {
                      markRectified(found, t3);
                      dayJobDone(b);
                    });
              });
        });
  }

  private void dayJobDone(Batch b) {
    b.pendingDayJobs--;
    tryOpen(b);
  }

  private void periodEnd(int k) {
    List<Batch> list = batchesOfPeriod.getOrDefault(k, List.of());
    if (s.storagePlanning()) {
      updateRanks(k);
    }
    if (phase == 2 && !list.isEmpty()) {
      planPreAcceptance(k, list);
    }
    for (Batch b : list) {
      b.periodOver = true;
      tryOpen(b);
    }
  }

  private void tryOpen(Batch b) {
    if (b.periodOver && b.pendingDayJobs == 0 && !b.opened) {
      b.opened = true;
      perform(b, table.opening(phase));
    }
  }

  private void advance(Batch b, String state) {
    List<Transition> out = outgoing.getOrDefault(state, List.of());
    if (out.isEmpty()) {
      return;
    }
    if (out.size() == 1) {
      perform(b, out.get(0));
      return;
    }
    Transition loop = null;
    Transition forward = null;
    for (Transition t : out) {
      boolean returns =
          outgoing.getOrDefault(t.to(), List.of()).stream().anyMatch(x -> x.to().equals(state));
      if (returns && loop == null) {
        loop = t;
      } else {
        forward = t;
      }
    }
    if (loop == null || forward == null || out.size() != 2) {
      throw new IllegalStateException(
          table.ref()
              + ": state "
              + state
              + " of phase "
              + phase
              + " has transitions "
              + out.stream().map(Transition::action).toList()
              + "; the simulation models one forward transition and one return");
    }
    inspectAndBranch(b, state, forward, loop);
  }

  private void inspectAndBranch(Batch b, String state, Transition forward, Transition loop) {
    Stage stage;
    int[] targets;
    int[] again = b.revisit.remove(state);
    switch (forward.action()) {
      case "PRE_ACCEPT" -> {
        stage = Stage.PRE_ACCEPTANCE;
        targets = again != null ? again : b.preSelected;
      }
      case "SUPERVISE_PASS" -> {
        stage = Stage.SUPERVISION;
        targets =
            again != null
                ? again
                : sample(b, FixedRatioPolicy.of(ratio(p.supervisionRatio())), "supervision");
      }
      default -> throw unknown(forward);
    }
    boolean first = again == null;
    int[] found = inspect(targets, stage);
    if (first && stage == Stage.PRE_ACCEPTANCE) {
      tally(targets, found);
    }
    Transition byOutcome = found.length > 0 ? loop : forward;
    submit(
        byOutcome,
        b,
        pages(targets) / p.rate(Step.INSPECT),
        t -> {
          markDetected(found, t);
          if (found.length > 0) {
            b.pending = found;
            b.revisit.put(state, found);
          }
          advance(b, byOutcome.to());
        });
  }

  private void perform(Batch b, Transition t) {
    int n = b.js.length;
    switch (t.action()) {
      case "OPEN" -> submit(t, b, n / p.rate(Step.ARRANGE), x -> advance(b, t.to()));
      case "REQUEST" -> {
        double start = phase == 1 ? b.periodEnd + p.keepDays() : q.now();
        q.at(
            Math.max(q.now(), start),
            () -> submit(t, b, n / p.rate(Step.PAPERWORK), x -> advance(b, t.to())));
      }
      case "HAND_OVER" -> submit(t, b, n / p.rate(Step.PAPERWORK), x -> advance(b, t.to()));
      case "SELF_CHECK" -> {
        int[] found = inspect(b.js, Stage.SELF_CHECK);
        submit(
            t,
            b,
            pages(b.js) / p.rate(Step.SELF_CHECK) + found.length / p.rate(Step.RECTIFY),
            x -> {
              markDetected(found, x);
              markRectified(found, x);
              advance(b, t.to());
            });
      }
      case "SPOT_CHECK", "ACCEPT", "RECHECK" -> {
        int[] targets;
        Stage stage;
        if (t.action().equals("ACCEPT")) {
          targets = b.js;
          stage = Stage.ALL;
        } else if (t.action().equals("SPOT_CHECK")) {
          targets = sample(b, FixedRatioPolicy.of(ratio(p.spotCheckRatio())), "spot-check");
          stage = Stage.PRE_ACCEPTANCE;
        } else {
          targets = sample(b, FixedRatioPolicy.recheck(p.recheckRatio()), "re-check");
          stage = Stage.RE_CHECK;
        }
        int[] found = inspect(targets, stage);
        submit(
            t,
            b,
            pages(targets) / p.rate(Step.INSPECT),
            x -> {
              markDetected(found, x);
              b.pending = concat(b.pending, found);
              advance(b, t.to());
            });
      }
      case "REPORT" -> submit(t, b, 1 / p.rate(Step.REPORT), x -> advance(b, t.to()));
      case "RECTIFY", "RESUBMIT" -> {
        int[] fix = b.pending;
        b.pending = new int[0];
        submit(
            t,
            b,
            fix.length / p.rate(Step.RECTIFY),
            x -> {
              markRectified(fix, x);
              advance(b, t.to());
            });
      }
      case "COLLECT", "RECEIVE" -> {
        boolean receive = t.action().equals("RECEIVE");
        double work = n / p.rate(Step.COLLECT) + (receive ? n / p.rate(Step.STORE) : 0);
        submit(
            t,
            b,
            work,
            x -> {
              for (int j : b.js) {
                left[j] = x;
                if (receive) {
                  stored[j] = x;
                }
              }
              level[b.c] -= n;
              advance(b, t.to());
            });
      }
      case "DIGITISE" ->
          submit(
              t,
              b,
              pages(b.js) / p.rate(Step.DIGITISE),
              x -> {
                for (int j : b.js) {
                  digitised[j] = x;
                }
                advance(b, t.to());
              });
      case "STORE" ->
          submit(
              t,
              b,
              n / p.rate(Step.STORE),
              x -> {
                for (int j : b.js) {
                  stored[j] = x;
                }
                advance(b, t.to());
              });
      default -> throw unknown(t);
    }
  }

  private IllegalStateException unknown(Transition t) {
    return new IllegalStateException(
        table.ref()
            + ": the simulation does not model action "
            + t.action()
            + " (from "
            + t.from()
            + " to "
            + t.to()
            + ")");
  }

  private void submit(Transition t, Batch b, double work, DoubleConsumer done) {
    Role role = t.roles().get(0);
    String site = t.staff() == LifecycleTable.Staff.CENTER ? CENTRE : scs.get(b.c);
    submit(role, site, b.c, work, b.key(), t.action(), done);
  }

  private void submit(
      Role role, String site, int c, double work, long entity, String step, DoubleConsumer done) {
    if (work == 0) {
      q.at(q.now(), () -> done.accept(q.now()));
      return;
    }
    String key = role.name() + "@" + site;
    Post<Integer> post = posts.get(key);
    if (post == null) {
      post = new Post<>(q);
      if (role == Role.STORAGE_KEEPER && s.storagePlanning()) {
        post.prioritise(x -> rank[x]);
      }
      posts.put(key, post);
      postRoles.put(key, role);
    }
    int people =
        s.staff().containsKey(role)
            ? Objects.requireNonNull(s.staff().get(role))
            : p.peopleOf(role);
    double service = work / people * noise(entity, step);
    post.submit(service, work, c, done);
  }

  private double noise(long entity, String step) {
    double sigma = p.serviceVariability();
    if (sigma == 0) {
      return 1;
    }
    double z = streams.of(Streams.Purpose.SERVICE, entity, step.hashCode()).nextGaussian();
    return Math.exp(sigma * z - sigma * sigma / 2);
  }

  private int[] inspect(int[] targets, Stage stage) {
    double eff = p.efficiencyOf(stage);
    int[] found = new int[targets.length];
    int m = 0;
    for (int j : targets) {
      volumesInspected++;
      SimulatedVolume v = vols.get(f.poolIndex[j]);
      pagesInspected += v.pages();
      if (defectiveNow[j]
          && Double.isNaN(detected[j])
          && v.isFoundAt(stage)
          && streams.uniform(Streams.Purpose.DEFECTS, j, stage.id().hashCode()) < eff) {
        found[m++] = j;
      }
    }
    return Arrays.copyOf(found, m);
  }

  private void markDetected(int[] js, double t) {
    for (int j : js) {
      if (Double.isNaN(detected[j])) {
        detected[j] = t;
      }
    }
  }

  private void markRectified(int[] js, double t) {
    for (int j : js) {
      rectified[j] = t;
      defectiveNow[j] = false;
    }
  }

  private double pages(int[] js) {
    long sum = 0;
    for (int j : js) {
      sum += vols.get(f.poolIndex[j]).pages();
    }
    return sum;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static org.siarchive.sampling.size.FixedRatio ratio(BigDecimal r) {
    return org.siarchive.sampling.size.FixedRatio.of(r);
  }

  private StratumKey stratum(int j) {
    SimulatedVolume v = vols.get(f.poolIndex[j]);
    return StratumKey.of(v.subCenterId(), v.category());
  }

  private static String id(int j) {
    return "v" + j;
  }

  private Population population(List<Batch> batches) {
    Map<StratumKey, List<String>> strata = new TreeMap<>();
    for (Batch b : batches) {
      for (int j : b.js) {
        strata.computeIfAbsent(stratum(j), x -> new ArrayList<>()).add(id(j));
      }
    }
    return Population.of(strata);
  }

  private int[] selected(InspectionPlan plan) {
    List<Integer> out = new ArrayList<>();
    for (StratumPlan sp : plan.strata()) {
      for (String id : sp.selected()) {
        out.add(Integer.parseInt(id.substring(1)));
      }
    }
    return out.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  private int[] sample(Batch b, InspectionPolicy policy, String step) {
    return selected(policy.plan(population(List.of(b)), StepSeed.of(seedBase, step, b.id)));
  }

  private void planPreAcceptance(int k, List<Batch> list) {
    InspectionPolicy policy =
        s.flexibleRatios()
            ? ProblemRatePolicy.of(
                p.preAcceptanceRatio(),
                p.flexibleMinRatio(),
                p.flexibleMaxRatio(),
                History.of(tallies))
            : FixedRatioPolicy.of(ratio(p.preAcceptanceRatio()));
    int[] all =
        selected(
            policy.plan(population(list), StepSeed.of(seedBase, "pre-acceptance", "P" + (k + 1))));
    Map<Integer, List<Integer>> byC = new HashMap<>();
    for (int j : all) {
      byC.computeIfAbsent(f.subCenter[j], x -> new ArrayList<>()).add(j);
    }
    for (Batch b : list) {
      b.preSelected =
          byC.getOrDefault(b.c, List.of()).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private void tally(int[] targets, int[] found) {
    Map<StratumKey, long[]> add = new TreeMap<>();
    for (int j : targets) {
      add.computeIfAbsent(stratum(j), x -> new long[2])[0]++;
    }
    for (int j : found) {
      add.computeIfAbsent(stratum(j), x -> new long[2])[1]++;
    }
    add.forEach(
        (key, v) -> {
          History.Tally old = tallies.get(key);
          long i = v[0] + (old == null ? 0 : old.inspected());
          long d = v[1] + (old == null ? 0 : old.defective());
          tallies.put(key, new History.Tally(i, d));
        });
  }

  /**
   * Ranks the stores by {@link StoragePlanner#status} on the city as it stands at period k's end.
   */
  private void updateRanks(int k) {
    StorageNetwork host = rooms.network();
    java.time.YearMonth asOf = host.asOf().plusMonths(k + 1L);
    List<SubCenterStore> stores = new ArrayList<>();
    for (int c = 0; c < scs.size(); c++) {
      List<Long> h = new ArrayList<>(rooms.history().get(c));
      for (int m = 0; m <= k; m++) {
        h.add(formedPerPeriod[c][m]);
      }
      java.time.YearMonth first = asOf.minusMonths(h.size() - 1L);
      stores.add(
          new SubCenterStore(
              scs.get(c) + "-SIM",
              scs.get(c),
              rooms.capacity()[c],
              level[c],
              Eligibility.afterSupervision(0),
              new GenerationHistory(first, h)));
    }
    CentreStacks stacks = host.stacks();
    StorageNetwork now =
        new StorageNetwork(
            asOf,
            org.siarchive.rules.storage.StorageUnit.VOLUMES,
            1,
            host.forecast(),
            host.intake(),
            new CentreStacks(stacks.id(), stacks.capacity(), stacks.occupied()),
            stores,
            Disposals.none());
    for (RoomStatus room : StoragePlanner.status(now, asOf).rooms()) {
      rank[scs.indexOf(room.subCenterId())] = room.rank();
    }
  }

  private double[] metrics() {
    int n = f.size();
    double detSum = 0;
    double rectSum = 0;
    int detCount = 0;
    int defectiveCount = 0;
    int escaped = 0;
    double[] delays = new double[n];
    double digSum = 0;
    double volumeDays = 0;
    for (int j = 0; j < n; j++) {
      double formedAt = f.day[j];
      digSum += digitised[j] - formedAt;
      volumeDays += left[j] - formedAt;
      if (vols.get(f.poolIndex[j]).defective()) {
        defectiveCount++;
        if (Double.isNaN(detected[j])) {
          escaped++;
        } else {
          delays[detCount++] = detected[j] - formedAt;
          detSum += detected[j] - formedAt;
          rectSum += rectified[j] - detected[j];
        }
      }
    }
    double p90 = 0;
    if (detCount > 0) {
      double[] d = Arrays.copyOf(delays, detCount);
      Arrays.sort(d);
      p90 = d[(int) Math.ceil(0.9 * detCount) - 1];
    }
    Role[] roles = Role.values();
    double[] staff = new double[roles.length];
    double[] waited = new double[roles.length];
    long[] jobs = new long[roles.length];
    double staffAll = 0;
    double waitedAll = 0;
    long jobsAll = 0;
    for (Map.Entry<String, Post<Integer>> e : posts.entrySet()) {
      int r = Arrays.asList(roles).indexOf(Objects.requireNonNull(postRoles.get(e.getKey())));
      Post<Integer> post = e.getValue();
      staff[r] += post.personDays();
      waited[r] += post.waited();
      jobs[r] += post.jobs();
      staffAll += post.personDays();
      waitedAll += post.waited();
      jobsAll += post.jobs();
    }
    double[] out = new double[Simulation.metricNames().size()];
    int i = 0;
    out[i++] = detCount == 0 ? 0 : detSum / detCount;
    out[i++] = p90;
    out[i++] = detCount == 0 ? 0 : rectSum / detCount;
    out[i++] = n == 0 ? 0 : digSum / n;
    out[i++] = defectiveCount == 0 ? 0 : (double) escaped / defectiveCount;
    out[i++] = pagesInspected;
    out[i++] = volumesInspected;
    out[i++] = staffAll;
    out[i++] = peakFill;
    out[i++] = volumeDays;
    out[i++] = jobsAll == 0 ? 0 : waitedAll / jobsAll;
    for (int r = 0; r < roles.length; r++) {
      out[i++] = staff[r];
    }
    for (int r = 0; r < roles.length; r++) {
      out[i++] = jobs[r] == 0 ? 0 : waited[r] / jobs[r];
    }
    return out;
  }
}
