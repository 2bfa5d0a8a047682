package org.siarchive.rules.procedure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 * The phase-2 procedure (二期, article §2): carries one batch from arranged to stored, each step
 * running its stage's suite over the right volumes, drawing its sample verifiably, attaching its
 * findings to the ledger event and moving the batch through {@link Transfers}, so the lifecycle
 * table decides roles and segregation of duties.
 *
 * <ol>
 *   <li>Self-check of every volume with the self-check suite; the sub-centre rectifies what it
 *       finds and checks again, up to the round limit. The request is withheld while a blocking
 *       defect remains.
 *   <li>Request; pre-acceptance of the images against the catalogue by the acceptance post on every
 *       volume, or on a draw of {@code ceil(f N)} with seed {@code S/pre-acceptance/B}. Problems
 *       return the batch with a rectification notice; the resubmission is checked on the volumes
 *       that were returned, round after round.
 *   <li>Supervision (监交) by the supervising leader on {@code ceil(0.05 N)} volumes drawn with seed
 *       {@code S/supervision/B}, with the supervision suite (paper, images, catalogue); problems go
 *       back to the archivist, whose resubmission is checked on the volumes returned.
 *   <li>Hand-over, recording the package digest in the event's note, then receipt into storage and
 *       the {@link HandOverForm}.
 * </ol>
 *
 * <p>A refused action or an exhausted round limit stops the procedure; the outcome says where and
 * why. No batch is handed over while the last check of any of its volumes found a blocking defect.
 *
 * <pre>{@code
 * Phase2 phase2 = Phase2.builder(transfers, context, rectifier, Staffing.firstOnRoster(roster))
 *     .seed("2024-Q1")
 *     .preAcceptanceRatio(new BigDecimal("0.20"))
 *     .build();
 * BatchOutcome out = phase2.run("SC01-2024-1", "SC01", volumes);
 * }</pre>
 *
 * <p>Not thread-safe: one run at a time (the {@link Transfers} it drives is thread-safe).
 */
public final class Phase2 {
  private static final int PHASE = 2;
  private static final BigDecimal DEFAULT_SUPERVISION = new BigDecimal("0.05");

  private final Transfers transfers;
  private final Rectifier rectifier;
  private final Staffing staffing;
  private final String seed;
  private final BigDecimal preAcceptanceRatio;
  private final BigDecimal supervisionRatio;
  private final int maxRounds;
  private final Map<Stage, CheckContext> contexts = new LinkedHashMap<>();
  private final Map<Stage, Suite> suites = new LinkedHashMap<>();

  private Phase2(Builder b) {
    this.transfers = b.transfers;
    this.rectifier = b.rectifier;
    this.staffing = b.staffing;
    this.seed = Objects.requireNonNull(b.seed, "seed");
    this.preAcceptanceRatio = b.preAcceptanceRatio;
    this.supervisionRatio = b.supervisionRatio;
    this.maxRounds = b.maxRounds;
    for (Stage s : List.of(Stage.SELF_CHECK, Stage.PRE_ACCEPTANCE, Stage.SUPERVISION)) {
      CheckContext c = b.context.toBuilder().stage(s).build();
      contexts.put(s, c);
      suites.put(s, Suite.from(c));
    }
  }

  private Suite suiteOf(Stage stage) {
    return Objects.requireNonNull(suites.get(stage), "suite");
  }

  private CheckContext contextOf(Stage stage) {
    return Objects.requireNonNull(contexts.get(stage), "context");
  }

  /**
   * A builder.
   *
   * @param transfers the service whose lifecycle and ledger the batches go through
   * @param context the checks' context (rules, catalogue, clock); each step sets its own stage
   * @param rectifier how the sub-centre rectifies a returned volume
   * @param staffing who takes each action
   */
  public static Builder builder(
      Transfers transfers, CheckContext context, Rectifier rectifier, Staffing staffing) {
    return new Builder(transfers, context, rectifier, staffing);
  }

  /** Builds a {@link Phase2}. Not thread-safe; setters fail fast. */
  public static final class Builder {
    private final Transfers transfers;
    private final CheckContext context;
    private final Rectifier rectifier;
    private final Staffing staffing;
    private @Nullable String seed;
    private BigDecimal preAcceptanceRatio = BigDecimal.ONE;
    private BigDecimal supervisionRatio = DEFAULT_SUPERVISION;
    private int maxRounds = 5;

