package org.siarchive.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.core.model.Volume;
import org.siarchive.core.testing.Fixtures;

class JsonLinesReaderTest {
  private static final String GOOD = ArchiveJson.writeVolume(Fixtures.cleanVolume());

  /** Another clean volume: ids are unique in a file. */
  private static final Volume OTHER_VOLUME =
      Fixtures.cleanVolume().toBuilder().id("SC01-2024-000002").build();

  private static final String OTHER = ArchiveJson.writeVolume(OTHER_VOLUME);

  private static List<LineResult> readAll(byte[] bytes, int maxLine, ReadSummary[] summary)
      throws IOException {
    List<LineResult> out = new ArrayList<>();
    try (JsonLinesReader r = JsonLinesReader.of(new ByteArrayInputStream(bytes), maxLine)) {
      summary[0] = r.forEach(out::add);
    }
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void badLines_areReportedAndReadingGoesOn() throws IOException {
    String input =
        GOOD
            + "\n"
            + "{not json\n"
            + "\n"
            + GOOD.replace("\"year\":2024", "\"year\":-5")
            + "\r\n"
            + OTHER
            + "\n";
    ReadSummary[] s = new ReadSummary[1];
    List<LineResult> results = readAll(utf8(input), JsonLinesReader.DEFAULT_MAX_LINE_BYTES, s);
    assertThat(s[0]).isEqualTo(new ReadSummary(4, 2, 2));
    assertThat(results).extracting(LineResult::line).containsExactly(1L, 2L, 4L, 5L);
    assertThat(results.get(1)).isInstanceOf(LineResult.Rejected.class);
    LineResult.Rejected year = (LineResult.Rejected) results.get(2);
    assertThat(year.pointer()).isEqualTo("/year");
    assertThat(year.message()).isEqualTo("Invalid value for year (valid values 1000 - 9999): -5");
    assertThat(((LineResult.Decoded) results.get(3)).volume()).isEqualTo(OTHER_VOLUME);
  }

  @Test
  void byteOrderMark_atFileStart_isSkipped_elsewhereRejected() throws IOException {
    String input = "\uFEFF" + GOOD + "\n\uFEFF" + GOOD + "\n";
    ReadSummary[] s = new ReadSummary[1];
    List<LineResult> results = readAll(utf8(input), JsonLinesReader.DEFAULT_MAX_LINE_BYTES, s);
    assertThat(s[0]).isEqualTo(new ReadSummary(2, 1, 1));
    assertThat(results.get(0)).isInstanceOf(LineResult.Decoded.class);
    assertThat(((LineResult.Rejected) results.get(1)).message())
        .startsWith("byte-order mark (U+FEFF) before the JSON value");
  }

  @Test
  void tooLongLine_isRejectedWithoutHoldingIt() throws IOException {
    String input = GOOD + "\n" + "x".repeat(5000) + "\n" + OTHER;
    ReadSummary[] s = new ReadSummary[1];
    List<LineResult> results = readAll(utf8(input), utf8(OTHER).length + 10, s);
    assertThat(s[0]).isEqualTo(new ReadSummary(3, 2, 1));
    assertThat(((LineResult.Rejected) results.get(1)).message())
        .isEqualTo("line is longer than the limit of the reader");
  }

  @Test
  void invalidUtf8Line_isRejectedByLine() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(utf8(GOOD + "\n"));
    b.write(
        new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    b.write(utf8(OTHER));
    ReadSummary[] s = new ReadSummary[1];
    List<LineResult> results = readAll(b.toByteArray(), JsonLinesReader.DEFAULT_MAX_LINE_BYTES, s);
    assertThat(s[0]).isEqualTo(new ReadSummary(3, 2, 1));
    LineResult.Rejected r = (LineResult.Rejected) results.get(1);
    assertThat(r.line()).isEqualTo(2);
    assertThat(r.message()).contains("Invalid UTF-8");
  }

  @Test
  void writerThenReader_roundTrips() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Volume v = Fixtures.cleanVolume();
    try (JsonLinesWriter w = JsonLinesWriter.of(out)) {
      w.write(v);
      w.write(v.toBuilder().id("SC01-2024-000002").build());
      assertThat(w.written()).isEqualTo(2);
    }
    ReadSummary[] s = new ReadSummary[1];
    List<LineResult> results =
        readAll(out.toByteArray(), JsonLinesReader.DEFAULT_MAX_LINE_BYTES, s);
    assertThat(s[0]).isEqualTo(new ReadSummary(2, 2, 0));
    assertThat(((LineResult.Decoded) results.get(1)).volume().id()).isEqualTo("SC01-2024-000002");
  }

  @Test
  void emptyInput_readsNothing() throws IOException {
    ReadSummary[] s = new ReadSummary[1];
    assertThat(readAll(new byte[0], 100, s)).isEmpty();
    assertThat(s[0]).isEqualTo(new ReadSummary(0, 0, 0));
  }

