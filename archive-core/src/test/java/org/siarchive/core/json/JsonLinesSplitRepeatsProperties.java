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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siarchive.core.testing.Fixtures;

/**
 * Volume ids repeated anywhere in a file, read in byte-range splits numbered after the lines before
 * them ({@code ofSplit(in, start, end, linesBefore)}) and told the ids the earlier splits admitted
 * ({@code admitEarlier}, from their {@code admitted()}), give exactly the whole-file read: the same
 * lines, the same rejections of repeated ids with the same first line named.
 */
class JsonLinesSplitRepeatsProperties {

  /** Volumes whose ids come from a pool of five, bad records, blank lines, CRLF. */
  private static Gen<byte[]> contents() {
    return in -> {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      int lines = integers().between(0, 30).generate(in);
      for (int i = 0; i < lines; i++) {
        String id = "SC01-2024-9" + (10000 + integers().between(0, 4).generate(in));
        String volume = ArchiveJson.writeVolume(Fixtures.cleanVolume().toBuilder().id(id).build());
        String text =
            switch (integers().between(0, 7).generate(in)) {
              case 0 -> "";
              case 1 -> volume.substring(0, volume.length() / 2); // a bad record
              default -> volume;
            };
        b.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        b.writeBytes((integers().between(0, 3).generate(in) == 0 ? "\r\n" : "\n").getBytes());
      }
      return b.toByteArray();
    };
  }

  private static String describe(LineResult r) {
    return r instanceof LineResult.Rejected j
        ? r.line() + " rejected " + j.pointer() + " " + j.message()
        : r.line() + " volume " + ((LineResult.Decoded) r).volume().id();
  }

  private static List<String> whole(byte[] bytes) {
    List<String> out = new ArrayList<>();
    try (JsonLinesReader reader = JsonLinesReader.of(new ByteArrayInputStream(bytes))) {
      reader.forEach(r -> out.add(describe(r)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> bySplits(byte[] bytes, List<Long> bounds) {
    List<String> out = new ArrayList<>();
    Map<String, Long> earlier = new LinkedHashMap<>();
    long before = 0;
    for (int i = 0; i + 1 < bounds.size(); i++) {
      long start = bounds.get(i);
      long end = bounds.get(i + 1);
      int from = (int) Math.max(0, start - 1);
      ByteArrayInputStream in = new ByteArrayInputStream(bytes, from, bytes.length - from);
      try (JsonLinesReader split = JsonLinesReader.ofSplit(in, start, end, before)) {
        earlier.forEach(split::admitEarlier);
        split.forEach(r -> out.add(describe(r)));
        split.admitted().forEach(earlier::putIfAbsent);
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
    bounds.add((long) Math.max(1, length + r.nextInt(0, 3)));
    return bounds;
  }

  @Test
  void splitsToldTheEarlierIds_rejectRepeatsAsTheWholeRead() {
    qt().withFixedSeed(20261213L)
        .withExamples(100)
        .forAll(contents(), longs().all())
        .checkAssert(
            (bytes, seed) ->
                assertThat(bySplits(bytes, cuts(bytes.length, seed))).isEqualTo(whole(bytes)));
  }

  @Test
  void aRepeatOfAnEarlierSplitsId_namesItsLine_andAdmittedListsFirstLines() throws IOException {
    String v =
        ArchiveJson.writeVolume(Fixtures.cleanVolume().toBuilder().id("SC01-2024-900001").build());
    byte[] bytes = ("\n" + v + "\n" + v + "\n").getBytes(StandardCharsets.UTF_8);
    try (JsonLinesReader split =
        JsonLinesReader.ofSplit(new ByteArrayInputStream(bytes), 0, bytes.length, 40)) {
      split.admitEarlier("SC01-2024-900001", 17);
      List<String> seen = new ArrayList<>();
      split.forEach(r -> seen.add(describe(r)));
      assertThat(seen)
          .containsExactly(
              "42 rejected /id duplicate volume id SC01-2024-900001: first on line 17",
              "43 rejected /id duplicate volume id SC01-2024-900001: first on line 17");
      assertThat(split.admitted()).containsExactly(Map.entry("SC01-2024-900001", 17L));
    }
    try (JsonLinesReader split =
        JsonLinesReader.ofSplit(new ByteArrayInputStream(bytes), 0, bytes.length, 0)) {
      split.admitEarlier("X", 3);
      assertThatThrownBy(() -> split.admitEarlier("X", 4))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already admitted on line 3");
      assertThatThrownBy(() -> split.admitEarlier("Y", 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid value for line (valid values 1 or more): 0");
    }
    assertThatThrownBy(() -> JsonLinesReader.ofSplit(new ByteArrayInputStream(bytes), 0, 5, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("linesBefore -1");
  }
}