    private Builder(
        Transfers transfers, CheckContext context, Rectifier rectifier, Staffing staffing) {
      this.transfers = Objects.requireNonNull(transfers, "transfers");
      this.context = Objects.requireNonNull(context, "context");
      this.rectifier = Objects.requireNonNull(rectifier, "rectifier");
      this.staffing = Objects.requireNonNull(staffing, "staffing");
    }

    /**
     * The run's seed S: step {@code X} of batch {@code B} draws with seed {@code S/X/B}. Required.
     *
     * @param seed 1 to 200 characters
     */
    public Builder seed(String seed) {
      Objects.requireNonNull(seed, "seed");
      if (seed.isEmpty() || seed.length() > 200) {
        throw new InvalidValueException(
            "seed", "1 to 200 characters", seed.length() + " characters");
      }
      this.seed = seed;
      return this;
    }

    /** The share of volumes pre-acceptance checks, in (0, 1]; 1 (the default) checks every one. */
    public Builder preAcceptanceRatio(BigDecimal ratio) {
      this.preAcceptanceRatio = ratio("preAcceptanceRatio", ratio);
      return this;
    }

    /** The share of volumes supervision checks, in (0, 1]; 0.05 by default (article §2.3). */
    public Builder supervisionRatio(BigDecimal ratio) {
      this.supervisionRatio = ratio("supervisionRatio", ratio);
      return this;
    }

    /** How many rounds of rectification a step allows before it stops, 0 to 100 (default 5). */
    public Builder maxRounds(int rounds) {
      if (rounds < 0 || rounds > 100) {
        throw new InvalidValueException("maxRounds", "0 - 100", Integer.toString(rounds));
      }
      this.maxRounds = rounds;
      return this;
    }

    private static BigDecimal ratio(String field, BigDecimal r) {
      Objects.requireNonNull(r, field);
      if (r.signum() <= 0 || r.compareTo(BigDecimal.ONE) > 0) {
        throw new InvalidValueException(field, "in (0, 1]", r.toPlainString());
      }
      return r;
    }

    /**
     * Builds the procedure.
     *
     * @throws InvalidValueException when no seed was set
     */
    public Phase2 build() {
      if (seed == null) {
        throw new InvalidValueException("seed", "set before build()", "none");
      }
      return new Phase2(this);
    }
  }

  /**
   * Carries one batch of a sub-centre's volumes through phase 2.
   *
   * @param batchId the new batch's id
   * @param subCenter the sub-centre forming it
   * @param volumes its volumes, at least one, all of that sub-centre, ids unique
   * @return where the batch ended and everything each step did
   * @throws InvalidValueException for a volume of another sub-centre, or a rectifier that changes a
   *     volume's id
   */
  public BatchOutcome run(String batchId, String subCenter, List<Volume> volumes) {
    Objects.requireNonNull(batchId, "batchId");
    Objects.requireNonNull(subCenter, "subCenter");
    Objects.requireNonNull(volumes, "volumes");
    for (Volume v : volumes) {
      if (!v.subCenterId().equals(subCenter)) {
        throw new InvalidValueException(
            "volumes",
            "volumes of sub-centre " + subCenter,
            Masking.quoted(v.id()) + " of " + v.subCenterId());
      }
    }
    return new Run(batchId, subCenter, volumes).run();
  }

  /** One batch's run: the volumes as they stand, what was last seen of each, the steps so far. */
  private final class Run {
    private final String batchId;
    private final String subCenter;
    private final List<String> ids;
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, Volume> current = new LinkedHashMap<>();
    private final Map<String, List<Defect>> lastSeen = new HashMap<>();
    private final Map<String, Integer> attempts = new HashMap<>();
    private final List<CheckStep> steps = new ArrayList<>();
    private final LifecycleTable table = transfers.table();
    private String state = "";
    private long lastEvent = -1;
    private @Nullable String stopped;
    private int returns;
    private int rounds;
    private int selfCheckRounds;
    private SamplingRecord.@Nullable BySize supervisionSample;

    Run(String batchId, String subCenter, List<Volume> volumes) {
      this.batchId = batchId;
      this.subCenter = subCenter;
      for (Volume v : volumes) {
        order.put(v.id(), order.size());
        current.put(v.id(), v);
      }
      this.ids = List.copyOf(current.keySet());
    }

