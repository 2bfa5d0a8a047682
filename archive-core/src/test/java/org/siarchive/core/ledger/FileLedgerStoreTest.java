package org.siarchive.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a JSON Lines file, each writer with its own file handle. */
class FileLedgerStoreTest extends LedgerStoreContract {
  @TempDir Path dir;
  private int files;
  private final Map<LedgerStore, Path> paths = new HashMap<>();

  @Override
  LedgerStore newStore() {
    Path file = dir.resolve("ledger-" + files++ + ".jsonl");
    LedgerStore store = LedgerStore.jsonLines(file);
    paths.put(store, file);
    return store;
  }

  @Override
  LedgerStore sameStore(LedgerStore store) {
    return LedgerStore.jsonLines(paths.get(store));
  }

  @Test
  void eachLine_isExactlyTheEventsCanonicalBytes() throws IOException {
    Path file = dir.resolve("lines.jsonl");
    try (LedgerStore store = LedgerStore.jsonLines(file)) {
      Ledger ledger = Ledger.open(store, HashAlgorithm.SHA_256);
      ledger.tryAppend(JsonNodeFactory.instance.objectNode().put("z", "末").put("a", 1));
      String line = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(line)
          .isEqualTo(
              "{\"a\":1,\"algorithm\":\"SHA-256\",\"previousRoot\":"
                  + "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\",\"z\":\"末\"}\n");
    }
  }

  @Test
  void tornLastLine_isReported_neverDropped_andAppendsAreRefused() throws IOException {
    Path file = dir.resolve("torn.jsonl");
    TreeHead head;
    try (LedgerStore store = LedgerStore.jsonLines(file)) {
      Ledger ledger = Ledger.open(store, HashAlgorithm.SHA_256);
      for (int i = 0; i < 3; i++) {
        ledger.tryAppend(JsonNodeFactory.instance.objectNode().put("i", i));
      }
      head = ledger.head();
    }
    long before = Files.size(file);
    Files.writeString(file, "{\"i\":3,\"alg", StandardOpenOption.APPEND);
    try (LedgerStore store = LedgerStore.jsonLines(file)) {
      assertThat(store.size()).isEqualTo(3);
      assertThat(store.tornTail()).contains(new TornTail(4, before, 11));
      LedgerVerification v = Ledger.verify(store, head, null);
      assertThat(v)
          .isEqualTo(
              new LedgerVerification.Invalid(
                  3,
                  head,
                  OptionalLong.of(3),
                  "line 4 is torn: 11 bytes at offset " + before + " without a line feed"));
      assertThatThrownBy(() -> store.tryAppend(3, "{}".getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(LedgerException.class)
          .hasMessageContaining("line 4 is torn")
          .hasMessageContaining("never repaired automatically");
      assertThatThrownBy(() -> Ledger.open(store))
          .isInstanceOf(LedgerException.class)
          .hasMessageContaining("line 4 is torn");
    }
    assertThat(Files.size(file)).isEqualTo(before + 11);
  }

  @Test
  void shrunkFile_isFoundByAnOpenHandle() throws IOException {
    Path file = dir.resolve("shrunk.jsonl");
    try (LedgerStore store = LedgerStore.jsonLines(file)) {
      store.tryAppend(0, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
      Files.writeString(file, "");
      assertThatThrownBy(store::size)
          .isInstanceOf(LedgerException.class)
          .hasMessageContaining("events were removed");
    }
  }

  private static byte[] event(int i, int size) {
    String head = "{\"i\":" + i + ",\"s\":\"";
    return (head + "x".repeat(size - head.length() - 2) + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void read_returnsExactlyTheEventsAsked_aroundLinesOfTheReadBlockAndLonger() {
    // Lines of half a mebibyte, over a mebibyte and a few bytes: reads are cut in blocks of a
    // mebibyte, and whatever the cut, every (from, max) gives the events from..from+max-1.
    int mib = 1 << 20;
    int[] sizes = {mib / 2, mib / 2 + 10, 20, 30, mib + 5, 16, mib / 2 - 1, mib / 2, 40, 50};
    java.util.List<byte[]> events = new java.util.ArrayList<>();
    try (LedgerStore store = newStore()) {
      for (int i = 0; i < sizes.length; i++) {
        events.add(event(i, sizes[i]));
        assertThat(store.tryAppend(i, events.get(i))).isTrue();
      }
      try (LedgerStore other = sameStore(store)) {
        assertThat(other.size()).isEqualTo(sizes.length);
        for (int from = 0; from <= sizes.length; from++) {
          for (int max = 1; max <= sizes.length + 1; max++) {
            java.util.List<byte[]> read = other.read(from, max);
            int to = Math.min(sizes.length, from + max);
            assertThat(read).as("read(%d, %d)", from, max).hasSize(to - from);
            for (int k = from; k < to; k++) {
              assertThat(read.get(k - from))
                  .as("read(%d, %d)[%d]", from, max, k)
                  .isEqualTo(events.get(k));
            }
          }
        }
      }
    }
  }

  @Test
  void describe_namesTheFile_andAClosedStoreRefusesToRead() {
    Path file = dir.resolve("named.jsonl");
    LedgerStore store = LedgerStore.jsonLines(file);
    assertThat(store.describe()).isEqualTo(file.toAbsolutePath().normalize().toString());
    store.close();
    assertThatThrownBy(store::size)
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith("ledger file " + file.toAbsolutePath().normalize());
  }

  @org.junit.jupiter.api.Test
  void read_fromOutsideTheEventsOrOfNoEvents_isRefusedNamingTheArgument() {
    readsFromOutsideTheEvents_areRefusedNamingTheArgument();
  }
}
