package org.siarchive.rules.procedure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.id.Masking;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.Transfers;
import org.siarchive.rules.inspection.DefectRateEstimate;
import org.siarchive.rules.inspection.FixedRatioPolicy;
import org.siarchive.rules.inspection.StratumKey;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.Suite;
import org.siarchive.rules.quality.VolumeResult;
import org.siarchive.rules.report.RectificationNotice;
import org.siarchive.sampling.selection.SamplingRecord;

/**
 * The phase-1 procedure (一期, article §1): the old flow, in which the archive centre finds the
 * defects after the paper has moved. Carries one batch from arranged to stored through {@link
 * Transfers}, so the lifecycle table decides roles and segregation of duties (the person who
 * accepted a batch never re-checks it).
 *
 * <ol>
 *   <li>Request by the sub-centre's archivist.
 *   <li>Spot-check pre-acceptance (抽查预验收) by the acceptance post on {@code ceil(f N)} volumes drawn
 *       with seed {@code S/spot-check/B} (f = 0.05 unless set), with the re-check stage's suite
 *       (paper and catalogue: there are no images yet in phase 1).
 *   <li>Collection by the archive centre's storage keeper.
 *   <li>Acceptance of every volume, item and page by the acceptance post, with the same suite, as
 *       the {@link Examiner} reports it (a person may overlook a volume's defects).
 *   <li>Re-check by the re-check post of {@code ceil(f P)} of the {@code P} volumes the acceptance
 *       post passed, drawn with seed {@code S/re-check/B} ({@link FixedRatioPolicy#recheck}: f from
 *       0.10 to 0.30). What it finds there the acceptance post missed: the miss rate is estimated
 *       from it ({@link DefectRateEstimate}, one stratum of {@code P} volumes, 95%).
 *   <li>The quality analysis report (质量分析报告) to the sub-centre: a {@link RectificationNotice} of
 *       every defect the spot check, the acceptance and the re-check found.
 *   <li>Rectification at the archive centre by the sub-centre's archivist of every volume in the
 *       report, each rectified volume checked again with the same suite, round after round up to
 *       the limit. Digitisation is withheld while a blocking defect remains.
 *   <li>Digitisation (scan, QC, linking 挂接, boxing) by a digitiser: the QC checks what scanning
 *       made (the audit post's and pre-acceptance's checks that the paper checks above do not make:
 *       images against paper and catalogue, their quality, the linking); a volume whose images fail
 *       is rescanned through the {@link Rectifier} and checked again, up to the round limit.
 *       Storage is withheld while a blocking defect remains.
 *   <li>Storage by the storage keeper, the event's note recording the package digest over the
 *       volumes as stored, and the {@link HandOverForm}.
 * </ol>
 *
 * <pre>{@code
 * Phase1 phase1 = Phase1.builder(transfers, context, rectifier, Staffing.firstOnRoster(roster))
 *     .seed("2019-Q4")
 *     .recheckRatio(new BigDecimal("0.20"))
 *     .build();
 * Phase1Outcome out = phase1.run("SC01-2019-1", "SC01", volumes);
 * out.outcome().batch().state();         // "STORED"
 * out.recheckSample().seed();            // "2019-Q4/re-check/SC01-2019-1"
 * out.acceptanceMissRate().overall();    // the acceptance post's estimated miss rate
 * }</pre>
 *
 * <p>Not thread-safe: one run at a time (the {@link Transfers} it drives is thread-safe).
 *
 * @since 0.1.0
 */
public final class Phase1 {
  private static final int PHASE = 1;

  /** The step id of the spot-check pre-acceptance, as its seeds name it. */
  public static final String SPOT_CHECK_STEP = "spot-check";

  /** The confidence of the acceptance post's estimated miss rate. */
  public static final double MISS_RATE_CONFIDENCE = 0.95;

  private static final BigDecimal DEFAULT_SPOT_CHECK = new BigDecimal("0.05");

  private final BatchRun.Setup setup;
  private final Transfers transfers;
  private final Examiner acceptance;
  private final String seed;
  private final BigDecimal spotCheckRatio;
  private final BigDecimal recheckRatio;
  private final int maxRounds;
  private final int parallelism;
  private final CheckContext paperContext;
  private final Suite paperSuite;
  private final CheckContext imageContext;
  private final Suite imageSuite;