    BatchOutcome run() {
      boolean stored =
          open() && selfCheck() && request() && preAccept() && supervise() && handOver();
      HandOverForm form =
          stored || state.equals("HANDED_OVER") || state.equals("STORED")
              ? HandOverForm.of(transfers.ledger(), batchId, current.values())
              : null;
      return new BatchOutcome(
          transfers.batch(batchId).orElseThrow(),
          returns,
          rounds,
          selfCheckRounds,
          steps,
          supervisionSample,
          form,
          List.copyOf(current.values()),
          stopped);
    }

    private boolean open() {
      LifecycleTable.Transition t = table.opening(PHASE);
      String person = staffing.person(t.roles().get(0), subCenter, t.staff());
      List<Volume> all = List.copyOf(current.values());
      VolumeSet set =
          new VolumeSet(
              ids, HandOverForm.packageDigest(all, transfers.ledger().algorithm()).value());
      return accepted(transfers.open(batchId, subCenter, PHASE, set, person));
    }

    private boolean selfCheck() {
      List<List<VolumeResult>> passes = new ArrayList<>();
      List<VolumeResult> results = check(Stage.SELF_CHECK, List.copyOf(current.values()));
      passes.add(results);
      while (results.stream().anyMatch(VolumeResult::hasDefects) && selfCheckRounds < maxRounds) {
        selfCheckRounds++;
        results = check(Stage.SELF_CHECK, rectify(results));
        passes.add(results);
      }
      List<Defect> all =
          passes.stream().flatMap(List::stream).flatMap(r -> r.defects().stream()).toList();
      List<String> blocking = blockingSeen();
      String note =
          String.format(
              Locale.ROOT,
              "self-check of %d volumes in %d passes: %d defects found; %d volumes with blocking"
                  + " defects remain",
              ids.size(),
              passes.size(),
              all.size(),
              blocking.size());
      if (!act("SELF_CHECK", FindingsJson.findings(all, transfers.ledger().algorithm()), note)) {
        return false;
      }
      for (int i = 0; i < passes.size(); i++) {
        steps.add(step(Stage.SELF_CHECK, i, "SELF_CHECK", null, passes.get(i), null));
      }
      if (!blocking.isEmpty()) {
        stopped =
            String.format(
                Locale.ROOT,
                "request withheld: %d volumes still have blocking defects after %d rounds of"
                    + " self-check (first %s)",
                blocking.size(),
                selfCheckRounds,
                Masking.quoted(blocking.get(0)));
        return false;
      }
      return true;
    }

    private boolean request() {
      return act("REQUEST", null, null);
    }

    private boolean preAccept() {
      SamplingRecord.BySize sample =
          preAcceptanceRatio.compareTo(BigDecimal.ONE) == 0
              ? null
              : Samples.sampleOf(
                  Stage.PRE_ACCEPTANCE.id(), batchId, subCenter, ids, preAcceptanceRatio, seed);
      List<Volume> toCheck = sample == null ? List.copyOf(current.values()) : volumesOf(sample);
      return rounds(Stage.PRE_ACCEPTANCE, sample, toCheck, "PRE_ACCEPT", "RETURN");
    }

    private boolean supervise() {
      supervisionSample =
          Samples.sampleOf(Stage.SUPERVISION.id(), batchId, subCenter, ids, supervisionRatio, seed);
      return rounds(
          Stage.SUPERVISION,
          supervisionSample,
          volumesOf(supervisionSample),
          "SUPERVISE_PASS",
          "SUPERVISE_RETURN");
    }

