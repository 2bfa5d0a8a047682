package org.siarchive.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.siarchive.core.testing.Fixtures;

/**
 * Fuzzing the reader (issue 14): random byte edits of valid lines never make it throw; every line
 * that holds a record is decoded or rejected, and read = valid + rejected. Each example's edits
 * come from a {@link SplittableRandom} seeded by the example, so a failure replays exactly.
 */
class MalformedLineProperties {
  private static final byte[] GOOD = ArchiveJson.writeVolumeBytes(Fixtures.cleanVolume());
  private static final byte[] INTERESTING =
      "{}[]\",:\\\n\r\t 0-1eE+.nultrfa".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** A valid line with 1 to 8 random edits: a byte replaced, inserted or deleted. */
  private static byte[] edited(SplittableRandom random) {
    List<Byte> bytes = new ArrayList<>(GOOD.length + 8);
    for (byte b : GOOD) {
      bytes.add(b);
    }
    int edits = 1 + random.nextInt(8);
    for (int i = 0; i < edits && !bytes.isEmpty(); i++) {
      int at = random.nextInt(bytes.size());
      byte b =
          random.nextBoolean()
              ? INTERESTING[random.nextInt(INTERESTING.length)]
              : (byte) random.nextInt(256);
      switch (random.nextInt(3)) {
        case 0 -> bytes.set(at, b);
        case 1 -> bytes.add(at, b);
        default -> bytes.remove(at);
      }
    }
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }

  /** The lines that hold a record, counted independently of the reader. */
  private static int recordLines(byte[] input) {
    int count = 0;
    int start =
        input.length >= 3
                && (input[0] & 0xff) == 0xEF
                && (input[1] & 0xff) == 0xBB
                && (input[2] & 0xff) == 0xBF
            ? 3
            : 0;
    boolean blank = true;
    for (int i = start; i <= input.length; i++) {
      if (i == input.length || input[i] == '\n') {
        if (!blank) {
          count++;
        }
        blank = true;
      } else if (input[i] != ' ' && input[i] != '\t' && input[i] != '\r') {
        blank = false;
      }
    }
    return count;
  }

  @Test
  void randomByteEdits_neverThrow_andEveryRecordLineIsDecodedOrRejected() {
    qt().withFixedSeed(20261202L)
        .withExamples(400)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              ByteArrayOutputStream input = new ByteArrayOutputStream();
              int lines = 1 + random.nextInt(4);
              for (int i = 0; i < lines; i++) {
                byte[] line = random.nextInt(4) == 0 ? GOOD : edited(random);
                input.write(line, 0, line.length);
                input.write('\n');
              }
              byte[] bytes = input.toByteArray();
              List<LineResult> results = new ArrayList<>();
              ReadSummary summary;
              try (JsonLinesReader reader = JsonLinesReader.of(new ByteArrayInputStream(bytes))) {
                summary = reader.forEach(results::add);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertThat(summary.read()).isEqualTo(recordLines(bytes));
              assertThat(summary.valid() + summary.rejected()).isEqualTo(summary.read());
              assertThat(results).hasSize((int) summary.read());
              for (LineResult r : results) {
                if (r instanceof LineResult.Rejected rejected) {
                  assertThat(rejected.message()).isNotBlank();
                  assertThat(rejected.line()).isBetween(1L, (long) bytes.length);
                }
              }
            });
  }
}
