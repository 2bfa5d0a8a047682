package org.siarchive.benchmarks.procedure;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.LedgerStore;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.core.transfer.Roster;
import org.siarchive.core.transfer.Transfers;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticRectifier;
import org.siarchive.examples.synthetic.SyntheticRoster;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.procedure.BatchOutcome;
import org.siarchive.rules.procedure.HandOverForm;
import org.siarchive.rules.procedure.Phase2;
import org.siarchive.rules.procedure.Staffing;
import org.siarchive.rules.procedure.Submission;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Suite;
import org.siarchive.rules.retention.RetentionSchedules;

/**
 * Phase 2 end to end over the synthetic city (one batch per sub-centre, all in one in-memory ledger
 * as {@code transfer run} keeps them: self-check of every volume, pre-acceptance of every volume
 * ({@link #phase2EndToEnd}) or of the default policy's 20% sample ({@link #phase2DefaultPolicy}),
 * rectification rounds with the generator's desk, the 5% supervision, hand-over with the package
 * digest, receipt, the hand-over form) against checking the same volumes once with every check (the
 * baseline), and against the baseline plus the package digest once ({@link #checkAndDigestOnce}),
 * the least any run that records a batch's digest does. Target: the procedure costs at most 1.5x
 * the baseline. The procedure runs with a parallelism of every core; {@link #checkOnceOnEveryCore}
 * is the baseline on as many, and {@link #checkAndDigestOnEveryCore} the floor on as many. Volumes
 * are made in memory in the setup, so neither side pays for decoding; the rectification desk is
 * made once for the trial, so that after the first run the generator does not make each returned
 * volume's versions again (that is the host's cost, not the procedure's; the desk's answers are
 * pure functions of the city, the volume and the attempt, so every run meets the same versions).
 *
 * <p>The warm-up is long because a run goes through much more code than the checks, and the JIT
 * compiler is busy with it for about 40 seconds: on the 2-core machine of the closing notes, a run
 * of the city took 470 ms after 7 s, 300 ms after 18 s and 190 ms from 35 s on, while the baseline
 * is steady after 5 s. A shorter warm-up measures the compiler's threads competing with the run's
 * for the cores, not the run. Keep the default warm-up when comparing the two:
 *
 * <pre>
 * java -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar \
 *     'Phase2Benchmark.(checkOnce|checkAndDigestOnEveryCore|phase2EndToEnd)$' -f 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class Phase2Benchmark {
  private static final BigDecimal DEFAULT_PRE_ACCEPTANCE = new BigDecimal("0.20");

  @Param("20000")
  int volumes;

  private SyntheticCity city;
  private Roster roster;
  private CheckContext context;
  private Suite all;
  private List<Volume> flat;
  private Map<String, List<Volume>> bySubCenter;
  private SyntheticRectifier desk;
  private List<Submission> batches;
  private final Clock clock = Clock.fixed(Instant.parse("2025-01-10T01:00:00Z"), ZoneOffset.UTC);

  @Setup(Level.Trial)
  public void setUp() {
    city = SyntheticCity.of(20201026L);
    roster = SyntheticRoster.of(city);
    context =
        CheckContext.builder(MaterialRules.bundledIllustrative())
            .clock(clock)
            .retention(
                RetentionSchedules.withBundledEditions()
                    .rulesInForce(
                        RetentionSchedules.NATIONAL,
                        clock.instant().atZone(clock.getZone()).toLocalDate()))
            .build();
    all = Suite.from(context);
    desk = SyntheticRectifier.of(city, 0.2, 0.1);
    flat = new ArrayList<>();
    bySubCenter = new LinkedHashMap<>();
    city.volumes(volumes)
        .forEach(
            sv -> {
              flat.add(sv.volume());
              bySubCenter
                  .computeIfAbsent(sv.volume().subCenterId(), k -> new ArrayList<>())
                  .add(sv.volume());
            });
    batches = new ArrayList<>();
    bySubCenter.forEach((sc, vs) -> batches.add(new Submission(sc + "-B", sc, vs)));
  }

  /** The baseline: every check, once, over every volume. */
  @Benchmark
  public long checkOnce() {
    long defects = 0;
    for (Volume v : flat) {
      defects += all.check(v, context).size();
    }
    return defects;
  }

  /**
   * The baseline on every core, as the procedure checks when its parallelism is every core: the
   * same checks over the same volumes on the common pool.
   */
  @Benchmark
  public long checkOnceOnEveryCore() {
    return flat.parallelStream().mapToLong(v -> all.check(v, context).size()).sum();
  }

  /**
   * The floor of any phase-2 run: every check once over every volume, and the package digest once
   * over every sub-centre's volume records (their canonical bytes and the hash), which the batch
   * must record when it opens.
   */
  @Benchmark
  public long checkAndDigestOnce() {
    long defects = checkOnce();
    for (List<Volume> batch : bySubCenter.values()) {
      defects += HandOverForm.packageDigest(batch, HashAlgorithm.SHA_256).value().length();
    }
    return defects;
  }

  /**
   * The floor on every core: every check and every record's hash for the package manifest, once per
   * volume, on the common pool (the manifest's own hash, 65 bytes a record, is left out). A phase-2
   * run does at least this, plus the rectified versions and the desk.
   */
  @Benchmark
  public long checkAndDigestOnEveryCore() {
    return flat.parallelStream()
        .mapToLong(v -> all.check(v, context).size() + recordHash(v).length)
        .sum();
  }

  /** Each thread's digest for {@link #recordHash}. */
  private static final ThreadLocal<MessageDigest> DIGESTS =
      ThreadLocal.withInitial(HashAlgorithm.SHA_256::newMessageDigest);

  /** A record's hash for the manifest, as the procedure makes it: from the writer's buffer. */
  private static byte[] recordHash(Volume v) {
    MessageDigest md = DIGESTS.get();
    ArchiveJson.writeCanonicalVolume(v, md);
    return md.digest();
  }

  /**
   * Phase 2 for every sub-centre, end to end, pre-acceptance checking every volume: the batches in
   * one ledger through {@link Phase2#runAll}, as {@code transfer run} carries them.
   */
  @Benchmark
  public long phase2EndToEnd() {
    return phase2(BigDecimal.ONE, true);
  }

  /**
   * Phase 2 for every sub-centre, end to end, with the default policy's sample at pre-acceptance
   * (20%, as {@code Parameters.defaults()} and the demo draw it).
   */
  @Benchmark
  public long phase2DefaultPolicy() {
    return phase2(DEFAULT_PRE_ACCEPTANCE, true);
  }

  /**
   * {@link #phase2EndToEnd} with {@link Phase2#run} called for one batch after another: what {@link
   * Phase2#runAll} gains by checking the next batches while one takes its steps.
   */
  @Benchmark
  public long phase2OneBatchAtATime() {
    return phase2(BigDecimal.ONE, false);
  }

  private long phase2(BigDecimal preAcceptance, boolean all) {
    Ledger ledger = Ledger.open(LedgerStore.inMemory(), HashAlgorithm.SHA_256);
    Transfers transfers = Transfers.of(LifecycleTable.bundled(), roster, ledger, clock);
    Phase2 phase2 =
        Phase2.builder(transfers, context, desk, Staffing.firstOnRoster(roster))
            .seed("bench")
            .parallelism(Runtime.getRuntime().availableProcessors())
            .preAcceptanceRatio(preAcceptance)
            .build();
    List<BatchOutcome> outs = new ArrayList<>();
    if (all) {
      outs.addAll(phase2.runAll(batches));
    } else {
      for (Submission b : batches) {
        outs.add(phase2.run(b.batchId(), b.subCenter(), b.volumes()));
      }
    }
    long events = ledger.head().treeSize();
    for (BatchOutcome out : outs) {
      events += out.steps().size();
    }
    return events;
  }
}
