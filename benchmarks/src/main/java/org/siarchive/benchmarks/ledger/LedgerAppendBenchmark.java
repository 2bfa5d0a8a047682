package org.siarchive.benchmarks.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.LedgerStore;

/**
 * Appends per second of one writer: a typical transfer event canonicalised, hashed into the tree
 * and stored durably (the file store forces each line to the device; PostgreSQL commits each row).
 *
 * <p>{@code mvn -o -B -q package -DskipTests -pl benchmarks -am && java -jar
 * benchmarks/target/benchmarks.jar LedgerAppendBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class LedgerAppendBenchmark {
  @Param({"memory", "file", "postgresql"})
  public String store;

  @Param({"SHA-256", "SM3"})
  public String algorithm;

  private EmbeddedPostgres postgres;
  private Path dir;
  private LedgerStore ledgerStore;
  private Ledger ledger;
  private long i;

  @Setup(Level.Trial)
  public void open() throws Exception {
    switch (store) {
      case "memory" -> ledgerStore = LedgerStore.inMemory();
      case "file" -> {
        dir = Files.createTempDirectory("ledger-bench");
        ledgerStore = LedgerStore.jsonLines(dir.resolve("ledger.jsonl"));
      }
      case "postgresql" -> {
        postgres = EmbeddedPostgres.start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
            Statement s = c.createStatement()) {
          s.execute(LedgerStore.jdbcSchema());
        }
        ledgerStore = LedgerStore.jdbc(postgres.getPostgresDatabase(), "bench");
      }
      default -> throw new IllegalArgumentException(store);
    }
    ledger = Ledger.open(ledgerStore, HashAlgorithm.parse(algorithm));
  }

  @Benchmark
  public long append() {
    return ledger.tryAppend(Events.typical(i++)).orElseThrow();
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    ledgerStore.close();
    if (postgres != null) {
      postgres.close();
    }
    if (dir != null) {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }
}
