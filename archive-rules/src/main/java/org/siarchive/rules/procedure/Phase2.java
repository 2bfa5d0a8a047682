package org.siarchive.rules.procedure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.id.Masking;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.Findings;
import org.siarchive.core.transfer.Transfers;
import org.siarchive.rules.internal.OrderedBatches;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.Suite;
import org.siarchive.rules.quality.VolumeResult;
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
 * why (a refused opening is thrown instead: no batch exists to describe). No batch is handed over
 * while the last check of any of its volumes found a blocking defect.
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
 *
 * @since 0.1.0
 */
public final class Phase2 {
  private static final int PHASE = 2;
  private static final BigDecimal DEFAULT_SUPERVISION = new BigDecimal("0.05");

  private final BatchRun.Setup setup;
  private final Transfers transfers;
  private final String seed;
  private final BigDecimal preAcceptanceRatio;
  private final BigDecimal supervisionRatio;
  private final int maxRounds;
  private final int parallelism;
  private final Map<Stage, CheckContext> contexts = new LinkedHashMap<>();
  private final Map<Stage, Suite> suites = new LinkedHashMap<>();

  private Phase2(Builder b) {
    this.setup = b.setup;
    this.transfers = b.setup.transfers();
    this.seed = BatchRun.requireSeed(b.seed);
    this.preAcceptanceRatio = b.preAcceptanceRatio;
    this.supervisionRatio = b.supervisionRatio;
    this.maxRounds = b.maxRounds;
    this.parallelism = b.parallelism;
    for (Stage s : List.of(Stage.SELF_CHECK, Stage.PRE_ACCEPTANCE, Stage.SUPERVISION)) {
      CheckContext c = b.setup.context().toBuilder().stage(s).build();
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
   * {@return a builder}
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
    private final BatchRun.Setup setup;
    private @Nullable String seed;
    private BigDecimal preAcceptanceRatio = BigDecimal.ONE;
    private BigDecimal supervisionRatio = DEFAULT_SUPERVISION;
    private int maxRounds = 5;
    private int parallelism = 1;

    private Builder(
        Transfers transfers, CheckContext context, Rectifier rectifier, Staffing staffing) {
      this.setup = new BatchRun.Setup(transfers, context, rectifier, staffing);
    }

    /**
     * Sets the run's seed S: step {@code X} of batch {@code B} draws with seed {@code S/X/B}.
     * Required.
     *
     * @param seed 1 to 200 characters
     * @return this builder
     */
    public Builder seed(String seed) {
      this.seed = BatchRun.seed(seed);
      return this;
    }

    /**
     * Sets the share of volumes pre-acceptance checks; 1 (the default) checks every one.
     *
     * @param ratio the share, in (0, 1]
     * @return this builder
     * @throws InvalidValueException naming {@code preAcceptanceRatio} when out of range
     */
    public Builder preAcceptanceRatio(BigDecimal ratio) {
      this.preAcceptanceRatio = BatchRun.ratio("preAcceptanceRatio", ratio);
      return this;
    }

    /**
     * Sets the share of volumes supervision checks; 0.05 by default (article §2.3).
     *
     * @param ratio the share, in (0, 1]
     * @return this builder
     * @throws InvalidValueException naming {@code supervisionRatio} when out of range
     */
    public Builder supervisionRatio(BigDecimal ratio) {
      this.supervisionRatio = BatchRun.ratio("supervisionRatio", ratio);
      return this;
    }

    /**
     * Sets how many rounds of rectification a step allows before it stops; 5 by default.
     *
     * @param rounds 0 to 100
     * @return this builder
     * @throws InvalidValueException naming {@code maxRounds} when out of range
     */
    public Builder maxRounds(int rounds) {
      this.maxRounds = BatchRun.maxRounds(rounds);
      return this;
    }

    /**
     * Sets how many threads check a step's volumes, hash their records for the package digest and
     * rectify the volumes a pass returns; 1 (the default) runs on the caller's thread. The steps,
     * the ledger events and every answer are the same whatever the number; above 1 the context's
     * clock and content source must be thread-safe ({@link CheckContext}), and the rectifier must
     * be too and answer each call from its arguments alone (its calls come in no fixed order).
     *
     * <pre>{@code
     * builder.parallelism(Runtime.getRuntime().availableProcessors());
     * }</pre>
     *
     * @param parallelism 1 to 256
     * @return this builder
     * @throws InvalidValueException naming {@code parallelism} when out of range
     */
    public Builder parallelism(int parallelism) {
      this.parallelism = BatchRun.parallelism(parallelism);
      return this;
    }

    /**
     * Builds the procedure.
     *
     * @return the procedure
     * @throws InvalidValueException when no seed was set
     */
    public Phase2 build() {
      BatchRun.requireSeed(seed);
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
   * @throws InvalidValueException for a volume of another sub-centre, an id given twice, a
   *     rectifier that changes a volume's id, or an opening the lifecycle table refuses (the
   *     refusal's words: no batch is opened, so there is no outcome to describe)
   */
  public BatchOutcome run(String batchId, String subCenter, List<Volume> volumes) {
    try (CheckMemo memo = memo()) {
      return run(memo, batchId, subCenter, volumes);
    }
  }

  /**
   * {@return the outcome of each batch, in order} The batches run one after the other, exactly as
   * {@link #run} for each in turn runs them: the same outcomes, and the same ledger events in the
   * same order. With a parallelism above 1 the run is faster: while a batch takes its steps on the
   * caller's thread (the ledger's events, the draws, the notices and the form, which run on one
   * thread), the batches after it are checked and their records hashed on that many threads of the
   * run's, so the cores do not wait for those steps.
   *
   * <pre>{@code
   * List<BatchOutcome> outs = phase2.runAll(List.of(
   *     new Submission("SC01-2024-P2", "SC01", sc01Volumes),
   *     new Submission("SC02-2024-P2", "SC02", sc02Volumes)));
   * }</pre>
   *
   * @param batches the batches, in the order they run
   * @throws InvalidValueException as {@link #run} throws it, for the first batch it throws for; the
   *     batches before that one have run, and their events are in the ledger
   */
  public List<BatchOutcome> runAll(List<Submission> batches) {
    List<Submission> all = List.copyOf(Objects.requireNonNull(batches, "batches"));
    List<BatchOutcome> out = new ArrayList<>(all.size());
    if (parallelism == 1 || all.size() < 2) {
      for (Submission s : all) {
        out.add(run(s.batchId(), s.subCenter(), s.volumes()));
      }
      return out;
    }
    ExecutorService ahead = OrderedBatches.workers(parallelism, "siarchive-procedure-ahead");
    ExecutorService threads = OrderedBatches.workers(parallelism, "siarchive-procedure");
    List<CheckMemo> memos = new ArrayList<>(all.size());
    try {
      for (Submission s : all) {
        CheckMemo memo = memo(threads);
        memos.add(memo);
        memo.ahead(s.volumes(), ahead, parallelism);
      }
      for (int i = 0; i < all.size(); i++) {
        Submission s = all.get(i);
        try (CheckMemo memo = memos.get(i)) {
          out.add(run(memo, s.batchId(), s.subCenter(), s.volumes()));
        }
      }
      return out;
    } finally {
      memos.forEach(CheckMemo::close);
      ahead.shutdownNow();
      threads.shutdownNow();
    }
  }

  /** A memo for one batch's run: this procedure's suites, the ledger's algorithm. */
  private CheckMemo memo() {
    return CheckMemo.of(
        setup.context(), List.copyOf(suites.values()), transfers.ledger().algorithm(), parallelism);
  }

  /** {@link #memo()} on threads a run of several batches shares. */
  private CheckMemo memo(ExecutorService threads) {
    return CheckMemo.of(
        setup.context(),
        List.copyOf(suites.values()),
        transfers.ledger().algorithm(),
        parallelism,
        threads);
  }

  private BatchOutcome run(CheckMemo memo, String batchId, String subCenter, List<Volume> volumes) {
    return new Run(BatchRun.of(setup, PHASE, memo, batchId, subCenter, volumes)).run();
  }

  /** One batch's run of phase 2: the steps in order over the shared {@link BatchRun}. */
  private final class Run {
    private final BatchRun b;
    private int returns;
    private int rounds;
    private int selfCheckRounds;
    private SamplingRecord.@Nullable BySize supervisionSample;

    Run(BatchRun b) {
      this.b = b;
    }

    BatchOutcome run() {
      b.open();
      boolean stored = selfCheck() && request() && preAccept() && supervise() && handOver();
      HandOverForm form =
          stored || b.state.equals("HANDED_OVER") || b.state.equals("STORED") ? b.form() : null;
      return new BatchOutcome(
          transfers.batch(b.batchId).orElseThrow(),
          returns,
          rounds,
          selfCheckRounds,
          b.steps,
          supervisionSample,
          form,
          List.copyOf(b.current.values()),
          b.stopped);
    }

    private List<VolumeResult> check(Stage stage, List<Volume> volumes) {
      return b.check(suiteOf(stage), contextOf(stage), volumes);
    }

    private boolean selfCheck() {
      List<List<VolumeResult>> passes = new ArrayList<>();
      List<VolumeResult> results = check(Stage.SELF_CHECK, List.copyOf(b.current.values()));
      passes.add(results);
      while (results.stream().anyMatch(VolumeResult::hasDefects) && selfCheckRounds < maxRounds) {
        selfCheckRounds++;
        results = check(Stage.SELF_CHECK, b.rectify(results));
        passes.add(results);
      }
      List<Defect> all =
          passes.stream().flatMap(List::stream).flatMap(r -> r.defects().stream()).toList();
      List<String> blocking = b.blockingSeen();
      String note =
          String.format(
              Locale.ROOT,
              "self-check of %d volumes in %d passes: %d defects found; %d volumes with blocking"
                  + " defects remain",
              b.ids.size(),
              passes.size(),
              all.size(),
              blocking.size());
      if (!b.act("SELF_CHECK", b.findings(all), note)) {
        return false;
      }
      for (int i = 0; i < passes.size(); i++) {
        b.step(Stage.SELF_CHECK, i, "SELF_CHECK", null, passes.get(i), null);
      }
      if (!blocking.isEmpty()) {
        b.stopped =
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
      return b.act("REQUEST", null, null);
    }

    private boolean preAccept() {
      SamplingRecord.BySize sample =
          preAcceptanceRatio.compareTo(BigDecimal.ONE) == 0
              ? null
              : Samples.sampleOf(
                  Stage.PRE_ACCEPTANCE.id(),
                  b.batchId,
                  b.subCenter,
                  b.ids,
                  preAcceptanceRatio,
                  seed);
      List<Volume> toCheck = sample == null ? List.copyOf(b.current.values()) : b.volumesOf(sample);
      return rounds(Stage.PRE_ACCEPTANCE, sample, toCheck, "PRE_ACCEPT", "RETURN");
    }

    private boolean supervise() {
      supervisionSample =
          Samples.sampleOf(
              Stage.SUPERVISION.id(), b.batchId, b.subCenter, b.ids, supervisionRatio, seed);
      return rounds(
          Stage.SUPERVISION,
          supervisionSample,
          b.volumesOf(supervisionSample),
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
        Findings findings = b.findings(defects);
        SamplingRecord.BySize drawn = round == 0 ? sample : null;
        if (bad.isEmpty()) {
          String note =
              String.format(
                  Locale.ROOT,
                  "%s: %d volumes checked%s, no defect found",
                  stage.id(),
                  results.size(),
                  drawn == null ? "" : " (sample, seed " + drawn.seed() + ")");
          if (!b.act(pass, findings, note)) {
            return false;
          }
          b.step(stage, round, pass, drawn, results, null);
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
        if (!b.act(giveBack, findings, note)) {
          return false;
        }
        returns++;
        b.step(
            stage,
            round,
            giveBack,
            drawn,
            results,
            b.notice(suiteOf(stage), contextOf(stage), results));
        if (round >= maxRounds) {
          b.stopped =
              String.format(
                  Locale.ROOT,
                  "%s: still %d volumes with defects after %d rounds of rectification",
                  stage.id(),
                  bad.size(),
                  round);
          return false;
        }
        rounds++;
        toCheck = b.rectify(bad);
        String again =
            String.format(Locale.ROOT, "resubmitted %d rectified volumes", toCheck.size());
        if (!b.act("RESUBMIT", null, again)) {
          return false;
        }
      }
    }

    private boolean handOver() {
      List<String> blocking = b.blockingSeen();
      if (!blocking.isEmpty()) {
        b.stopped =
            String.format(
                Locale.ROOT,
                "hand-over withheld: %d volumes with blocking defects (first %s)",
                blocking.size(),
                Masking.quoted(blocking.get(0)));
        return false;
      }
      List<Volume> all = List.copyOf(b.current.values());
      HandOverForm.Digest digest = b.packageDigest(all);
      return b.act("HAND_OVER", null, HandOverForm.note(digest, all.size()))
          && b.act("RECEIVE", null, null);
    }
  }
}
