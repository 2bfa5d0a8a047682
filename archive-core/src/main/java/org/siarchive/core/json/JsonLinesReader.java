package org.siarchive.core.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.internal.json.StrictMapper;

/**
 * Streams a JSON Lines file of volumes, one volume per line, in constant memory: each line is
 * decoded and validated on its own, and a bad line is reported with its line number, JSON pointer
 * and reason while reading goes on. Blank lines are skipped (they hold no record); a UTF-8
 * byte-order mark at the very start of the file is skipped; lines longer than the limit are
 * rejected without being held in memory.
 *
 * <p>Not thread-safe; {@link #decode(RawLine)} is, so lines read here may be decoded in parallel.
 *
 * <pre>{@code
 * try (JsonLinesReader reader = JsonLinesReader.open(Path.of("volumes.jsonl"))) {
 *   ReadSummary summary = reader.forEach(result -> {
 *     if (result instanceof LineResult.Decoded d) {
 *       process(d.volume());
 *     } else if (result instanceof LineResult.Rejected r) {
 *       report(r.line(), r.pointer(), r.message());
 *     }
 *   });
 *   // summary.read() == summary.valid() + summary.rejected()
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JsonLinesReader implements Closeable {

  /** The default longest line, in bytes: 64 MiB. */
  public static final int DEFAULT_MAX_LINE_BYTES = StrictMapper.MAX_DOCUMENT_BYTES;

  private static final byte[] EMPTY = new byte[0];

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkLimit;
  private byte[] line = new byte[1 << 16];
  private long lineNumber;
  private final Map<String, Long> firstLineOfId = new HashMap<>();
  private boolean started;
  private boolean ended;
  private final @Nullable SplitStream split;

  private JsonLinesReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.split = null;
  }

  private JsonLinesReader(SplitStream split, long linesBefore) {
    this.in = split;
    this.maxLineBytes = DEFAULT_MAX_LINE_BYTES;
    this.split = split;
    this.lineNumber = linesBefore + split.lineBase();
    // Only the start of a file may carry a byte-order mark.
    this.started = split.start() > 0;
  }

  /**
   * Opens a file.
   *
   * @param file the JSON Lines file, UTF-8
   * @return a reader of its lines with the limit {@value #DEFAULT_MAX_LINE_BYTES} bytes a line;
   *     {@link #close()} closes the file
   * @throws java.nio.file.NoSuchFileException when there is no such file
   * @throws java.nio.file.FileSystemException naming the path when it is a directory
   */
  public static JsonLinesReader open(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a directory, not a file");
    }
    return new JsonLinesReader(Files.newInputStream(file), DEFAULT_MAX_LINE_BYTES);
  }

  /**
   * Reads one split of a file: the lines whose first byte lies in {@code [start, end)}, so that
   * splits which cover a file side by side read each of its lines exactly once, and a line that
   * crosses a split's end is read whole by the split it starts in. For a cluster or a thread pool
   * that reads a large file in byte ranges.
   *
   * <p>The lines are numbered <em>locally</em>: a line's number in the file is its local number
   * plus the line breaks before {@code start}, that is the sum of {@link #newlinesInSplit()} of the
   * splits before this one (a prefix sum). The split at 0 numbers as {@link #open} does and alone
   * skips a byte-order mark. A split's reader {@link #admit admits} the ids of its own lines only:
   * a volume id repeated in another split is not rejected here unless the host names the ids read
   * before the split ({@link #admitEarlier}), as a cluster does once it has compared the splits'
   * {@link #admitted()} ids.
   *
   * <pre>{@code
   * // in is positioned at start - 1 (at 0 for the first split)
   * try (JsonLinesReader split = JsonLinesReader.ofSplit(in, start, end)) {
   *   for (LineResult r = split.next(); r != null; r = split.next()) {
   *     long lineInFile = r.line() + newlinesBefore;   // newlinesBefore: the prefix sum
   *   }
   *   long newlines = split.newlinesInSplit();  // add to the prefix for the next split
   * }
   * }</pre>
   *
   * @param in the file's bytes from {@code max(0, start - 1)} on (closed by {@link #close()})
   * @param start the first byte of the split, 0 or more
   * @param end the byte after the split, above {@code start}
   * @return a reader of the split's lines, numbered from 1
   * @throws IOException when reading fails
   */
  public static JsonLinesReader ofSplit(InputStream in, long start, long end) throws IOException {
    Objects.requireNonNull(in, "in");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid split (valid values 0 <= start < end): start %d, end %d",
              start,
              end));
    }
    return ofSplit(in, start, end, 0);
  }

  /**
   * Reads one split of a file as {@link #ofSplit(InputStream, long, long)} does, numbering its
   * lines after {@code linesBefore} lines: with the prefix sum of the line breaks before the split
   * (known once each split's breaks are counted), its lines carry their numbers in the file, and a
   * repeated id is rejected naming the first line in those numbers too.
   *
   * <pre>{@code
   * try (JsonLinesReader split = JsonLinesReader.ofSplit(in, start, end, newlinesBefore)) {
   *   split.next().line();   // the line's number in the file
   * }
   * }</pre>
   *
   * @param in the file's bytes from {@code max(0, start - 1)} on (closed by {@link #close()})
   * @param start the first byte of the split, 0 or more
   * @param end the byte after the split, above {@code start}
   * @param linesBefore the lines before the split, 0 or more
   * @return a reader of the split's lines, numbered from {@code linesBefore + 1}
   * @throws IOException when reading fails
   */
  public static JsonLinesReader ofSplit(InputStream in, long start, long end, long linesBefore)
      throws IOException {
    Objects.requireNonNull(in, "in");
    if (start < 0 || end <= start || linesBefore < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid split (valid values 0 <= start < end, linesBefore >= 0): start %d, end %d,"
                  + " linesBefore %d",
              start,
              end,
              linesBefore));
    }
    return new JsonLinesReader(SplitStream.open(in, start, end), linesBefore);
  }

  /**
   * Tells this reader that a volume id was read before its input, on a line in the numbering of
   * {@link #ofSplit(InputStream, long, long, long)}: every line of this input holding that id is
   * then rejected as {@link #admit} rejects a repeated id, naming that first line. A host that
   * reads a file (or files one after the other) in splits closes the gap between splits this way:
   * the first occurrence, in input order, of each id held by more than one split is given to the
   * readers of the later splits.
   *
   * <pre>{@code
   * split.admitEarlier("V-2024-000017", 12);  // line 12 of an earlier split gave it
   * }</pre>
   *
   * @param id the volume id
   * @param line the line that gave it first, at least 1
   * @return this reader
   * @throws IllegalStateException when the id was already admitted by this reader
   */
  public JsonLinesReader admitEarlier(String id, long line) {
    Objects.requireNonNull(id, "id");
    if (line < 1) {
      throw new IllegalArgumentException(
          "Invalid value for line (valid values 1 or more): " + line);
    }
    Long before = firstLineOfId.putIfAbsent(id, line);
    if (before != null && before.longValue() != line) {
      throw new IllegalStateException(
          "volume id " + id + " already admitted on line " + before + ", not " + line);
    }
    return this;
  }

  /**
   * The volume ids admitted so far, each with the line that gave it first (those given to {@link
   * #admitEarlier} included); a live, unmodifiable view.
   *
   * <pre>{@code
   * reader.forEach(r -> {});
   * reader.admitted().forEach((id, line) -> shuffle(id, line));
   * }</pre>
   *
   * @return the ids and their first lines
   */
  public Map<String, Long> admitted() {
    return Collections.unmodifiableMap(firstLineOfId);
  }

  /**
   * {@return the line breaks ({@code \n} bytes) in {@code [start, end)} of a split from {@link
   * #ofSplit}, once the split has been read to its end; the next split's lines are numbered after
   * them}
   *
   * @throws IllegalStateException when this reader does not read a split, or is not at its end
   */
  public long newlinesInSplit() {
    if (split == null) {
      throw new IllegalStateException("not a split: only a reader from ofSplit counts its breaks");
    }
    return split.newlines();
  }

  /**
   * Reads a stream of UTF-8 JSON Lines; {@link #close()} closes it.
   *
   * @param in the stream
   * @return a reader with the limit {@value #DEFAULT_MAX_LINE_BYTES} bytes a line
   */
  public static JsonLinesReader of(InputStream in) {
    return of(in, DEFAULT_MAX_LINE_BYTES);
  }

  /**
   * Reads a stream with a line-length limit.
   *
   * @param in the stream of UTF-8 JSON Lines; {@link #close()} closes it
   * @param maxLineBytes the longest line accepted, 1 to {@value #DEFAULT_MAX_LINE_BYTES} bytes
   * @return the reader
   */
  public static JsonLinesReader of(InputStream in, int maxLineBytes) {
    Objects.requireNonNull(in, "in");
    if (maxLineBytes < 1 || maxLineBytes > DEFAULT_MAX_LINE_BYTES) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for maxLineBytes (valid values 1 - %d): %d",
              DEFAULT_MAX_LINE_BYTES,
              maxLineBytes));
    }
    return new JsonLinesReader(in, maxLineBytes);
  }

  /**
   * {@return the next non-blank line, undecoded, or null at the end of the input}
   *
   * @throws IOException when reading fails
   */
  public @Nullable RawLine nextRaw() throws IOException {
    if (!started) {
      started = true;
      skipByteOrderMark();
    }
    while (true) {
      if (chunkPos >= chunkLimit && !fill()) {
        return null;
      }
      lineNumber++;
      int length = 0;
      boolean tooLong = false;
      boolean sawNewline = false;
      // Scan the buffered chunk for the line break and copy whole runs at once.
      while (!sawNewline) {
        if (chunkPos >= chunkLimit && !fill()) {
          break;
        }
        int end = chunkPos;
        while (end < chunkLimit && chunk[end] != '\n') {
          end++;
        }
        int run = end - chunkPos;
        if (!tooLong) {
          if ((long) length + run > maxLineBytes) {
            tooLong = true;
          } else {
            if (length + run > line.length) {
              line =
                  Arrays.copyOf(
                      line,
                      (int) Math.min(Math.max((long) line.length * 2, length + run), maxLineBytes));
            }
            System.arraycopy(chunk, chunkPos, line, length, run);
            length += run;
          }
        }
        chunkPos = end;
        if (end < chunkLimit) {
          chunkPos++;
          sawNewline = true;
        }
      }
      if (tooLong) {
        return RawLine.owning(lineNumber, EMPTY, true);
      }
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      if (!isBlank(line, length)) {
        return RawLine.owning(lineNumber, Arrays.copyOf(line, length), false);
      }
      if (!sawNewline) {
        return null;
      }
    }
  }

  /** Reads more of the input into the chunk; false at the end. */
  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    int n = in.read(chunk, 0, chunk.length);
    while (n == 0) {
      n = in.read(chunk, 0, chunk.length);
    }
    if (n < 0) {
      ended = true;
      chunkPos = chunkLimit = 0;
      return false;
    }
    chunkPos = 0;
    chunkLimit = n;
    return true;
  }

  private void skipByteOrderMark() throws IOException {
    // A mark split across reads is completed before it is judged.
    while (chunkLimit - chunkPos < 3) {
      int room = chunk.length - chunkLimit;
      int n = in.read(chunk, chunkLimit, room);
      if (n < 0) {
        ended = true;
        break;
      }
      chunkLimit += n;
    }
    if (chunkLimit - chunkPos >= 3
        && chunk[chunkPos] == (byte) 0xEF
        && chunk[chunkPos + 1] == (byte) 0xBB
        && chunk[chunkPos + 2] == (byte) 0xBF) {
      chunkPos += 3;
    }
  }

  private static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      byte c = bytes[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Decodes one raw line. Thread-safe.
   *
   * @param line a line from {@link #nextRaw()}
   * @return the decoded volume or the rejection, never null
   */
  public static LineResult decode(RawLine line) {
    Objects.requireNonNull(line, "line");
    if (line.tooLong()) {
      return new LineResult.Rejected(
          line.number(), "", "line is longer than the limit of the reader");
    }
    try {
      return new LineResult.Decoded(
          line.number(),
          ArchiveJson.decodeVolume(line.array(), 0, line.length(), null, line.number()));
    } catch (JsonDecodeException e) {
      return new LineResult.Rejected(line.number(), e.pointer(), e.reason());
    }
  }

  /**
   * {@return the next record decoded, or null at the end of the input}
   *
   * @throws IOException when reading fails
   */
  public @Nullable LineResult next() throws IOException {
    RawLine raw = nextRaw();
    return raw == null ? null : admit(decode(raw));
  }

  /**
   * Admits one decoded line, in input order: volume ids are unique in a file, so a volume whose id
   * an earlier line of this input gave is rejected, naming both lines (pointer {@code /id}, message
   * {@code duplicate volume id X: first on line 3}). {@link #next()} and {@link #forEach} admit
   * every line themselves; a host that decodes raw lines on other threads with {@link
   * #decode(RawLine)} hands each result back here in input order.
   *
   * <p>Remembers every id read, about 100 bytes each (100 MB for a million volumes).
   *
   * <pre>{@code
   * LineResult admitted = reader.admit(JsonLinesReader.decode(raw)); // on the reading thread
   * }</pre>
   *
   * @param result a line of this input, decoded
   * @return the same result, or the rejection of a repeated id
   */
  public LineResult admit(LineResult result) {
    Objects.requireNonNull(result, "result");
    if (result instanceof LineResult.Decoded d) {
      Long first = firstLineOfId.putIfAbsent(d.volume().id(), d.line());
      if (first != null) {
        return new LineResult.Rejected(
            d.line(), "/id", "duplicate volume id " + d.volume().id() + ": first on line " + first);
      }
    }
    return result;
  }

  /**
   * Decodes every remaining record in order and hands each result to the action.
   *
   * @param action called once per line, decoded or rejected, in order
   * @return the counts, which always add up
   * @throws IOException when reading fails
   */
  public ReadSummary forEach(Consumer<? super LineResult> action) throws IOException {
    Objects.requireNonNull(action, "action");
    long valid = 0;
    long rejected = 0;
    for (LineResult r = next(); r != null; r = next()) {
      if (r instanceof LineResult.Decoded) {
        valid++;
      } else {
        rejected++;
      }
      action.accept(r);
    }
    return new ReadSummary(valid + rejected, valid, rejected);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
