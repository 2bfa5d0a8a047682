package org.siarchive.rules.procedure;

import com.google.common.collect.Maps;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Severity;
import org.siarchive.core.id.Masking;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.ActionResult;
import org.siarchive.core.transfer.Findings;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.core.transfer.Transfers;
import org.siarchive.core.transfer.VolumeSet;
import org.siarchive.rules.internal.OrderedBatches;
import org.siarchive.rules.quality.Check;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.RunSummary;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.Suite;
import org.siarchive.rules.quality.VolumeResult;
import org.siarchive.rules.report.NoticeBuilder;
import org.siarchive.rules.report.RectificationNotice;
import org.siarchive.sampling.selection.SamplingRecord;

/**
 * What one batch's run of either phase holds, and the moves every step of both phases makes: the
 * volumes as they stand (rectified versions replace returned ones), what the last check of each
 * found, the passes so far, the batch's state and last ledger event; opening the batch, running a
 * suite over volumes, rectifying through the host's {@link Rectifier}, writing a rectification
 * notice, and taking an action through {@link Transfers} as the lifecycle table's first role for
 * it, whose refusal stops the run. {@link Phase1} and {@link Phase2} sequence the steps; this class
 * holds no judgment of its own beyond "a volume whose last check found a blocking defect is not
 * clean". What a step computes about a volume version (its checks, its record bytes) comes from the
 * run's {@link CheckMemo}, so no step pays twice for it.
 */
final class BatchRun {
  final Transfers transfers;
  final int phase;
  final String batchId;
  final String subCenter;
  final List<String> ids;
  private final Rectifier rectifier;
  private final Staffing staffing;
  private final CheckMemo memo;
  private final Map<String, Integer> order;
  final Map<String, Volume> current;

  /** The volumes whose last check reported a blocking defect. */
  private final Set<String> blockingLastSeen = new HashSet<>();

  private final Map<String, Integer> attempts = new HashMap<>();
  private final FindingsJson.Memo findingsJson = new FindingsJson.Memo();
  final List<CheckStep> steps = new ArrayList<>();
  private final LifecycleTable table;
  String state = "";
  long lastEvent = -1;

  /** The index of the batch's opening event: its form reads the ledger from there. */
  private long openedAt;

  @Nullable String stopped;

  /**
   * What both phases' builders are given: the service, the checks' context, the rectifier and the
   * staffing, none null.
   */
  record Setup(Transfers transfers, CheckContext context, Rectifier rectifier, Staffing staffing) {
    Setup {
      Objects.requireNonNull(transfers, "transfers");
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(rectifier, "rectifier");
      Objects.requireNonNull(staffing, "staffing");
    }
  }

  /** The run's seed S, 1 to 200 characters, as both builders take it. */
  static String seed(String seed) {
    Objects.requireNonNull(seed, "seed");
    if (seed.isEmpty() || seed.length() > 200) {
      throw new InvalidValueException("seed", "1 to 200 characters", seed.length() + " characters");
    }
    return seed;
  }

  /** The seed a builder was given, required at {@code build()}. */
  static String requireSeed(@Nullable String seed) {
    if (seed == null) {
      throw new InvalidValueException("seed", "set before build()", "none");
    }
    return seed;
  }

  /** A round limit, 0 to 100, as both builders take it. */
  static int maxRounds(int rounds) {
    if (rounds < 0 || rounds > 100) {
      throw new InvalidValueException("maxRounds", "0 - 100", Integer.toString(rounds));
    }
    return rounds;
  }

  /**
   * The threads a run checks and writes records on, 1 to {@link OrderedBatches#MAX_PARALLELISM} as
   * for every run, as both builders take it.
   */
  static int parallelism(int parallelism) {
    if (parallelism < 1 || parallelism > OrderedBatches.MAX_PARALLELISM) {
      throw new InvalidValueException(
          "parallelism", "1 - " + OrderedBatches.MAX_PARALLELISM, Integer.toString(parallelism));
    }
    return parallelism;
  }

  /** A share of a batch's volumes, in (0, 1]. */
  static BigDecimal ratio(String field, BigDecimal r) {
    Objects.requireNonNull(r, field);
    if (r.signum() <= 0 || r.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException(field, "in (0, 1]", r.toPlainString());
    }
    return r;
  }

