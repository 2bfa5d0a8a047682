package org.siarchive.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.internal.OrderedBatches;
import org.siarchive.rules.quality.Suite;

/**
 * The memo's threads give what the caller's thread would: every answer in order, and of several
 * failures the one of the first item, whatever the threads' timing; the rectified versions they
 * make are known as the caller's thread would know them.
 */
class CheckMemoTest {
  private static CheckMemo memo(int parallelism) {
    return CheckMemo.of(
        Desk.CONTEXT, List.of(Suite.from(Desk.CONTEXT)), HashAlgorithm.SHA_256, parallelism);
  }

  @Test
  void onThreads_givesEveryAnswerInOrder_asTheCallersThreadDoes() {
    List<Integer> items = IntStream.range(0, 1000).boxed().toList();
    List<String> alone;
    try (CheckMemo one = memo(1)) {
      alone = one.onThreads(items, i -> "item " + i * i);
    }
    for (int parallelism : new int[] {2, 3, 7}) {
      try (CheckMemo many = memo(parallelism)) {
        // Items of very different cost, so the threads finish out of order.
        List<String> onThreads =
            many.onThreads(
                items,
                i -> {
                  if (i % 97 == 0) {
                    busy(200_000);
                  }
                  return "item " + i * i;
                });
        assertThat(onThreads).as("parallelism %d", parallelism).isEqualTo(alone);
      }
    }
  }

  @Test
  void onThreads_ofSeveralFailures_throwsTheFirstItemsFailure() {
    List<Integer> items = IntStream.range(0, 500).boxed().toList();
    for (int round = 0; round < 20; round++) {
      try (CheckMemo many = memo(3)) {
        assertThatThrownBy(
                () ->
                    many.onThreads(
                        items,
                        i -> {
                          if (i == 40) {
                            busy(500_000); // the first failure comes last in time
                          }
                          if (i == 40 || i == 300 || i == 450) {
                            throw new IllegalArgumentException("item " + i);
                          }
                          return i;
                        }))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("item 40");
      }
    }
  }

  @Test
  void onThreads_belowTheThreadsThreshold_runsOnTheCallersThread() {
    try (CheckMemo many = memo(2)) {
      Thread caller = Thread.currentThread();
      assertThat(many.onThreads(List.of(1, 2, 3), i -> Thread.currentThread() == caller))
          .containsOnly(true);
      assertThat(ranByCaller(many, 64)).contains(false);
    }
  }

