package org.siarchive.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;

/**
 * The one contract every {@link LedgerStore} passes, written once and run against memory, the JSON
 * Lines file and PostgreSQL.
 */
abstract class LedgerStoreContract {

  /** A new, empty store. */
  abstract LedgerStore newStore();

  /** Another handle on the same store (another writer, as another process would have). */
  abstract LedgerStore sameStore(LedgerStore store);

  int writers() {
    return 8;
  }

  int appendsPerWriter() {
    return 500;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void append_atTheExpectedIndex_isReadBackExactly() {
    try (LedgerStore store = newStore()) {
      assertThat(store.size()).isZero();
      assertThat(store.tryAppend(0, bytes("{\"a\":1}"))).isTrue();
      assertThat(store.tryAppend(1, bytes("{\"b\":\"é\"}"))).isTrue();
      assertThat(store.size()).isEqualTo(2);
      assertThat(store.read(0, 10)).containsExactly(bytes("{\"a\":1}"), bytes("{\"b\":\"é\"}"));
      assertThat(store.read(1, 1)).containsExactly(bytes("{\"b\":\"é\"}"));
      assertThat(store.read(2, 5)).isEmpty();
    }
  }

  @Test
  void append_atATakenOrFutureIndex_isRefusedAndWritesNothing() {
    try (LedgerStore store = newStore()) {
      assertThat(store.tryAppend(0, bytes("{\"a\":1}"))).isTrue();
      assertThat(store.tryAppend(0, bytes("{\"x\":1}"))).isFalse();
      assertThat(store.tryAppend(2, bytes("{\"x\":2}"))).isFalse();
      assertThat(store.size()).isEqualTo(1);
      assertThat(store.read(0, 10)).containsExactly(bytes("{\"a\":1}"));
    }
  }

  @Test
  void append_ofAnEmptyEventOrALineFeed_isRefused() {
    try (LedgerStore store = newStore()) {
      assertThatThrownBy(() -> store.tryAppend(0, new byte[0]))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("Invalid value for event (1 or more bytes): (empty)");
      assertThatThrownBy(() -> store.tryAppend(0, bytes("{}\n{}")))
          .isInstanceOf(InvalidValueException.class);
      assertThat(store.size()).isZero();
    }
  }

  @Test
  void anotherHandle_seesTheEvents_andLosesTheRaceForATakenIndex() {
    try (LedgerStore store = newStore();
        LedgerStore other = sameStore(store)) {
      assertThat(store.tryAppend(0, bytes("{\"a\":1}"))).isTrue();
      assertThat(other.size()).isEqualTo(1);
      assertThat(other.tryAppend(0, bytes("{\"b\":1}"))).isFalse();
      assertThat(other.tryAppend(1, bytes("{\"b\":1}"))).isTrue();
      assertThat(store.read(0, 5)).containsExactly(bytes("{\"a\":1}"), bytes("{\"b\":1}"));
    }
  }

  @Test
  void ledger_reopened_hasTheSameHead_andVerifies() {
    try (LedgerStore store = newStore()) {
      Ledger ledger = Ledger.open(store, HashAlgorithm.SM3);
      for (int i = 0; i < 20; i++) {
        assertThat(ledger.tryAppend(JsonNodeFactory.instance.objectNode().put("i", i))).hasValue(i);
      }
      try (LedgerStore again = sameStore(store)) {
        Ledger reopened = Ledger.open(again);
        assertThat(reopened.algorithm()).isEqualTo(HashAlgorithm.SM3);
        assertThat(reopened.head()).isEqualTo(ledger.head());
        assertThat(Ledger.verify(again, ledger.head(), null))
            .isEqualTo(new LedgerVerification.Valid(20, ledger.head()));
      }
    }
  }

  @Test
  void concurrentWriters_neverForkOrLoseTheChain() throws Exception {
    int writers = writers();
    int each = appendsPerWriter();
    try (LedgerStore store = newStore()) {
      List<LedgerStore> handles = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      try {
        List<Future<Integer>> retries = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
          LedgerStore handle = w == 0 ? store : sameStore(store);
          handles.add(handle);
          int writer = w;
          retries.add(
              pool.submit(
                  () -> {
                    Ledger ledger = Ledger.open(handle, HashAlgorithm.SHA_256);
                    int lost = 0;
                    for (int i = 0; i < each; i++) {
                      while (ledger
                          .tryAppend(
                              JsonNodeFactory.instance.objectNode().put("w", writer).put("i", i))
                          .isEmpty()) {
                        lost++;
                        ledger.refresh();
                      }
                    }
                    return lost;
                  }));
        }
        for (Future<Integer> f : retries) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
      assertThat(store.size()).isEqualTo((long) writers * each);
      LedgerVerification v = Ledger.verify(store, null, null);
      assertThat(v.isValid()).as(v.toString()).isTrue();
      Set<String> seen = new HashSet<>();
      for (long i = 0; i < store.size(); i += 1000) {
        for (byte[] e : store.read(i, 1000)) {
          JsonNode n = CanonicalJson.parse(e);
          assertThat(seen.add(n.get("w").asInt() + "/" + n.get("i").asInt())).isTrue();
        }
      }
      assertThat(seen).hasSize(writers * each);
      for (LedgerStore h : handles) {
        if (h != store) {
          h.close();
        }
      }
    }
  }

  /** A store that knows its size refuses reads from outside it (not the database: see its test). */
  void readsFromOutsideTheEvents_areRefusedNamingTheArgument() {
    try (LedgerStore store = newStore()) {
      assertThat(store.tryAppend(0, bytes("{\"a\":1}"))).isTrue();
      assertThatThrownBy(() -> store.read(-1, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid value for from (valid values 0 - 1): -1");
      assertThatThrownBy(() -> store.read(2, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid value for from (valid values 0 - 1): 2");
      assertThatThrownBy(() -> store.read(0, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid value for max (1 or more): 0");
      assertThat(store.read(1, 1)).isEmpty();
    }
  }
}
