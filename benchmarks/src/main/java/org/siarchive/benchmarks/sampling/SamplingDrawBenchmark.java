package org.siarchive.benchmarks.sampling;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.siarchive.sampling.selection.KeyedDraw;

/**
 * The keyed bottom-k draw over 10^6 and 10^7 ids against the floor it cannot beat: hashing {@code
 * seed || 0x00 || id} with SHA-256 for every id and reading the key. Target: draw at most 1.3 times
 * the hashing alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class SamplingDrawBenchmark {
  private static final String SEED = "2024-Q1";

  @Param({"1000000", "10000000"})
  public int population;

  @Param({"100"})
  public int size;

  private String[] ids;
  private List<String> idList;

  @Setup(Level.Trial)
  public void setUp() {
    ids = new String[population];
    for (int i = 0; i < population; i++) {
      ids[i] = String.format("SC%02d-%08d", i % 17, i);
    }
    idList = Arrays.asList(ids);
  }

  /** SHA-256 of seed, 0x00 and each id, and the key read from it: nothing else. */
  @Benchmark
  public long sha256Only() throws NoSuchAlgorithmException, DigestException {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    byte[] s = SEED.getBytes(StandardCharsets.UTF_8);
    byte[] prefix = Arrays.copyOf(s, s.length + 1);
    byte[] out = new byte[32];
    long acc = 0;
    for (String id : ids) {
      sha256.update(prefix);
      sha256.update(id.getBytes(StandardCharsets.UTF_8));
      sha256.digest(out, 0, 32);
      long key = 0;
      for (int b = 0; b < 8; b++) {
        key = (key << 8) | (out[b] & 0xFF);
      }
      acc ^= key;
    }
    return acc;
  }

  /** The bottom-k draw of DESIGN.md section 6, streaming with a bounded heap. */
  @Benchmark
  public List<String> keyedDraw() {
    return KeyedDraw.ofSize(SEED, size).offerAll(idList).selected();
  }
}
