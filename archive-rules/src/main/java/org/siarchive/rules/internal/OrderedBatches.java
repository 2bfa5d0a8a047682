package org.siarchive.rules.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.RawLine;

/**
 * Streams the raw lines of a JSON Lines reader through a per-line function and delivers the results
 * in input order, on the calling thread.
 *
 * <p>Design: the calling thread reads raw lines; the function (decoding and judging, nearly all the
 * work) runs on batches, on worker threads when {@code parallelism > 1}, and results are delivered
 * in the order the batches were read, so a parallel run delivers exactly what a sequential run
 * delivers, in the same order. The same shape as {@code QualityRun}'s loop, written once here for
 * any run over volumes.
 *
 * <p>Memory is bounded by bytes, not by a count of lines, since one line may hold anything from a
 * few hundred bytes to the reader's limit {@code L} (64 MiB by default): a batch closes at {@value
 * #BATCH} lines or once it holds {@value #BATCH_BYTES} bytes, so it holds less than {@code
 * BATCH_BYTES + L}; batches in flight hold at most {@value #IN_FLIGHT_BYTES} bytes together (and at
 * most {@code 4 × parallelism} of them), or one batch alone when it is larger. So the raw lines
 * held at any moment, the batch being read and the reader's own line buffer included, are fewer
 * than {@code IN_FLIGHT_BYTES + 2 × BATCH_BYTES + 3 × L} bytes; a sequential run holds one batch,
 * fewer than {@code BATCH_BYTES + 2 × L}. The volumes decoded from them are in proportion.
 */
public final class OrderedBatches {
  /** The most lines handled as one task. */
  public static final int BATCH = 64;

  /** A batch closes once its lines hold this many bytes: 1 MiB. */
  public static final int BATCH_BYTES = 1 << 20;

  /** The most bytes of raw lines the batches in flight hold together, unless one alone is more. */
  public static final int IN_FLIGHT_BYTES = 8 << 20;

  /** The most threads a run may use. */
  public static final int MAX_PARALLELISM = 256;

  private static final AtomicInteger RUNS = new AtomicInteger();

  private OrderedBatches() {}

  /**
   * Checks a parallelism setting.
   *
   * @throws IllegalArgumentException naming the setting and the value when not 1 to {@value
   *     #MAX_PARALLELISM}
   */
  public static int checkParallelism(int parallelism) {
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException(
          "Invalid value for parallelism (valid values 1 - "
              + MAX_PARALLELISM
              + "): "
              + parallelism);
    }
    return parallelism;
  }

  /**
   * Runs {@code work} over every raw line and hands each result to {@code deliver}, in input order,
   * on the calling thread. A runtime exception or error thrown by {@code work} is rethrown here.
   *
   * @param threadName the prefix of the worker threads' names
   */
  public static <R> void run(
      JsonLinesReader reader,
      int parallelism,
      String threadName,
      Function<RawLine, R> work,
      Consumer<? super R> deliver)
      throws IOException {
    Objects.requireNonNull(reader, "reader");
    checkParallelism(parallelism);
    Objects.requireNonNull(threadName, "threadName");
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(deliver, "deliver");
    if (parallelism == 1) {
      for (Batch batch = nextBatch(reader); !batch.lines.isEmpty(); batch = nextBatch(reader)) {
        process(batch.lines, work).forEach(deliver);
      }
      return;
    }
    ExecutorService pool = workers(parallelism, threadName);
    try {
      ArrayDeque<Pending<R>> inFlight = new ArrayDeque<>();
      long inFlightBytes = 0;
      for (Batch batch = nextBatch(reader); !batch.lines.isEmpty(); batch = nextBatch(reader)) {
        while (!inFlight.isEmpty()
            && (inFlight.size() == 4 * parallelism
                || inFlightBytes + batch.bytes > IN_FLIGHT_BYTES)) {
          Pending<R> first = inFlight.removeFirst();
          inFlightBytes -= first.bytes;
          await(first.results).forEach(deliver);
        }
        List<RawLine> lines = batch.lines;
        inFlight.addLast(new Pending<>(pool.submit(() -> process(lines, work)), batch.bytes));
        inFlightBytes += batch.bytes;
      }
      while (!inFlight.isEmpty()) {
        await(inFlight.removeFirst().results).forEach(deliver);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Raw lines read as one task, and the bytes they hold. */
  private record Batch(List<RawLine> lines, long bytes) {}

  /** A batch's results to come, and the bytes of its raw lines. */
  private record Pending<R>(Future<List<R>> results, long bytes) {}

  private static Batch nextBatch(JsonLinesReader reader) throws IOException {
    List<RawLine> batch = new ArrayList<>();
    long bytes = 0;
    for (RawLine line = reader.nextRaw(); line != null; line = reader.nextRaw()) {
      batch.add(line);
      bytes += line.length();
      if (batch.size() == BATCH || bytes >= BATCH_BYTES) {
        break;
      }
    }
    return new Batch(batch, bytes);
  }

  private static <R> List<R> process(List<RawLine> batch, Function<RawLine, R> work) {
    List<R> out = new ArrayList<>(batch.size());
    for (RawLine raw : batch) {
      out.add(work.apply(raw));
    }
    return out;
  }

  /**
   * {@return a worker's result} A failure of the work is thrown here as it was thrown there; an
   * interrupted wait keeps the interrupt and throws {@link IllegalStateException}.
   *
   * @param <R> the result type
   * @param future the worker's result to come
   */
  public static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a batch", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * {@return a fixed pool of daemon worker threads named after the run} The caller shuts it down.
   *
   * @param parallelism the number of threads, 1 to {@value #MAX_PARALLELISM}
   * @param threadName the prefix of the threads' names
   */
  public static ExecutorService workers(int parallelism, String threadName) {
    return Executors.newFixedThreadPool(checkParallelism(parallelism), new Workers(threadName));
  }

  /** Daemon worker threads named after the run. */
  private static final class Workers implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    Workers(String name) {
      this.prefix = String.format(Locale.ROOT, "%s-%d-", name, RUNS.incrementAndGet());
    }

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, prefix + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
