package org.siarchive.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siarchive.core.testing.Fixtures;

/**
 * Reading a file in byte-range splits, with each split's lines numbered by the prefix sum of the
 * line breaks before it, gives exactly the whole-file read: every line once, at its line number,
 * with the same decoding; and the splits' counts merge into the whole's.
 */
class JsonLinesSplitProperties {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * Valid volumes (each its own id: a file repeats none, and a repetition across splits is only
   * seen by one reader of the whole file), bad records, blank lines, CRLF, a leading BOM, a BOM-led
   * line mid-file.
   */
  private static Gen<byte[]> contents() {
    return in -> {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      if (integers().between(0, 3).generate(in) == 0) {
        b.writeBytes(BOM);
      }
      int lines = integers().between(0, 25).generate(in);
      for (int i = 0; i < lines; i++) {
        String volume =
            ArchiveJson.writeVolume(
                Fixtures.cleanVolume().toBuilder().id("SC01-2024-9" + (10000 + i)).build());
        int kind = integers().between(0, 9).generate(in);
        String text =
            switch (kind) {
              case 0 -> "  \t";
              case 1 -> "";
              case 2 -> "{\"schemaVersion\": 1, \"id\": 7}";
              case 3 -> "not json 档案";
              case 4 -> "\uFEFF" + volume;
              default -> volume;
            };
        b.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        b.writeBytes((integers().between(0, 4).generate(in) == 0 ? "\r\n" : "\n").getBytes());
      }
      byte[] bytes = b.toByteArray();
      if (bytes.length > 0 && integers().between(0, 1).generate(in) == 0) {
        return java.util.Arrays.copyOf(bytes, bytes.length - 1); // no final line break
      }
      return bytes;
    };
  }

  private static String describe(LineResult r) {
    return r instanceof LineResult.Rejected j
        ? r.line() + " rejected " + j.pointer() + " " + j.message()
        : r.line() + " volume " + ((LineResult.Decoded) r).volume().id();
  }

  private static List<String> whole(byte[] bytes, List<ReadSummary> summary) {
    List<String> out = new ArrayList<>();
    try (JsonLinesReader reader = JsonLinesReader.of(new ByteArrayInputStream(bytes))) {
      summary.add(reader.forEach(r -> out.add(describe(r))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Splits at the cut points, each read on its own, numbered by the prefix sum of breaks. */
  private static List<String> bySplits(byte[] bytes, List<Long> bounds, List<ReadSummary> parts) {
    List<String> out = new ArrayList<>();
    long before = 0;
    for (int i = 0; i + 1 < bounds.size(); i++) {
      long start = bounds.get(i);
      long end = bounds.get(i + 1);
      int from = (int) Math.max(0, start - 1);
      ByteArrayInputStream in = new ByteArrayInputStream(bytes, from, bytes.length - from);
      try (JsonLinesReader split = JsonLinesReader.ofSplit(in, start, end)) {
        long base = before;
        parts.add(
            split.forEach(
                r -> out.add(describe(r).replaceFirst("^\\d+", Long.toString(r.line() + base)))));
        before += split.newlinesInSplit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static List<Long> cuts(int length, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    TreeSet<Long> cuts = new TreeSet<>();
    int n = r.nextInt(0, 8);
    for (int i = 0; i < n && length > 1; i++) {
      cuts.add((long) r.nextInt(1, length));
    }
    List<Long> bounds = new ArrayList<>();
    bounds.add(0L);
    bounds.addAll(cuts);
    // The last split may end past the file's end, as a planner's fixed-size splits do.
    bounds.add((long) Math.max(1, length + r.nextInt(0, 3)));
    return bounds;
  }

  @Test
  void splits_readEveryLineOnce_atItsLineNumber() {
    qt().withFixedSeed(20261202L)
        .withExamples(120)
        .forAll(contents(), longs().all())
        .checkAssert(
            (bytes, seed) -> {
              List<ReadSummary> one = new ArrayList<>();
              List<ReadSummary> parts = new ArrayList<>();
              List<Long> bounds = cuts(bytes.length, seed);
              assertThat(bySplits(bytes, bounds, parts)).isEqualTo(whole(bytes, one));
              ReadSummary merged = new ReadSummary(0, 0, 0);
              for (ReadSummary p : parts) {
                merged = merged.merge(p);
              }
              assertThat(merged).isEqualTo(one.get(0));
            });
  }

  @Test
  void breaksCounted_areTheBreaksInTheRange() throws IOException {
    byte[] bytes = "a\nbb\n\nccc\n".getBytes(StandardCharsets.UTF_8);
    // [0,2) holds the break at 1; [2,5) the one at 4; [5,10) those at 5 and 9.
    long[][] ranges = {{0, 2, 1}, {2, 5, 1}, {5, 10, 2}, {3, 4, 0}};
    for (long[] r : ranges) {
      int from = (int) Math.max(0, r[0] - 1);
      try (JsonLinesReader split =
          JsonLinesReader.ofSplit(
              new ByteArrayInputStream(bytes, from, bytes.length - from), r[0], r[1])) {
        split.forEach(x -> {});
        assertThat(split.newlinesInSplit()).as("[%d,%d)", r[0], r[1]).isEqualTo(r[2]);
      }
    }
  }

  @Test
  void badSplits_andAPlainReader_areRefused() throws IOException {
    assertThatThrownBy(() -> JsonLinesReader.ofSplit(new ByteArrayInputStream(new byte[0]), 5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start 5, end 5");
    try (JsonLinesReader plain = JsonLinesReader.of(new ByteArrayInputStream(new byte[0]))) {
      assertThatThrownBy(plain::newlinesInSplit).isInstanceOf(IllegalStateException.class);
    }
  }
}
