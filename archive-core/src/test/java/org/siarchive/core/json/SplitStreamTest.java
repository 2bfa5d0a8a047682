package org.siarchive.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The byte stream of one split, over every split of small files: it holds exactly the lines whose
 * first byte lies in the split, and counts exactly the line breaks in it, whether read a byte at a
 * time or in small blocks (the oracle below works on the whole file's bytes).
 */
class SplitStreamTest {
  private static final String[] FILES = {
    "a\nbb\n\nccc\n", "x\u0000y\n\u0000\nzz", "\n\n\n", "one line, no break", "é\r\n档\n\n"
  };

  private static int breaks(byte[] f, long from, long to) {
    int n = 0;
    for (long k = Math.max(0, from); k < Math.min(f.length, to); k++) {
      n += f[(int) k] == '\n' ? 1 : 0;
    }
    return n;
  }

  /** The bytes of the lines whose first byte is in [start, end). */
  private static byte[] expected(byte[] f, long start, long end) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long lineStart = 0;
    for (int k = 0; k <= f.length; k++) {
      if (k == f.length || f[k] == '\n') {
        int to = k == f.length ? k : k + 1;
        if (lineStart >= start && lineStart < end && lineStart < f.length) {
          out.write(f, (int) lineStart, (int) (to - lineStart));
        }
        lineStart = k + 1;
      }
    }
    return out.toByteArray();
  }

  private static SplitStream open(byte[] f, long start, long end) throws IOException {
    int from = (int) Math.min(f.length, Math.max(0, start - 1));
    return SplitStream.open(new ByteArrayInputStream(f, from, f.length - from), start, end);
  }

  @Test
  void everySplit_holdsTheLinesStartingInIt_andCountsItsBreaks_readByteByByte() throws IOException {
    for (String text : FILES) {
      byte[] f = text.getBytes(StandardCharsets.UTF_8);
      for (long start = 0; start <= f.length + 1; start++) {
        for (long end = start + 1; end <= f.length + 2; end++) {
          String at = String.format("%s [%d,%d)", Arrays.toString(f), start, end);
          try (SplitStream s = open(f, start, end)) {
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            for (int b = s.read(); b >= 0; b = s.read()) {
              got.write(b);
            }
            assertThat(s.read()).as(at).isEqualTo(-1);
            assertThat(got.toByteArray()).as(at).isEqualTo(expected(f, start, end));
            assertThat(s.newlines()).as(at).isEqualTo(breaks(f, start, end));
          }
        }
      }
    }
  }

  @Test
  void everySplit_readInBlocksOfThree_isTheSameAsByteByByte() throws IOException {
    for (String text : FILES) {
      byte[] f = text.getBytes(StandardCharsets.UTF_8);
      for (long start = 0; start <= f.length + 1; start++) {
        for (long end = start + 1; end <= f.length + 2; end++) {
          String at = String.format("%s [%d,%d)", Arrays.toString(f), start, end);
          try (SplitStream s = open(f, start, end)) {
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] block = new byte[5];
            assertThat(s.read(block, 1, 0)).isZero();
            for (int n = s.read(block, 1, 3); n >= 0; n = s.read(block, 1, 3)) {
              got.write(block, 1, n);
            }
            assertThat(got.toByteArray()).as(at).isEqualTo(expected(f, start, end));
            assertThat(s.newlines()).as(at).isEqualTo(breaks(f, start, end));
          }
        }
      }
    }
  }
}
