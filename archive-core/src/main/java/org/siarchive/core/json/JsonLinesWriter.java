package org.siarchive.core.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.siarchive.core.model.Volume;

/**
 * Writes volumes as JSON Lines: one volume per line, UTF-8, each line ending in {@code \n}. The
 * output is byte-for-byte determined by the volumes written.
 *
 * <p>Not thread-safe.
 *
 * <pre>{@code
 * try (JsonLinesWriter out = JsonLinesWriter.of(Files.newOutputStream(path))) {
 *   volumes.forEach(out::write);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JsonLinesWriter implements Closeable, Flushable {
  private final OutputStream out;
  private long written;

  private JsonLinesWriter(OutputStream out) {
    this.out = out;
  }

  /**
   * Writes to a stream; {@link #close()} closes it.
   *
   * @param out the stream the UTF-8 lines go to
   * @return the writer
   */
  public static JsonLinesWriter of(OutputStream out) {
    return new JsonLinesWriter(Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes one volume as one line.
   *
   * @param volume the volume, written as {@link ArchiveJson#writeVolumeBytes} encodes it, then a
   *     line break
   * @throws java.io.UncheckedIOException when writing fails
   */
  public void write(Volume volume) {
    try {
      out.write(ArchiveJson.writeVolumeBytes(volume));
      out.write('\n');
      written++;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@return the number of volumes written so far} */
  public long written() {
    return written;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