  /**
   * A new batch's run.
   *
   * @throws InvalidValueException for a volume of another sub-centre, or an id given twice (the
   *     first offending volume in order)
   */
  static BatchRun of(
      Setup setup,
      int phase,
      CheckMemo memo,
      String batchId,
      String subCenter,
      List<Volume> volumes) {
    Objects.requireNonNull(batchId, "batchId");
    Objects.requireNonNull(subCenter, "subCenter");
    Objects.requireNonNull(volumes, "volumes");
    return new BatchRun(setup, phase, memo, batchId, subCenter, volumes);
  }

  private BatchRun(
      Setup setup,
      int phase,
      CheckMemo memo,
      String batchId,
      String subCenter,
      List<Volume> volumes) {
    this.transfers = setup.transfers();
    this.phase = phase;
    this.rectifier = setup.rectifier();
    this.staffing = setup.staffing();
    this.memo = memo;
    this.table = transfers.table();
    this.batchId = batchId;
    this.subCenter = subCenter;
    this.order = Maps.newHashMapWithExpectedSize(volumes.size());
    this.current = Maps.newLinkedHashMapWithExpectedSize(volumes.size());
    for (Volume v : volumes) {
      if (!v.subCenterId().equals(subCenter)) {
        throw new InvalidValueException(
            "volumes",
            "volumes of sub-centre " + subCenter,
            Masking.quoted(v.id()) + " of " + v.subCenterId());
      }
      if (current.putIfAbsent(v.id(), v) != null) {
        throw new InvalidValueException(
            "volumes", "each volume id once", Masking.quoted(v.id()) + " given twice");
      }
      order.put(v.id(), order.size());
    }
    this.ids = List.copyOf(current.keySet());
  }

  /**
   * Opens the batch, its volume set carrying the package digest of the volumes as given.
   *
   * @throws InvalidValueException with the refusal's words when the lifecycle table refuses the
   *     opening: there is then no batch in the ledger for an outcome to describe
   */
  void open() {
    LifecycleTable.Transition t = table.opening(phase);
    String person = staffing.person(t.roles().get(0), subCenter, t.staff());
    List<Volume> all = List.copyOf(current.values());
    VolumeSet set = new VolumeSet(ids, packageDigest(all).value());
    ActionResult result = transfers.open(batchId, subCenter, phase, set, person);
    if (result instanceof ActionResult.Refused refused) {
      throw new InvalidValueException(
          "batch", "a batch the lifecycle table lets open", refused.refusal().message());
    }
    accepted(result);
    openedAt = lastEvent;
  }

  /** The person the staffing names for an action from the batch's state, or null when none. */
  @Nullable String personFor(String action) {
    LifecycleTable.Transition t = table.transition(phase, state, action).orElse(null);
    return t == null ? null : staffing.person(t.roles().get(0), subCenter, t.staff());
  }

  /** Takes an action as the table's first role for it; a refusal stops the run. */
  boolean act(String action, @Nullable Findings findings, @Nullable String note) {
    String person = personFor(action);
    if (person == null) {
      stopped =
          String.format(
              Locale.ROOT,
              "the lifecycle %s has no %s from %s in phase %d",
              table.ref(),
              action,
              state,
              phase);
      return false;
    }
    return accepted(transfers.act(batchId, action, person, findings, note));
  }

  private boolean accepted(ActionResult result) {
    if (result instanceof ActionResult.Accepted a) {
      state = a.to();
      lastEvent = a.event();
      return true;
    }
    stopped = "refused: " + ((ActionResult.Refused) result).refusal().message();
    return false;
  }

  /**
   * The findings of some defects, as a ledger event carries them, each defect's object made once in
   * the run (a step's action and its passes record the same defects).
   */
  Findings findings(List<Defect> defects) {
    return findingsJson.findings(defects, transfers.ledger().algorithm());
  }

  /** The volumes of the batch whose last check found a blocking defect, in batch order. */
  List<String> blockingSeen() {
    if (blockingLastSeen.isEmpty()) {
      return List.of();
    }
    return ids.stream().filter(blockingLastSeen::contains).toList();
  }

  /** The volumes a sample selected, as they stand, in batch order. */
  List<Volume> volumesOf(SamplingRecord.BySize sample) {
    return sample.selected().stream()
        .sorted(Comparator.comparingInt(id -> order.getOrDefault(id, -1)))
        .map(current::get)
        .toList();
  }

  /** Runs a suite over volumes, remembering what it found in each. */
  List<VolumeResult> check(Suite suite, CheckContext context, List<Volume> volumes) {
    return check(suite, context, volumes, Examiner.thorough(), "");
  }