  private Phase1(Builder b) {
    this.setup = b.setup;
    this.transfers = b.setup.transfers();
    this.acceptance = b.acceptance;
    this.seed = BatchRun.requireSeed(b.seed);
    this.spotCheckRatio = b.spotCheckRatio;
    this.recheckRatio = b.recheckRatio;
    this.maxRounds = b.maxRounds;
    this.parallelism = b.parallelism;
    CheckContext context = b.setup.context();
    this.paperContext = context.toBuilder().stage(Stage.RE_CHECK).build();
    this.paperSuite = Suite.from(paperContext);
    // Digitisation's QC looks at what scanning made: the audit post's checks of images as they are
    // generated and pre-acceptance's checks of images against the catalogue (linking), less the
    // paper checks already made.
    this.imageContext = context.toBuilder().stage(Stage.ALL).build();
    Set<DefectCode> imageCodes = new TreeSet<>();
    for (Stage s : List.of(Stage.AUDIT_POST, Stage.PRE_ACCEPTANCE)) {
      imageCodes.addAll(Suite.from(context.toBuilder().stage(s).build()).codes());
    }
    imageCodes.removeAll(paperSuite.codes());
    this.imageSuite = Suite.from(imageContext).restrictedTo(imageCodes);
  }

  /**
   * {@return a builder}
   *
   * @param transfers the service whose lifecycle and ledger the batches go through
   * @param context the checks' context (rules, catalogue, clock); each step sets its own stage
   * @param rectifier how a returned volume is rectified, and how a volume whose images fail QC is
   *     rescanned
   * @param staffing who takes each action
   */
  public static Builder builder(
      Transfers transfers, CheckContext context, Rectifier rectifier, Staffing staffing) {
    return new Builder(transfers, context, rectifier, staffing);
  }

  /** Builds a {@link Phase1}. Not thread-safe; setters fail fast. */
  public static final class Builder {
    private final BatchRun.Setup setup;
    private Examiner acceptance = Examiner.thorough();
    private @Nullable String seed;
    private BigDecimal spotCheckRatio = DEFAULT_SPOT_CHECK;
    private BigDecimal recheckRatio = FixedRatioPolicy.RECHECK_MIN_RATIO;
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
     * Sets the share of volumes the spot-check pre-acceptance checks; 0.05 by default.
     *
     * @param ratio the share, in (0, 1]
     * @return this builder
     * @throws InvalidValueException naming {@code spotCheckRatio} when out of range
     */
    public Builder spotCheckRatio(BigDecimal ratio) {
      this.spotCheckRatio = BatchRun.ratio("spotCheckRatio", ratio);
      return this;
    }

    /**
     * Sets the share of what the acceptance post passed that the re-check post re-checks (article
     * §1); 0.10 by default.
     *
     * @param ratio the share, 0.10 to 0.30
     * @return this builder
     * @throws InvalidValueException naming the ratio, the range and the value
     */
    public Builder recheckRatio(BigDecimal ratio) {
      try {
        FixedRatioPolicy.recheck(ratio);
      } catch (InvalidValueException e) {
        throw new InvalidValueException(
            "recheckRatio",
            "the re-check post's share, valid values 0.10 - 0.30",
            ratio.toPlainString());
      }
      this.recheckRatio = ratio;
      return this;
    }

    /**
     * Sets how the acceptance post examines each volume; {@link Examiner#thorough()} by default.
     *
     * @param examiner the acceptance post's examiner
     * @return this builder
     */
    public Builder acceptance(Examiner examiner) {
      this.acceptance = Objects.requireNonNull(examiner, "examiner");
      return this;
    }

    /**
     * Sets how many rounds rectification and rescanning each allow; 5 by default.
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
    public Phase1 build() {
      BatchRun.requireSeed(seed);
      return new Phase1(this);
    }
  }

  /**
   * {@return the checks the acceptance, the re-check and the rectification make: paper and
   * catalogue}
   */
  public Suite paperSuite() {
    return paperSuite;
  }

  /**
   * {@return the checks digitisation's QC makes: the images against paper and catalogue, their
   * quality}
   */
  public Suite imageSuite() {
    return imageSuite;
  }

  /**
   * Carries one batch of a sub-centre's volumes through phase 1.
   *
   * @param batchId the new batch's id
   * @param subCenter the sub-centre forming it
   * @param volumes its volumes, at least one, all of that sub-centre, ids unique
   * @return where the batch ended and everything each step did
   * @throws InvalidValueException for a volume of another sub-centre, an id given twice, a
   *     rectifier that changes a volume's id, an examiner that reports a defect the suite did not
   *     find, or an opening the lifecycle table refuses (the refusal's words: no batch is opened,
   *     so there is no outcome to describe)
   */
  public Phase1Outcome run(String batchId, String subCenter, List<Volume> volumes) {
    try (CheckMemo memo =
        CheckMemo.of(
            setup.context(),
            List.of(paperSuite, imageSuite),
            transfers.ledger().algorithm(),
            parallelism)) {
      return new Run(BatchRun.of(setup, PHASE, memo, batchId, subCenter, volumes)).run();
    }
  }

