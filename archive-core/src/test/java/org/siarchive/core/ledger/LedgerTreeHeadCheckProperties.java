package org.siarchive.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Ledger#verifyTreeHead}: the published head is recomputed from the bytes alone, so any
 * change to the events it covers is found, and an untouched ledger gives the head {@link
 * Ledger#verify} gives.
 */
class LedgerTreeHeadCheckProperties {
  private static Ledger ledger(int n, long seed) {
    Ledger ledger = Ledger.open(LedgerStore.inMemory(), HashAlgorithm.SHA_256);
    for (int i = 0; i < n; i++) {
      ledger
          .tryAppend(JsonNodeFactory.instance.objectNode().put("i", i).put("seed", seed))
          .orElseThrow();
    }
    return ledger;
  }

  private static LedgerStore store(List<byte[]> events) {
    LedgerStore store = LedgerStore.inMemory();
    for (int i = 0; i < events.size(); i++) {
      store.tryAppend(i, events.get(i));
    }
    return store;
  }

  @Test
  void untouchedLedger_isValid_withTheHeadThatFullVerificationGives() {
    qt().withFixedSeed(2162L)
        .withExamples(50)
        .forAll(integers().between(0, 70), integers().between(0, 70))
        .checkAssert(
            (n, m) -> {
              Ledger ledger = ledger(n, m);
              TreeHead published = ledger.headAt(Math.min(m, n));
              LedgerVerification head = Ledger.verifyTreeHead(ledger.store(), published);
              assertThat(head.isValid()).isTrue();
              assertThat(head.treeHead())
                  .isEqualTo(Ledger.verify(ledger.store(), null, null).treeHead());
              assertThat(head.events()).isEqualTo((long) n);
            });
  }

  /**
   * Hashing complete subtrees apart (here of 1 to 16 events, so every boundary is met: a published
   * size at, inside and after a subtree) gives the answer of the event-by-event check.
   */
  @Test
  void subtreesHashedApart_giveTheSameAnswer_whereverThePublishedSizeFalls() {
    qt().withFixedSeed(4096L)
        .withExamples(60)
        .forAll(integers().between(0, 90), integers().between(0, 100), integers().between(0, 4))
        .checkAssert(
            (n, m, height) -> {
              Ledger ledger = ledger(n, m);
              TreeHead published = ledger.headAt(Math.min(m, n));
              LedgerVerification apart =
                  LedgerVerifier.verifyTreeHead(ledger.store(), published, height);
              assertThat(apart).isEqualTo(Ledger.verify(ledger.store(), published, null));
              if (n > 0) {
                List<byte[]> events = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                  events.add(ledger.eventBytes(i));
                }
                int i = m % n;
                byte[] e = events.get(i).clone();
                e[e.length / 2] ^= 1;
                events.set(i, e);
                boolean covered = i < published.treeSize();
                assertThat(
                        LedgerVerifier.verifyTreeHead(store(events), published, height).isValid())
                    .as("flip in event %d of %d, head of %d", i, n, published.treeSize())
                    .isEqualTo(!covered);
              }
            });
  }

  @Test
  void everyFlipRemovalInsertionAndSwap_ofACoveredEvent_isFound() {
    qt().withFixedSeed(6962L)
        .withExamples(300)
        .forAll(
            integers().between(2, 40),
            integers().between(0, 3),
            integers().between(0, 1 << 20),
            integers().between(0, 1 << 20))
        .checkAssert(
            (n, kind, a, b) -> {
              Ledger ledger = ledger(n, a);
              TreeHead published = ledger.head();
              List<byte[]> events = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                events.add(ledger.eventBytes(i));
              }
              int i = a % n;
              int j = (i + 1 + b % (n - 1)) % n;
              switch (kind) {
                case 0 -> {
                  byte[] e = events.get(i).clone();
                  e[b % e.length] ^= (byte) (1 << (a % 8));
                  events.set(i, e);
                }
                case 1 -> events.remove(i);
                case 2 -> events.add(i, events.get(j).clone());
                default -> {
                  byte[] x = events.get(i);
                  events.set(i, events.get(j));
                  events.set(j, x);
                }
              }
              LedgerVerification v = Ledger.verifyTreeHead(store(events), published);
              assertThat(v.isValid())
                  .as("change %d at %d (%d) of %d events", kind, i, j, n)
                  .isFalse();
              assertThat(((LedgerVerification.Invalid) v).reason())
                  .matches("(truncated|rewritten): .*");
            });
  }
}