  @Test
  void rectified_givesEachVersionAsMade_andKnowsWhatTheCallersThreadWouldFind() {
    // Forty returned volumes: the even ones rectified to their clean originals (new versions),
    // the odd ones handed back unchanged (the same objects), one rectification null.
    List<Volume> clean = Desk.clean(40);
    List<Volume> returned = clean.stream().map(Desk::extraCatalogueRow).toList();
    Suite suite = Suite.from(Desk.CONTEXT);
    List<Integer> items = IntStream.range(0, 40).boxed().toList();
    for (int parallelism : new int[] {1, 2, 3}) {
      try (CheckMemo memo =
          CheckMemo.of(Desk.CONTEXT, List.of(suite), HashAlgorithm.SHA_256, parallelism)) {
        assertThat(memo.check(suite, Desk.CONTEXT, returned))
            .isEqualTo(returned.stream().map(v -> suite.check(v, Desk.CONTEXT)).toList());
        List<@Nullable Volume> made =
            memo.rectified(items, i -> i == 5 ? null : i % 2 == 0 ? clean.get(i) : returned.get(i));
        assertThat(made.get(5)).as("parallelism %d", parallelism).isNull();
        List<Volume> versions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          if (i != 5) {
            Volume expected = i % 2 == 0 ? clean.get(i) : returned.get(i);
            assertThat(made.get(i)).isSameAs(expected);
            versions.add(expected);
          }
        }
        assertThat(memo.check(suite, Desk.CONTEXT, versions))
            .isEqualTo(versions.stream().map(v -> suite.check(v, Desk.CONTEXT)).toList());
        for (Volume v : versions) {
          assertThat(memo.counts(v)).isEqualTo(HandOverForm.Counts.of(v));
        }
        assertThat(memo.packageDigest(versions))
            .isEqualTo(HandOverForm.packageDigest(versions, HashAlgorithm.SHA_256));
      }
    }
  }

  @Test
  void ahead_answersWhatTheQuestionsWouldHaveComputed_andACloseBeforeAnyIsQuiet() {
    List<Volume> clean = Desk.clean(40);
    List<Volume> volumes = new ArrayList<>(clean);
    volumes.set(3, Desk.extraCatalogueRow(clean.get(3)));
    volumes.set(17, Desk.imageTwice(clean.get(17)));
    Suite suite = Suite.from(Desk.CONTEXT);
    ExecutorService executor = OrderedBatches.workers(2, "ahead-test");
    try {
      try (CheckMemo memo = memo(2)) {
        memo.ahead(volumes, executor, 2);
        assertThat(memo.packageDigest(volumes))
            .isEqualTo(HandOverForm.packageDigest(volumes, HashAlgorithm.SHA_256));
        List<List<Defect>> found = memo.check(suite, Desk.CONTEXT, volumes);
        assertThat(found)
            .isEqualTo(volumes.stream().map(v -> suite.check(v, Desk.CONTEXT)).toList());
        assertThat(found.get(3)).isNotEmpty();
        assertThat(found.get(17)).isNotEmpty();
        assertThat(memo.counts(volumes.get(17))).isEqualTo(HandOverForm.Counts.of(volumes.get(17)));
      }
      try (CheckMemo unasked = memo(2)) {
        unasked.ahead(volumes, executor, 2);
      }
      // The executor still serves: what a closed memo started did not break it.
      try (CheckMemo again = memo(1)) {
        again.ahead(volumes.subList(0, 2), executor, 1);
        assertThat(again.counts(volumes.get(1))).isEqualTo(HandOverForm.Counts.of(volumes.get(1)));
      }
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void check_ofASuiteTheMemoWasNotMadeFor_findsWhatThatSuiteFinds() {
    List<Volume> returned = Desk.clean(3).stream().map(Desk::extraCatalogueRow).toList();
    Suite suite = Suite.from(Desk.CONTEXT);
    List<List<Defect>> direct = returned.stream().map(v -> suite.check(v, Desk.CONTEXT)).toList();
    assertThat(direct).allSatisfy(d -> assertThat(d).isNotEmpty());
    try (CheckMemo memo = CheckMemo.of(Desk.CONTEXT, List.of(), HashAlgorithm.SHA_256, 1)) {
      assertThat(memo.check(suite, Desk.CONTEXT, returned)).isEqualTo(direct);
    }
  }

  @Test
  void counts_ofAVersionNeverChecked_areItsCounts() {
    Volume v = Desk.extraCatalogueRow(Desk.clean(1).get(0));
    try (CheckMemo memo = memo(1)) {
      assertThat(memo.counts(v)).isEqualTo(HandOverForm.Counts.of(v));
      assertThat(memo.counts(v)).isEqualTo(HandOverForm.Counts.of(v));
    }
  }

  @Test
  void packageDigest_isAlwaysTheDigestOfTheVersionsAskedFor() {
    List<Volume> c = Desk.clean(4);
    List<List<Volume>> asked =
        List.of(
            List.of(),
            List.of(c.get(0), c.get(1), c.get(2)),
            List.of(c.get(0), c.get(1), c.get(2)),
            List.of(c.get(0), c.get(1)),
            List.of(c.get(0), c.get(1), c.get(2)),
            List.of(c.get(0), c.get(1)),
            List.of(c.get(2), c.get(3)),
            List.of(c.get(2), c.get(1)),
            List.of());
    try (CheckMemo memo = memo(1)) {
      for (List<Volume> volumes : asked) {
        assertThat(memo.packageDigest(volumes))
            .as("%d volumes", volumes.size())
            .isEqualTo(HandOverForm.packageDigest(volumes, HashAlgorithm.SHA_256));
      }
    }
  }

  @Test
  void onThreads_fromThirtyTwoItemsOn_runsOnTheThreads() {
    try (CheckMemo many = memo(2)) {
      Thread caller = Thread.currentThread();
      assertThat(
              many.onThreads(
                  IntStream.range(0, 31).boxed().toList(), i -> Thread.currentThread() == caller))
          .containsOnly(true);
      assertThat(ranByCaller(many, 32)).contains(false);
    }
  }

  /**
   * Whether the caller's thread ran each of {@code n} items handed to the memo. The caller claims
   * items beside the memo's threads; an item it runs waits (up to ten seconds) for a memo thread to
   * have run one, so that the answer shows the memo's threads whenever they take part, whatever
   * their timing.
   */
  private static List<Boolean> ranByCaller(CheckMemo memo, int n) {
    Thread caller = Thread.currentThread();
    CountDownLatch aThreadRan = new CountDownLatch(1);
    return memo.onThreads(
        IntStream.range(0, n).boxed().toList(),
        i -> {
          if (Thread.currentThread() != caller) {
            aThreadRan.countDown();
            return false;
          }
          try {
            aThreadRan.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
          return true;
        });
  }

  @Test
  void onThreads_appliesTheFunctionOncePerItem() {
    int n = 1000;
    AtomicIntegerArray calls = new AtomicIntegerArray(n);
    try (CheckMemo many = memo(3)) {
      many.onThreads(IntStream.range(0, n).boxed().toList(), calls::incrementAndGet);
    }
    for (int i = 0; i < n; i++) {
      assertThat(calls.get(i)).as("calls of item %d", i).isEqualTo(1);
    }
  }

  @Test
  void onThreads_aCheckedFailureOnAThread_isThrownNotSwallowed() {
    IOException failure = new IOException("disk gone");
    try (CheckMemo many = memo(2)) {
      assertThatThrownBy(
              () ->
                  many.onThreads(
                      IntStream.range(0, 64).boxed().toList(),
                      i -> i == 10 ? CheckMemoTest.<Integer, RuntimeException>sneaky(failure) : i))
          .isInstanceOf(IllegalStateException.class)
          .hasCause(failure);
    }
  }

  @Test
  void onThreads_interruptedWhileWaiting_refusesAndKeepsTheInterrupt() {
    try (CheckMemo many = memo(2)) {
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(
                () ->
                    many.onThreads(
                        IntStream.range(0, 64).boxed().toList(),
                        i -> {
                          busy(2_000_000);
                          return i;
                        }))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("interrupted while checking volumes")
            .hasCauseInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
      } finally {
        Thread.interrupted();
      }
    }
  }

  /**
   * Throws a checked exception where the compiler does not expect one, as some hosts' code does.
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  private static <T, E extends Throwable> T sneaky(Throwable e) throws E {
    throw (E) e;
  }

  /** Spins for about {@code nanos}, so an item takes longer than the others. */
  private static void busy(long nanos) {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }
}