  @Test
  void repeatedVolumeId_rejectedNamingBothLines_andCountsAddUp() throws IOException {
    Volume other = Fixtures.cleanVolume();
    String second = GOOD.replace("\"id\":\"" + other.id() + "\"", "\"id\":\"" + other.id() + "b\"");
    assertThat(second).isNotEqualTo(GOOD);
    String input = GOOD + "\n" + second + "\n\n" + GOOD + "\n";
    ReadSummary[] s = new ReadSummary[1];
    List<LineResult> results = readAll(utf8(input), JsonLinesReader.DEFAULT_MAX_LINE_BYTES, s);
    assertThat(s[0]).isEqualTo(new ReadSummary(3, 2, 1));
    assertThat(results.get(1)).isInstanceOf(LineResult.Decoded.class);
    LineResult.Rejected repeated = (LineResult.Rejected) results.get(2);
    assertThat(repeated.line()).isEqualTo(4);
    assertThat(repeated.pointer()).isEqualTo("/id");
    assertThat(repeated.message())
        .isEqualTo("duplicate volume id " + other.id() + ": first on line 1");
  }

  private static List<RawLine> raw(JsonLinesReader r) throws IOException {
    List<RawLine> out = new ArrayList<>();
    for (RawLine l = r.nextRaw(); l != null; l = r.nextRaw()) {
      out.add(l);
    }
    return out;
  }

  @Test
  void lineOfExactlyTheLimit_isKept_andOneByteMoreIsTooLong() throws IOException {
    try (JsonLinesReader r =
        JsonLinesReader.of(new ByteArrayInputStream(utf8("12345\n123456\n1\n")), 5)) {
      assertThat(raw(r))
          .containsExactly(
              RawLine.of(1, utf8("12345"), false),
              RawLine.of(2, new byte[0], true),
              RawLine.of(3, utf8("1"), false));
    }
    try (JsonLinesReader r = JsonLinesReader.of(new ByteArrayInputStream(utf8("x\n")), 1)) {
      assertThat(raw(r)).containsExactly(RawLine.of(1, utf8("x"), false));
    }
  }

  @Test
  void lineLimit_outsideOneTo64MiB_isRefusedNamingTheLimit() throws IOException {
    for (int bad : new int[] {0, JsonLinesReader.DEFAULT_MAX_LINE_BYTES + 1}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> JsonLinesReader.of(new ByteArrayInputStream(new byte[0]), bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid value for maxLineBytes (valid values 1 - 67108864): " + bad);
    }
    JsonLinesReader.of(
            new ByteArrayInputStream(new byte[0]), JsonLinesReader.DEFAULT_MAX_LINE_BYTES)
        .close();
  }

  @Test
  void linesLongerThanTheReadBuffer_areReturnedWhole() throws IOException {
    // Lines of several 64 KiB reads each, and one of a single byte between them.
    String a = "a".repeat(200_000) + "b";
    String c = "c".repeat(65_536);
    try (JsonLinesReader r = JsonLinesReader.of(new ByteArrayInputStream(utf8(a + "\nz\n" + c)))) {
      assertThat(raw(r))
          .containsExactly(
              RawLine.of(1, utf8(a), false),
              RawLine.of(2, utf8("z"), false),
              RawLine.of(3, utf8(c), false));
    }
  }

  /** A stream that hands out at most one byte a read and sometimes none, as a slow pipe may. */
  private static final class Trickle extends java.io.InputStream {
    private final byte[] bytes;
    private int at;
    private int calls;
    boolean closed;

    Trickle(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (calls++ % 2 == 0) {
        return 0;
      }
      if (at >= bytes.length) {
        return -1;
      }
      b[off] = bytes[at++];
      return 1;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void byteOrderMark_arrivingAByteAtATime_isSkipped_andClosingTheReaderClosesTheStream()
      throws IOException {
    Trickle in = new Trickle(utf8("\uFEFFab\n\ncd"));
    JsonLinesReader r = JsonLinesReader.of(in);
    assertThat(raw(r))
        .containsExactly(RawLine.of(1, utf8("ab"), false), RawLine.of(3, utf8("cd"), false));
    assertThat(in.closed).isFalse();
    r.close();
    assertThat(in.closed).isTrue();
  }

  @Test
  void open_ofADirectory_isRefusedNamingThePath(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonLinesReader.open(dir))
        .isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessage(dir + ": is a directory, not a file");
  }

  @Test
  void writer_flushesAndClosesItsStream_whenAsked() throws IOException {
    int[] flushes = new int[1];
    boolean[] closed = new boolean[1];
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void flush() {
            flushes[0]++;
          }

          @Override
          public void close() {
            closed[0] = true;
          }
        };
    JsonLinesWriter w = JsonLinesWriter.of(out);
    w.write(Fixtures.cleanVolume());
    w.flush();
    assertThat(flushes[0]).isEqualTo(1);
    assertThat(closed[0]).isFalse();
    w.close();
    assertThat(closed[0]).isTrue();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(GOOD + "\n");
  }

  @Test
  void decodeException_carriesItsSourceLinePointerAndReason() {
    JsonDecodeException e = new JsonDecodeException("v.jsonl", 3, "/id", "expected a string");
    assertThat(e.source()).isEqualTo("v.jsonl");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).isEqualTo("v.jsonl: line 3: /id: expected a string");
    assertThat(new JsonDecodeException(null, 0, "", "malformed JSON").getMessage())
        .isEqualTo("(document): malformed JSON");
  }
}
