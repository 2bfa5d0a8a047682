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

/**
 * Verification of a ledger of {@code events} typical transfer events (default 10^6) against
 * hashing the same event bytes alone (one SHA-256 per event, the floor any verifier pays), and an
 * inclusion proof (made and verified) in that ledger.
 *
 * <p>{@code mvn -o -B -q package -DskipTests -pl benchmarks -am && java -jar
 * benchmarks/target/benchmarks.jar LedgerVerifyBenchmark}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class LedgerVerifyBenchmark {
  @Param({"1000000"})
  public int events;

  private LedgerStore store;
  private Ledger ledger;
  private final List<byte[]> bytes = new ArrayList<>();
  private final Random random = new Random(9162);

  @Setup(Level.Trial)
  public void build() {
    store = LedgerStore.inMemory();
    ledger = Ledger.open(store, HashAlgorithm.SHA_256);
    for (int i = 0; i < events; i++) {
      ledger.tryAppend(Events.typical(i)).orElseThrow();
    }
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