  /** One batch's run of phase 1: the steps in order over the shared {@link BatchRun}. */
  private final class Run {
    private final BatchRun b;

    /** What is known wrong with each volume before rectification: every defect any step found. */
    private final Map<String, Set<Defect>> known = new LinkedHashMap<>();

    private int returns;
    private int rounds;
    private int digitisationRounds;
    private SamplingRecord.@Nullable BySize spotCheckSample;
    private SamplingRecord.@Nullable BySize recheckSample;
    private @Nullable DefectRateEstimate missRate;
    private @Nullable RectificationNotice report;
    private List<String> passed = List.of();
    private int missed;

    Run(BatchRun b) {
      this.b = b;
    }

    Phase1Outcome run() {
      b.open();
      boolean stored =
          b.act("REQUEST", null, null)
              && spotCheck()
              && b.act("COLLECT", null, "collected " + b.ids.size() + " volumes")
              && accept()
              && recheck()
              && report()
              && rectify()
              && digitise()
              && store();
      BatchOutcome outcome =
          new BatchOutcome(
              transfers.batch(b.batchId).orElseThrow(),
              returns,
              rounds,
              0,
              b.steps,
              null,
              stored ? b.form() : null,
              List.copyOf(b.current.values()),
              b.stopped);
      return new Phase1Outcome(
          outcome,
          spotCheckSample,
          recheckSample,
          passed,
          missed,
          missRate,
          report,
          digitisationRounds);
    }

    private void learn(List<VolumeResult> results) {
      for (VolumeResult r : results) {
        if (r.hasDefects()) {
          known.computeIfAbsent(r.volumeId(), k -> new LinkedHashSet<>()).addAll(r.defects());
        }
      }
    }

    private String checkedNote(String step, List<VolumeResult> results, String sampleSeed) {
      long bad = results.stream().filter(VolumeResult::hasDefects).count();
      long defects = results.stream().mapToLong(r -> r.defects().size()).sum();
      return String.format(
          Locale.ROOT,
          "%s: %d volumes checked%s, %d with %d defects",
          step,
          results.size(),
          sampleSeed.isEmpty() ? "" : " (sample, seed " + sampleSeed + ")",
          bad,
          defects);
    }

    private boolean spotCheck() {
      spotCheckSample =
          Samples.sampleOf(SPOT_CHECK_STEP, b.batchId, b.subCenter, b.ids, spotCheckRatio, seed);
      List<VolumeResult> results = b.check(paperSuite, paperContext, b.volumesOf(spotCheckSample));
      learn(results);
      List<Defect> defects = results.stream().flatMap(r -> r.defects().stream()).toList();
      if (!b.act(
          "SPOT_CHECK",
          b.findings(defects),
          checkedNote(SPOT_CHECK_STEP, results, spotCheckSample.seed()))) {
        return false;
      }
      b.step(Stage.RE_CHECK, 0, "SPOT_CHECK", spotCheckSample, results, null);
      return true;
    }

    private boolean accept() {
      String person = Objects.requireNonNull(b.personFor("ACCEPT"), "acceptance post");
      List<VolumeResult> results =
          b.check(paperSuite, paperContext, List.copyOf(b.current.values()), acceptance, person);
      learn(results);
      passed = results.stream().filter(r -> !r.hasDefects()).map(VolumeResult::volumeId).toList();
      List<Defect> defects = results.stream().flatMap(r -> r.defects().stream()).toList();
      if (!b.act("ACCEPT", b.findings(defects), checkedNote("acceptance", results, ""))) {
        return false;
      }
      b.step(Stage.RE_CHECK, 0, "ACCEPT", null, results, null);
      return true;
    }

    private boolean recheck() {
      List<VolumeResult> results;
      String note;
      if (passed.isEmpty()) {
        results = List.of();
        note = "re-check: the acceptance post passed no volume; nothing to re-check";
      } else {
        recheckSample =
            Samples.sampleOf(
                FixedRatioPolicy.recheck(recheckRatio),
                Stage.RE_CHECK.id(),
                b.batchId,
                b.subCenter,
                passed,
                seed);
        results = b.check(paperSuite, paperContext, b.volumesOf(recheckSample));
        learn(results);
        missed = (int) results.stream().filter(VolumeResult::hasDefects).count();
        missRate =
            DefectRateEstimate.of(
                List.of(
                    new DefectRateEstimate.Observation(
                        StratumKey.ofSubCenter(b.subCenter),
                        passed.size(),
                        results.size(),
                        missed)),
                MISS_RATE_CONFIDENCE);
        note =
            checkedNote("re-check", results, recheckSample.seed())
                + String.format(
                    Locale.ROOT,
                    " of %d the acceptance post passed; estimated miss rate %.4f (%.4f - %.4f)",
                    passed.size(),
                    missRate.overall().rate(),
                    missRate.overall().lower(),
                    missRate.overall().upper());
      }
      List<Defect> defects = results.stream().flatMap(r -> r.defects().stream()).toList();
      if (!b.act("RECHECK", b.findings(defects), note)) {
        return false;
      }
      b.step(Stage.RE_CHECK, 0, "RECHECK", recheckSample, results, null);
      return true;
    }

