package org.siarchive.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.RawLine;

/**
 * The batches the checks and the retention run read in parallel: every line is delivered once, in
 * file order, whatever the parallelism and however many batches are in flight.
 */
class OrderedBatchesTest {

  private static JsonLinesReader lines(int n, int width) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      b.append("{\"n\":").append(i).append(",\"pad\":\"").append("x".repeat(width)).append("\"}\n");
    }
    return JsonLinesReader.of(
        new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Long> run(JsonLinesReader reader, int parallelism) throws Exception {
    List<Long> out = new ArrayList<>();
    OrderedBatches.run(reader, parallelism, "test", RawLine::number, out::add);
    return out;
  }

  private static List<Long> oneTo(int n) {
    List<Long> l = new ArrayList<>();
    for (long i = 1; i <= n; i++) {
      l.add(i);
    }
    return l;
  }

  @Test
  void run_deliversEveryLineOnceInFileOrder_atEveryParallelism() throws Exception {
    // 1000 lines: 16 batches of at most 64, more than 4 x parallelism in flight at 2.
    for (int parallelism : new int[] {1, 2, 3, 8}) {
      assertThat(run(lines(1000, 1), parallelism))
          .as("parallelism %d", parallelism)
          .isEqualTo(oneTo(1000));
    }
    assertThat(run(lines(0, 1), 2)).isEmpty();
    assertThat(run(lines(1, 1), 2)).containsExactly(1L);
  }

  @Test
  void run_largeLines_areBatchedByBytes_andStillDeliveredInOrder() throws Exception {
    // Lines of about 100 KB: a batch closes at 1 MB (about 10 lines), and at 8 MB in flight the
    // oldest batch is delivered before the next is submitted.
    assertThat(run(lines(200, 100_000), 3)).isEqualTo(oneTo(200));
  }

  @Test
  void run_aFailingLine_failsTheRunWithItsOwnException() {
    RuntimeException boom = new IllegalArgumentException("line 70 refused");
    assertThatThrownBy(
            () ->
                OrderedBatches.run(
                    lines(200, 1),
                    2,
                    "test",
                    l -> {
                      if (l.number() == 70) {
                        throw boom;
                      }
                      return l.number();
                    },
                    x -> {}))
        .isSameAs(boom);
    AssertionError error = new AssertionError("worker error");
    assertThatThrownBy(() -> OrderedBatches.await(CompletableFuture.failedFuture(error)))
        .isSameAs(error);
    Exception checked = new java.io.IOException("disk");
    assertThatThrownBy(() -> OrderedBatches.await(CompletableFuture.failedFuture(checked)))
        .isInstanceOf(IllegalStateException.class)
        .hasCause(checked);
  }

  @Test
  void parallelism_isOneTo256() {
    assertThat(OrderedBatches.checkParallelism(1)).isEqualTo(1);
    assertThat(OrderedBatches.checkParallelism(256)).isEqualTo(256);
    assertThatThrownBy(() -> OrderedBatches.checkParallelism(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for parallelism (valid values 1 - 256): 0");
    assertThatThrownBy(() -> OrderedBatches.checkParallelism(257))
        .hasMessage("Invalid value for parallelism (valid values 1 - 256): 257");
  }

  @Test
  void workers_areDaemonThreadsNamedAfterTheRun() throws Exception {
    var pool = OrderedBatches.workers(2, "quality");
    try {
      Thread t = pool.submit(Thread::currentThread).get();
      assertThat(t.isDaemon()).isTrue();
      assertThat(t.getName()).matches("quality-\\d+-1");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void run_worksOnWorkersWhenParallel_andDeliversOnTheCallingThread() throws Exception {
    Thread caller = Thread.currentThread();
    java.util.Set<Thread> working = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.Set<Thread> delivering = new java.util.HashSet<>();
    OrderedBatches.run(
        lines(300, 1),
        2,
        "parallel",
        l -> working.add(Thread.currentThread()),
        x -> delivering.add(Thread.currentThread()));
    assertThat(working).isNotEmpty().doesNotContain(caller);
    assertThat(working).allSatisfy(t -> assertThat(t.getName()).startsWith("parallel-"));
    assertThat(delivering).containsExactly(caller);
    working.clear();
    OrderedBatches.run(
        lines(300, 1), 1, "sequential", l -> working.add(Thread.currentThread()), x -> {});
    assertThat(working).containsExactly(caller);
  }

  @Test
  void await_interrupted_failsAndKeepsTheInterrupt() throws Exception {
    java.util.concurrent.atomic.AtomicReference<Throwable> thrown =
        new java.util.concurrent.atomic.AtomicReference<>();
    java.util.concurrent.atomic.AtomicBoolean stillInterrupted =
        new java.util.concurrent.atomic.AtomicBoolean();
    Thread t =
        new Thread(
            () -> {
              Thread.currentThread().interrupt();
              try {
                OrderedBatches.await(new CompletableFuture<Object>());
              } catch (IllegalStateException e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
              }
            });
    t.start();
    t.join(10_000);
    assertThat(thrown.get()).hasMessage("interrupted while waiting for a batch");
    assertThat(stillInterrupted).isTrue();
  }
}
