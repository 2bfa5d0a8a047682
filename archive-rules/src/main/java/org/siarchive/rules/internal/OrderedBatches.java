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
 * work) runs on batches of {@value #BATCH} lines, on worker threads when {@code parallelism > 1}.
 * At most {@code 4 × parallelism} batches are in flight and results are delivered in the order the
 * batches were read, so memory stays flat whatever the file's size, and a parallel run delivers
 * exactly what a sequential run delivers, in the same order. The same shape as {@code QualityRun}'s
 * loop, written once here for any run over volumes.
 */
public final class OrderedBatches {
  /** Lines handled as one task. */
  public static final int BATCH = 64;

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
      for (List<RawLine> batch = nextBatch(reader); !batch.isEmpty(); batch = nextBatch(reader)) {
        process(batch, work).forEach(deliver);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, new Workers(threadName));
    try {
      ArrayDeque<Future<List<R>>> inFlight = new ArrayDeque<>();
      for (List<RawLine> batch = nextBatch(reader); !batch.isEmpty(); batch = nextBatch(reader)) {
        if (inFlight.size() == 4 * parallelism) {
          await(inFlight.removeFirst()).forEach(deliver);
        }
        List<RawLine> lines = batch;
        inFlight.addLast(pool.submit(() -> process(lines, work)));
      }
      while (!inFlight.isEmpty()) {
        await(inFlight.removeFirst()).forEach(deliver);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<RawLine> nextBatch(JsonLinesReader reader) throws IOException {
    List<RawLine> batch = new ArrayList<>(BATCH);
    for (RawLine line = reader.nextRaw(); line != null; line = reader.nextRaw()) {
      batch.add(line);
      if (batch.size() == BATCH) {
        break;
      }
    }
    return batch;
  }

  private static <R> List<R> process(List<RawLine> batch, Function<RawLine, R> work) {
    List<R> out = new ArrayList<>(batch.size());
    for (RawLine raw : batch) {
      out.add(work.apply(raw));
    }
    return out;
  }

  private static <R> List<R> await(Future<List<R>> future) {
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