    /** Every volume with what is known wrong with it, in batch order. */
    private List<VolumeResult> knownResults() {
      List<VolumeResult> out = new ArrayList<>();
      for (Volume v : b.current.values()) {
        Set<Defect> d = known.get(v.id());
        out.add(VolumeResult.of(0, v, d == null ? List.of() : List.copyOf(d)));
      }
      return out;
    }

    private boolean report() {
      List<VolumeResult> results = knownResults();
      report = b.notice(paperSuite, paperContext, results);
      List<Defect> defects = results.stream().flatMap(r -> r.defects().stream()).toList();
      long bad = results.stream().filter(VolumeResult::hasDefects).count();
      String note =
          String.format(
              Locale.ROOT,
              "quality analysis report to %s: %d of %d volumes with %d defects",
              b.subCenter,
              bad,
              results.size(),
              defects.size());
      if (!b.act("REPORT", b.findings(defects), note)) {
        return false;
      }
      if (bad > 0) {
        returns++;
      }
      return true;
    }

    private boolean rectify() {
      List<VolumeResult> results = knownResults();
      List<List<VolumeResult>> passes = new ArrayList<>();
      while (results.stream().anyMatch(VolumeResult::hasDefects) && rounds < maxRounds) {
        rounds++;
        results = b.check(paperSuite, paperContext, b.rectify(results));
        passes.add(results);
      }
      List<Defect> all =
          passes.stream().flatMap(List::stream).flatMap(r -> r.defects().stream()).toList();
      List<String> blocking = b.blockingSeen();
      long left = results.stream().filter(VolumeResult::hasDefects).count();
      String note =
          String.format(
              Locale.ROOT,
              "rectification at the archive centre in %d rounds: %d defects found in the rectified"
                  + " volumes; %d volumes with defects remain, %d of them blocking",
              rounds,
              all.size(),
              left,
              blocking.size());
      if (!b.act("RECTIFY", b.findings(all), note)) {
        return false;
      }
      for (int i = 0; i < passes.size(); i++) {
        b.step(Stage.RE_CHECK, i + 1, "RECTIFY", null, passes.get(i), null);
      }
      if (!blocking.isEmpty()) {
        b.stopped =
            String.format(
                Locale.ROOT,
                "digitisation withheld: %d volumes still have blocking defects after %d rounds of"
                    + " rectification (first %s)",
                blocking.size(),
                rounds,
                Masking.quoted(blocking.get(0)));
        return false;
      }
      return true;
    }

    private boolean digitise() {
      List<List<VolumeResult>> passes = new ArrayList<>();
      List<VolumeResult> results =
          b.check(imageSuite, imageContext, List.copyOf(b.current.values()));
      passes.add(results);
      while (results.stream().anyMatch(VolumeResult::hasDefects)
          && digitisationRounds < maxRounds) {
        digitisationRounds++;
        results = b.check(imageSuite, imageContext, b.rectify(results));
        passes.add(results);
      }
      List<Defect> all =
          passes.stream().flatMap(List::stream).flatMap(r -> r.defects().stream()).toList();
      List<String> blocking = b.blockingSeen();
      String note =
          String.format(
              Locale.ROOT,
              "digitisation of %d volumes (scan, QC, linking, boxing): QC in %d passes found %d"
                  + " defects; %d volumes with blocking defects remain",
              b.ids.size(),
              passes.size(),
              all.size(),
              blocking.size());
      if (!b.act("DIGITISE", b.findings(all), note)) {
        return false;
      }
      for (int i = 0; i < passes.size(); i++) {
        b.step(Stage.PRE_ACCEPTANCE, i, "DIGITISE", null, passes.get(i), null);
      }
      if (!blocking.isEmpty()) {
        b.stopped =
            String.format(
                Locale.ROOT,
                "storage withheld: %d volumes with blocking defects after %d rescans (first %s)",
                blocking.size(),
                digitisationRounds,
                Masking.quoted(blocking.get(0)));
        return false;
      }
      return true;
    }

    private boolean store() {
      List<Volume> all = List.copyOf(b.current.values());
      HandOverForm.Digest digest = b.packageDigest(all);
      return b.act("STORE", null, HandOverForm.note(digest, all.size()));
    }
  }
}
