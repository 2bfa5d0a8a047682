package org.siarchive.core.json;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of the lines one split owns: those whose first byte lies in {@code [start, end)}. It
 * skips the tail of a line begun before {@code start}, stops after the line that holds byte {@code
 * end - 1}, and counts the line breaks in {@code [start, end)} on the way.
 */
final class SplitStream extends InputStream {
  private final InputStream in;
  private final long start;
  private final long end;

  /** The absolute offset of the next byte of {@link #in}. */
  private long pos;

  private long newlines;
  private final long lineBase;
  private boolean done;

  private SplitStream(InputStream in, long start, long end, long pos, long newlines, boolean done) {
    this.in = in;
    this.start = start;
    this.end = end;
    this.pos = pos;
    this.newlines = newlines;
    this.lineBase = newlines;
    this.done = done;
  }

  /** Positions on the split's first line; {@code in} is at {@code max(0, start - 1)}. */
  static SplitStream open(InputStream raw, long start, long end) throws IOException {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    if (start == 0) {
      return new SplitStream(in, start, end, 0, 0, false);
    }
    long p = start - 1;
    long skipped = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        return new SplitStream(in, start, end, p, skipped, true);
      }
      p++;
      if (b == '\n') {
        long at = p - 1;
        if (at >= start && at < end) {
          skipped++;
        }
        // The first line starts at p; a line starting at or after end belongs to the next split.
        return new SplitStream(in, start, end, p, skipped, p >= end);
      }
    }
  }

  long start() {
    return start;
  }

  /** The breaks before the first line within the split: the local number of the line before it. */
  long lineBase() {
    return lineBase;
  }

  long newlines() {
    if (!done) {
      throw new IllegalStateException("the split has not been read to its end");
    }
    return newlines;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (done) {
      return -1;
    }
    int n = in.read(b, off, len);
    if (n < 0) {
      done = true;
      return -1;
    }
    for (int i = 0; i < n; i++) {
      if (b[off + i] == '\n') {
        long at = pos + i;
        if (at < end) {
          newlines++;
        }
        if (at >= end - 1) {
          // The line holding byte end - 1 ends here; the next belongs to the next split.
          pos += i + 1;
          done = true;
          return i + 1;
        }
      }
    }
    pos += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
