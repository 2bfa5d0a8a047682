package org.siarchive.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.model.Volume;
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
      List<Boolean> large =
          many.onThreads(
              IntStream.range(0, 64).boxed().toList(), i -> Thread.currentThread() == caller);
      assertThat(large).containsOnly(false);
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

  /** Spins for about {@code nanos}, so an item takes longer than the others. */
  private static void busy(long nanos) {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }
}