  /**
   * Runs a suite over volumes as a person examines them: the examiner reports what the suite finds,
   * or less; what it reports is what the procedure saw.
   */
  List<VolumeResult> check(
      Suite suite, CheckContext context, List<Volume> volumes, Examiner examiner, String person) {
    List<List<Defect>> foundIn = memo.check(suite, context, volumes);
    List<VolumeResult> results = new ArrayList<>(volumes.size());
    for (int i = 0; i < volumes.size(); i++) {
      Volume v = volumes.get(i);
      List<Defect> found = foundIn.get(i);
      List<Defect> reported =
          found.isEmpty()
              ? found
              : List.copyOf(
                  Objects.requireNonNull(examiner.report(person, v, found), "reported defects"));
      if (!found.containsAll(reported)) {
        throw new InvalidValueException(
            "examiner", "a report of defects the suite found", Masking.quoted(v.id()));
      }
      if (anyBlocking(reported)) {
        blockingLastSeen.add(v.id());
      } else if (!blockingLastSeen.isEmpty()) {
        blockingLastSeen.remove(v.id());
      }
      results.add(VolumeResult.of(0, v, reported));
    }
    return results;
  }

  private static boolean anyBlocking(List<Defect> defects) {
    for (Defect d : defects) {
      if (d.severity() == Severity.BLOCKING) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rectifies the volumes with defects; the rectified versions replace them in the batch. The
   * rectifications run on the memo's threads (the rectifier is then called from several at once).
   */
  List<Volume> rectify(List<VolumeResult> results) {
    List<VolumeResult> returned = new ArrayList<>();
    List<Integer> attempt = new ArrayList<>();
    for (VolumeResult r : results) {
      if (r.hasDefects()) {
        returned.add(r);
        attempt.add(attempts.merge(r.volumeId(), 1, Integer::sum));
      }
    }
    List<Integer> indexes = IntStream.range(0, returned.size()).boxed().toList();
    List<@Nullable Volume> rectified =
        memo.rectified(
            indexes,
            i -> {
              VolumeResult r = returned.get(i);
              return rectifier.rectify(r.volume(), r.defects(), attempt.get(i));
            });
    List<Volume> out = new ArrayList<>();
    for (int i = 0; i < returned.size(); i++) {
      VolumeResult r = returned.get(i);
      Volume fixed = Objects.requireNonNull(rectified.get(i), "rectified volume");
      if (!fixed.id().equals(r.volumeId())) {
        throw new InvalidValueException(
            "rectifier",
            "the volume's id kept",
            Masking.quoted(r.volumeId()) + " became " + Masking.quoted(fixed.id()));
      }
      current.put(fixed.id(), fixed);
      out.add(fixed);
    }
    return out;
  }

  /** The rectification notice of the sub-centre over some results of a suite. */
  RectificationNotice notice(Suite suite, CheckContext context, List<VolumeResult> results) {
    NoticeBuilder builder = NoticeBuilder.of(context, subCenter);
    Map<DefectCode, Long> perCode = new LinkedHashMap<>();
    long withDefects = 0;
    for (VolumeResult r : results) {
      builder.checked(r);
      if (r.hasDefects()) {
        withDefects++;
      }
      r.defects().forEach(d -> perCode.merge(d.code(), 1L, Long::sum));
    }
    RunSummary summary =
        new RunSummary(
            results.size(),
            results.size(),
            0,
            withDefects,
            perCode,
            suite.name(),
            context.editions(),
            suite.notPerformed(context).stream().map(Check::id).toList());
    return builder.build(summary);
  }

  /** Records a pass of a step, attached to the last ledger event. */
  void step(
      Stage stage,
      int round,
      String action,
      SamplingRecord.@Nullable BySize sample,
      List<VolumeResult> results,
      @Nullable RectificationNotice notice) {
    List<Defect> defects = results.stream().flatMap(r -> r.defects().stream()).toList();
    steps.add(
        new CheckStep(stage, round, action, sample, results, findings(defects), lastEvent, notice));
  }

  /** The hand-over form of the batch over the volumes as they stand. */
  HandOverForm form() {
    return HandOverForm.ofOpened(
        transfers.ledger(),
        batchId,
        subCenter,
        List.copyOf(current.values()),
        memo::packageDigest,
        memo::counts,
        openedAt,
        table.opening(phase).action());
  }

  /** The package digest over some of the batch's volumes, with the ledger's algorithm. */
  HandOverForm.Digest packageDigest(List<Volume> volumes) {
    return memo.packageDigest(volumes);
  }
}
