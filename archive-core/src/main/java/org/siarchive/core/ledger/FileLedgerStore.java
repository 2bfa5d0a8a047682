package org.siarchive.core.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The JSON Lines store.
 *
 * <p>Design: the file is the truth; this object only remembers where each complete line starts.
 * Every operation takes this JVM's lock for the file (one per real path, since a JVM cannot hold
 * two overlapping {@link FileLock}s) and then an exclusive file lock, so writers in other processes
 * are serialised too, and then catches up with lines others appended. Under the lock no live writer
 * is half-way through a line, so bytes after the last line feed are a torn line from a crash:
 * reported by {@link #tornTail()}, never truncated, and appends are refused while it is there. An
 * append writes the line and its line feed at the end and forces the channel (on Linux {@code
 * fdatasync}, which also makes the new length durable) before it returns.
 */
final class FileLedgerStore implements LedgerStore {
  private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
  private static final int READ_BYTES = 1 << 20;

  private final Path file;
  private final FileChannel channel;
  private final ReentrantLock lock;
  private long[] starts = new long[1024];
  private long count;
  private long end;
  private @Nullable TornTail torn;

  FileLedgerStore(Path file) {
    this.file = file.toAbsolutePath().normalize();
    try {
      this.channel =
          FileChannel.open(
              this.file,
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new LedgerException("cannot open ledger file " + file + ": " + e.getMessage(), e);
    }
    this.lock = LOCKS.computeIfAbsent(this.file, p -> new ReentrantLock());
    locked(() -> count);
  }

  private interface Locked<T> {
    T run() throws IOException;
  }

  private <T> T locked(Locked<T> body) {
    lock.lock();
    try {
      FileLock held = channel.lock();
      try {
        catchUp();
        return body.run();
      } finally {
        held.release();
      }
    } catch (IOException e) {
      throw new LedgerException("ledger file " + file + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /** Indexes the complete lines appended since the last look; notes a torn tail. */
  private void catchUp() throws IOException {
    long size = channel.size();
    if (size < end) {
      throw new LedgerException(
          "ledger file "
              + file
              + " shrank from "
              + end
              + " to "
              + size
              + " bytes: events were removed");
    }
    long position = end;
    ByteBuffer buffer = ByteBuffer.allocate(READ_BYTES);
    long lineStart = end;
    while (position < size) {
      buffer.clear();
      int n = channel.read(buffer, position);
      if (n <= 0) {
        break;
      }
      byte[] a = buffer.array();
      for (int i = 0; i < n; i++) {
        if (a[i] == '\n') {
          add(lineStart);
          lineStart = position + i + 1;
        }
      }
      position += n;
    }
    end = lineStart;
    torn = size > end ? new TornTail(count + 1, end, size - end) : null;
  }

  private void add(long start) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
    }
    starts[(int) count++] = start;
  }

  @Override
  public long size() {
    return locked(() -> count);
  }

  @Override
  public List<byte[]> read(long from, int max) {
    return locked(
        () -> {
          Events.checkRead(from, max, count);
          List<byte[]> out = new ArrayList<>();
          long i = from;
          while (i < count && out.size() < max) {
            // One read for a run of lines of at most READ_BYTES (or one longer line).
            long j = i + 1;
            while (j < count
                && j - i < max - out.size()
                && startOf(j + 1) - startOf(i) <= READ_BYTES) {
              j++;
            }
            long from0 = startOf(i);
            ByteBuffer block = ByteBuffer.allocate((int) (startOf(j) - from0));
            while (block.hasRemaining()) {
              if (channel.read(block, from0 + block.position()) < 0) {
                throw new LedgerException(
                    "ledger file " + file + " ended while reading event " + i);
              }
            }
            byte[] a = block.array();
            for (long k = i; k < j; k++) {
              int s = (int) (startOf(k) - from0);
              int e = (int) (startOf(k + 1) - from0) - 1;
              out.add(Arrays.copyOfRange(a, s, e));
            }
            i = j;
          }
          return out;
        });
  }

  private long startOf(long index) {
    return index < count ? starts[(int) index] : end;
  }

  @Override
  public boolean tryAppend(long index, byte[] event) {
    Events.checkEvent(event);
    return locked(
        () -> {
          if (torn != null) {
            throw new LedgerException(
                "ledger file "
                    + file
                    + ": "
                    + torn.describe()
                    + "; appends are refused until it is examined (it is never repaired automatically)");
          }
          if (index != count) {
            return false;
          }
          ByteBuffer line = ByteBuffer.allocate(event.length + 1).put(event).put((byte) '\n');
          line.flip();
          long at = end;
          while (line.hasRemaining()) {
            at += channel.write(line, at);
          }
          channel.force(false);
          add(end);
          end = at;
          return true;
        });
  }

  @Override
  public Optional<TornTail> tornTail() {
    return locked(() -> Optional.ofNullable(torn));
  }

  @Override
  public String describe() {
    return file.toString();
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new LedgerException("cannot close ledger file " + file + ": " + e.getMessage(), e);
    }
  }
}
