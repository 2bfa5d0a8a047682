package org.siarchive.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The line splitter against a plain oracle, whatever sizes the input arrives in. */
class JsonLinesReaderProperties {

  /** Content made of short and long lines, blank lines, CRLF and a leading BOM at times. */
  private static Gen<String> contents() {
    return in -> {
      StringBuilder b = new StringBuilder();
      if (integers().between(0, 3).generate(in) == 0) {
        b.append('\uFEFF');
      }
      int lines = integers().between(0, 12).generate(in);
      for (int i = 0; i < lines; i++) {
        int kind = integers().between(0, 9).generate(in);
        if (kind == 0) {
          b.append("   ");
        } else if (kind == 1) {
          b.append("x".repeat(integers().between(60_000, 140_000).generate(in)));
        } else {
          int n = integers().between(1, 40).generate(in);
          for (int k = 0; k < n; k++) {
            String alphabet = "ab{}\"档:1 \t";
            b.append(alphabet.charAt(integers().between(0, alphabet.length() - 1).generate(in)));
          }
        }
        b.append(integers().between(0, 4).generate(in) == 0 ? "\r\n" : "\n");
      }
      if (integers().between(0, 1).generate(in) == 0 && lines > 0) {
        b.setLength(b.length() - 1); // no final line break
      }
      return b.toString();
    };
  }

  /** The oracle: split on \n, drop one \r before it, skip blank lines, number lines from 1. */
  private static List<String> oracle(String content) {
    String s = content.startsWith("\uFEFF") ? content.substring(1) : content;
    List<String> out = new ArrayList<>();
    if (s.isEmpty()) {
      return out;
    }
    String[] parts = s.split("\n", -1);
    int count = s.endsWith("\n") ? parts.length - 1 : parts.length;
    for (int i = 0; i < count; i++) {
      String line =
          parts[i].endsWith("\r") ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
      if (line.chars().anyMatch(c -> c != ' ' && c != '\t' && c != '\r')) {
        out.add((i + 1) + ":" + line);
      }
    }
    return out;
  }

  /** Hands out the bytes in pieces of random size, as a slow network or pipe would. */
  private static InputStream trickle(byte[] bytes, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + r.nextInt(r.nextBoolean() ? 3 : 70_000)));
      }
    };
  }

  private static List<String> read(byte[] bytes, long seed, int maxLine) {
    List<String> out = new ArrayList<>();
    try (JsonLinesReader reader = JsonLinesReader.of(trickle(bytes, seed), maxLine)) {
      for (RawLine raw = reader.nextRaw(); raw != null; raw = reader.nextRaw()) {
        out.add(
            raw.number()
                + ":"
                + (raw.tooLong() ? "<too long>" : new String(raw.bytes(), StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void lines_equalTheOracle_whateverTheReadSizes() {
    qt().withFixedSeed(20261127L)
        .withExamples(150)
        .forAll(contents(), longs().all())
        .checkAssert(
            (content, seed) ->
                assertThat(
                        read(
                            content.getBytes(StandardCharsets.UTF_8),
                            seed,
                            JsonLinesReader.DEFAULT_MAX_LINE_BYTES))
                    .isEqualTo(oracle(content)));
  }

  @Test
  void tooLongLines_areMarked_andTheNextLineIsIntact() {
    qt().withFixedSeed(3L)
        .withExamples(60)
        .forAll(contents(), longs().all())
        .checkAssert(
            (content, seed) -> {
              List<String> expected = new ArrayList<>();
              for (String l : oracle(content)) {
                String text = l.substring(l.indexOf(':') + 1);
                expected.add(
                    text.getBytes(StandardCharsets.UTF_8).length > 50_000
                        ? l.substring(0, l.indexOf(':') + 1) + "<too long>"
                        : l);
              }
              assertThat(read(content.getBytes(StandardCharsets.UTF_8), seed, 50_000))
                  .isEqualTo(expected);
            });
  }

  @Test
  void byteOrderMark_splitAcrossReads_isStillSkipped() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    b.write("{}\n".getBytes(StandardCharsets.UTF_8));
    for (long seed = 0; seed < 20; seed++) {
      assertThat(read(b.toByteArray(), seed, 100)).containsExactly("1:{}");
    }
  }
}