    /**
     * Checks, then returns and re-checks the resubmitted volumes until a pass is clean (the pass
     * action) or the rounds run out.
     */
    private boolean rounds(
        Stage stage,
        SamplingRecord.@Nullable BySize sample,
        List<Volume> first,
        String pass,
        String giveBack) {
      List<Volume> toCheck = first;
      for (int round = 0; ; round++) {
        List<VolumeResult> results = check(stage, toCheck);
        List<VolumeResult> bad = results.stream().filter(VolumeResult::hasDefects).toList();
        List<Defect> defects = bad.stream().flatMap(r -> r.defects().stream()).toList();
        Findings findings = FindingsJson.findings(defects, transfers.ledger().algorithm());
        SamplingRecord.BySize drawn = round == 0 ? sample : null;
        if (bad.isEmpty()) {
          String note =
              String.format(
                  Locale.ROOT,
                  "%s: %d volumes checked%s, no defect found",
                  stage.id(),
                  results.size(),
                  drawn == null ? "" : " (sample, seed " + drawn.seed() + ")");
          if (!act(pass, findings, note)) {
            return false;
          }
          steps.add(step(stage, round, pass, drawn, results, null));
          return true;
        }
        String note =
            String.format(
                Locale.ROOT,
                "%s: %d of %d volumes checked have %d defects; returned for rectification (first"
                    + " %s)",
                stage.id(),
                bad.size(),
                results.size(),
                defects.size(),
                Masking.quoted(bad.get(0).volumeId()));
        if (!act(giveBack, findings, note)) {
          return false;
        }
        returns++;
        steps.add(step(stage, round, giveBack, drawn, results, notice(stage, results)));
        if (round >= maxRounds) {
          stopped =
              String.format(
                  Locale.ROOT,
                  "%s: still %d volumes with defects after %d rounds of rectification",
                  stage.id(),
                  bad.size(),
                  round);
          return false;
        }
        rounds++;
        toCheck = rectify(bad);
        String again =
            String.format(Locale.ROOT, "resubmitted %d rectified volumes", toCheck.size());
        if (!act("RESUBMIT", null, again)) {
          return false;
        }
      }
    }

    private boolean handOver() {
      List<String> blocking = blockingSeen();
      if (!blocking.isEmpty()) {
        stopped =
            String.format(
                Locale.ROOT,
                "hand-over withheld: %d volumes with blocking defects (first %s)",
                blocking.size(),
                Masking.quoted(blocking.get(0)));
        return false;
      }
      List<Volume> all = List.copyOf(current.values());
      HandOverForm.Digest digest = HandOverForm.packageDigest(all, transfers.ledger().algorithm());
      return act("HAND_OVER", null, HandOverForm.note(digest, all.size()))
          && act("RECEIVE", null, null);
    }

    /** The volumes of the batch whose last check found a blocking defect, in batch order. */
    private List<String> blockingSeen() {
      return ids.stream()
          .filter(
              id ->
                  lastSeen.getOrDefault(id, List.of()).stream()
                      .anyMatch(d -> d.severity() == Severity.BLOCKING))
          .toList();
    }

    private List<Volume> volumesOf(SamplingRecord.BySize sample) {
      return sample.selected().stream()
          .sorted(Comparator.comparingInt(id -> order.getOrDefault(id, -1)))
          .map(current::get)
          .toList();
    }

    private List<VolumeResult> check(Stage stage, List<Volume> volumes) {
      Suite suite = suiteOf(stage);
      CheckContext context = contextOf(stage);
      List<VolumeResult> results = new ArrayList<>(volumes.size());
      for (Volume v : volumes) {
        List<Defect> defects = suite.check(v, context);
        lastSeen.put(v.id(), defects);
        results.add(VolumeResult.of(0, v, defects));
      }
      return results;
    }

    private List<Volume> rectify(List<VolumeResult> results) {
      List<Volume> out = new ArrayList<>();
      for (VolumeResult r : results) {
        if (!r.hasDefects()) {
          continue;
        }
        int attempt = attempts.merge(r.volumeId(), 1, Integer::sum);
        Volume fixed =
            Objects.requireNonNull(
                rectifier.rectify(r.volume(), r.defects(), attempt), "rectified volume");
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

    private RectificationNotice notice(Stage stage, List<VolumeResult> results) {
      CheckContext context = contextOf(stage);
      Suite suite = suiteOf(stage);
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

    private CheckStep step(
        Stage stage,
        int round,
        String action,
        SamplingRecord.@Nullable BySize sample,
        List<VolumeResult> results,
        @Nullable RectificationNotice notice) {
      List<Defect> defects = results.stream().flatMap(r -> r.defects().stream()).toList();
      return new CheckStep(
          stage,
          round,
          action,
          sample,
          results,
          FindingsJson.findings(defects, transfers.ledger().algorithm()),
          lastEvent,
          notice);
    }

    /** Takes an action as the table's first role for it; a refusal stops the run. */
    private boolean act(String action, @Nullable Findings findings, @Nullable String note) {
      LifecycleTable.Transition t = table.transition(PHASE, state, action).orElse(null);
      if (t == null) {
        stopped =
            String.format(
                Locale.ROOT,
                "the lifecycle %s has no %s from %s in phase %d",
                table.ref(),
                action,
                state,
                PHASE);
        return false;
      }
      String person = staffing.person(t.roles().get(0), subCenter, t.staff());
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
  }
}
