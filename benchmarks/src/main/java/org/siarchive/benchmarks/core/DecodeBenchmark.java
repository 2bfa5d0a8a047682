package org.siarchive.benchmarks.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.json.RawLine;
import org.siarchive.examples.synthetic.SyntheticCity;

/**
 * Decoding JSON Lines volumes into the validated model ({@link JsonLinesReader#decode}) against a
 * raw Jackson streaming parse of the same bytes that reads every token's value (the baseline).
 * Target: the model decode costs at most 2x the raw parse. Each operation decodes one city batch of
 * {@code volumes} lines; compare the two scores directly.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DecodeBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecodeBenchmark {

  @Param("2000")
  int volumes;

  private byte[][] lines;
  private final JsonFactory factory = new JsonFactory();

  @Setup
  public void setUp() {
    SyntheticCity city = SyntheticCity.of(20201026L);
    lines =
        city.volumes(volumes)
            .map(sv -> ArchiveJson.writeVolumeBytes(sv.volume()))
            .toArray(byte[][]::new);
  }

  /** The baseline: Jackson's streaming parser over every token, reading each value. */
  @Benchmark
  public void rawParse(Blackhole bh) throws IOException {
    for (byte[] line : lines) {
      try (JsonParser p = factory.createParser(line)) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          switch (t) {
            case FIELD_NAME:
            case VALUE_STRING:
              bh.consume(p.getText());
              break;
            case VALUE_NUMBER_INT:
              bh.consume(p.getLongValue());
              break;
            case VALUE_TRUE:
            case VALUE_FALSE:
              bh.consume(p.getBooleanValue());
              break;
            default:
              bh.consume(t);
          }
        }
      }
    }
  }

  /** The model: strict decode and validation of every line into a {@code Volume}. */
  @Benchmark
  public void modelDecode(Blackhole bh) {
    long n = 0;
    for (byte[] line : lines) {
      LineResult r = JsonLinesReader.decode(RawLine.of(++n, line, false));
      if (!(r instanceof LineResult.Decoded)) {
        throw new IllegalStateException(r.toString());
      }
      bh.consume(r);
    }
  }
}
