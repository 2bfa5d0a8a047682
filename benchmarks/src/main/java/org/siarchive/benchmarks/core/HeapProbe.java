package org.siarchive.benchmarks.core;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.ReadSummary;

/**
 * Decodes a (large) JSON Lines file and reports the heap the JVM kept after collections, to show
 * that decoding streams in constant memory. Run with a small heap:
 *
 * <pre>
 * java -jar examples/target/siarchive.jar generate --volumes 380000 --seed 1 --out /tmp/big.jsonl
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar org.siarchive.benchmarks.core.HeapProbe /tmp/big.jsonl
 * </pre>
 *
 * <p>Prints, every 50,000 records, the records read so far and the live heap: the heap in use right
 * after a full collection ({@code System.gc()} at each checkpoint). A flat figure means the reader
 * holds nothing from one record to the next.
 */
public final class HeapProbe {
  private HeapProbe() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    long size = Files.size(file);
    long start = System.nanoTime();
    long[] seen = {0};
    ReadSummary summary;
    try (JsonLinesReader reader = JsonLinesReader.open(file)) {
      summary =
          reader.forEach(
              r -> {
                if (++seen[0] % 50_000 == 0) {
                  System.out.printf(
                      Locale.ROOT,
                      "%,10d records  live heap %6.1f MiB%n",
                      seen[0],
                      afterGc() / 1048576.0);
                }
              });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: %,d bytes, read %d, valid %d, rejected %d in %.1f s (%.0f MB/s); max heap %d MiB%n",
        file,
        size,
        summary.read(),
        summary.valid(),
        summary.rejected(),
        seconds,
        size / 1e6 / seconds,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static long afterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
