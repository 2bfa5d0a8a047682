package org.siarchive.benchmarks.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.ledger.InclusionProof;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.LedgerStore;
import org.siarchive.core.ledger.LedgerVerification;
import org.siarchive.core.ledger.RootCheck;
import org.siarchive.core.ledger.TreeHead;

/**
 * Verification of a ledger of {@code events} typical transfer events (default 10^6) against hashing
 * the same event bytes alone (one SHA-256 per event, the floor any verifier pays), and an inclusion
 * proof (made and verified) in that ledger. Issue 9's target: verification at most 1.3x hashing
 * alone.
 *
 * <p>What each verification costs, in SHA-256 blocks per event of about 400 bytes (a leaf is seven
 * blocks, a node hash two): {@link #verifyTreeHead} ({@link Ledger#verifyTreeHead}) is one leaf and
 * one node on average (the tree's {@code n - 1} nodes), a floor of 9/7 = 1.29x on one core; it
 * hashes complete subtrees of 4,096 events on every core, so it is compared both with {@link
 * #hashBytesAlone} (one core, the floor) and with {@link #hashBytesAloneOnEveryCore} (the
 * same bytes hashed on every core, the floor of any parallel verifier). {@link
 * #verifyAtCheckpoints} ({@link RootCheck#atCheckpoints}) adds the one-pass canonical check of each
 * event's bytes and the root at every 1024th size: the floor plus the scan. {@link #verify} ({@link
 * RootCheck#EVERY_EVENT}, the default) also needs the root of every prefix, {@code popcount(i) - 1}
 * node hashes for event {@code i} (about 8.6 on average below 10^6, shared by no other prefix), so
 * its hashing alone is about (7 + 2 + 2 x 8.6) / 7 = 3.7x: a verifier that checks every event's
 * {@code previousRoot} cannot meet 1.3x.
 *
 * <p>{@code mvn -o -q -B -pl benchmarks -am package -DskipTests && java -Djmh.ignoreLock=true -jar
 * benchmarks/target/benchmarks.jar LedgerVerifyBenchmark -f 1 -wi 2 -i 5}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx3g"})
public class LedgerVerifyBenchmark {
  @Param({"1000000"})
  public int events;

  private LedgerStore store;
  private Ledger ledger;
  private TreeHead published;
  private final List<byte[]> bytes = new ArrayList<>();
  private final Random random = new Random(9162);

  @Setup(Level.Trial)
  public void build() {
    store = LedgerStore.inMemory();
    ledger = Ledger.open(store, HashAlgorithm.SHA_256);
    for (int i = 0; i < events; i++) {
      ledger.tryAppend(Events.typical(i)).orElseThrow();
    }
    published = ledger.head();
    for (long i = 0; i < events; i += 4096) {
      bytes.addAll(store.read(i, 4096));
    }
  }

  /** The whole verification: parse, canonical check, algorithm, previousRoot chain, tree head. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public LedgerVerification verify() {
    LedgerVerification v = Ledger.verify(store, null, null);
    if (!v.isValid()) {
      throw new IllegalStateException(v.toString());
    }
    return v;
  }

  /**
   * Every check but the {@code previousRoot} between checkpoints: parse, canonical check,
   * algorithm, the root at every 1024th event and after the last, tree head.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public LedgerVerification verifyAtCheckpoints() {
    LedgerVerification v = Ledger.verify(store, null, null, RootCheck.atCheckpoints(1024));
    if (!v.isValid()) {
      throw new IllegalStateException(v.toString());
    }
    return v;
  }

  /** The tree-head check alone: leaf hashes and the tree, compared with the published head. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public LedgerVerification verifyTreeHead() {
    LedgerVerification v = Ledger.verifyTreeHead(store, published);
    if (!v.isValid()) {
      throw new IllegalStateException(v.toString());
    }
    return v;
  }

  /** The floor: one SHA-256 of each event's bytes, nothing else. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] hashBytesAlone() throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    byte[] last = null;
    for (byte[] b : bytes) {
      d.update((byte) 0);
      last = d.digest(b);
    }
    return last;
  }

  /** The floor on every core: one SHA-256 of each event's bytes, the events split by core. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long hashBytesAloneOnEveryCore() {
    int cores = Runtime.getRuntime().availableProcessors();
    int per = (bytes.size() + cores - 1) / cores;
    return java.util.stream.IntStream.range(0, cores)
        .parallel()
        .mapToLong(
            c -> {
              try {
                MessageDigest d = MessageDigest.getInstance("SHA-256");
                long sum = 0;
                for (int i = c * per; i < Math.min(bytes.size(), (c + 1) * per); i++) {
                  d.update((byte) 0);
                  sum += d.digest(bytes.get(i))[0];
                }
                return sum;
              } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
              }
            })
        .sum();
  }

  /** One inclusion proof made and verified in the ledger of {@code events} events. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 3)
  public boolean inclusionProof() {
    InclusionProof p = ledger.proveInclusion(random.nextInt(events), events);
    return p.verify();
  }
}
