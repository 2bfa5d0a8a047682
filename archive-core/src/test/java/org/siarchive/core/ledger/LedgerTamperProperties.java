package org.siarchive.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every single-event edit, removal, insertion, swap and byte flip is found: from the ledger alone
 * when it touches any event but the last, and always with the published tree head. Every property
 * holds for every {@link RootCheck} the verifier offers (every event, and checkpoints at intervals
 * below, near and above the ledgers' sizes), and checkpoints name the same first bad event and
 * reason as every event.
 */
class LedgerTamperProperties {
  static Stream<RootCheck> rootChecks() {
    return Stream.of(
        RootCheck.EVERY_EVENT,
        RootCheck.atCheckpoints(2),
        RootCheck.atCheckpoints(3),
        RootCheck.atCheckpoints(7),
        RootCheck.atCheckpoints(16),
        RootCheck.atCheckpoints(1024));
  }

  private static List<byte[]> ledger(int n, long seed, Ledger[] out) {
    Ledger ledger = Ledger.open(LedgerStore.inMemory(), HashAlgorithm.SHA_256);
    for (int i = 0; i < n; i++) {
      ObjectNode e =
          JsonNodeFactory.instance
              .objectNode()
              .put("batch", "B" + (i % 3))
              .put("i", i)
              .put("seed", seed);
      ledger.tryAppend(e);
    }
    out[0] = ledger;
    List<byte[]> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      events.add(ledger.eventBytes(i));
    }
    return events;
  }

  private static LedgerVerification verify(
      List<byte[]> events, TreeHead head, RootCheck rootCheck) {
    LedgerStore store = LedgerStore.inMemory();
    for (int i = 0; i < events.size(); i++) {
      store.tryAppend(i, events.get(i));
    }
    return Ledger.verify(store, head, null, rootCheck);
  }

  enum Tamper {
    EDIT,
    REMOVE,
    INSERT,
    SWAP,
    FLIP
  }

  /** The tampered events, and the lowest index the tampering touched. */
  private record Tampered(List<byte[]> events, int lowest, int highest) {}

  private static Tampered tamper(List<byte[]> original, Tamper kind, int a, int b, int bit) {
    List<byte[]> events = new ArrayList<>(original);
    int n = events.size();
    int i = a % n;
    switch (kind) {
      case EDIT -> {
        String text = new String(events.get(i), java.nio.charset.StandardCharsets.UTF_8);
        events.set(
            i,
            text.replace("\"i\":" + i + ",", "\"i\":" + (i + 1000) + ",")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Tampered(events, i, i);
      }
      case REMOVE -> {
        events.remove(i);
        return new Tampered(events, i, i);
      }
      case INSERT -> {
        int at = a % (n + 1);
        events.add(at, original.get(b % n).clone());
        return new Tampered(events, at, at);
      }
      case SWAP -> {
        int j = b % n;
        if (j == i) {
          j = (i + 1) % n;
        }
        if (Arrays.equals(events.get(i), events.get(j))) {
          return null;
        }
        byte[] x = events.get(i);
        events.set(i, events.get(j));
        events.set(j, x);
        return new Tampered(events, Math.min(i, j), Math.max(i, j));
      }
      case FLIP -> {
        byte[] e = events.get(i).clone();
        int at = b % e.length;
        e[at] ^= (byte) (1 << (bit % 8));
        if (e[at] == '\n') {
          e[at] ^= 0x20;
        }
        events.set(i, e);
        return new Tampered(events, i, i);
      }
      default -> throw new AssertionError(kind);
    }
  }

  @ParameterizedTest
  @MethodSource("rootChecks")
  void everySingleEventTampering_isFoundWithThePublishedHead_andFromTheLedgerAloneBeforeTheLast(
      RootCheck rootCheck) {
    int[] found = new int[2];
    qt().withFixedSeed(8785L)
        .withExamples(Integer.getInteger("siarchive.tamper.examples", 400))
        .forAll(
            integers().between(1, 40),
            integers().between(0, Tamper.values().length - 1),
            integers().between(0, 1 << 20),
            integers().between(0, 1 << 20))
        .checkAssert(
            (n, k, a, b) -> {
              Ledger[] l = new Ledger[1];
              List<byte[]> events = ledger(n, a, l);
              TreeHead head = l[0].head();
              Tampered t = tamper(events, Tamper.values()[k], a, b, a ^ b);
              if (t == null) {
                return;
              }
              LedgerVerification withHead = verify(t.events(), head, rootCheck);
              assertThat(withHead.isValid())
                  .as(
                      "%s of %d events at %d..%d with the head",
                      Tamper.values()[k], n, t.lowest(), t.highest())
                  .isFalse();
              found[0]++;
              // From the ledger alone: anything before the (new) last event breaks a later
              // previousRoot.
              if (t.highest() < t.events().size() - 1) {
                assertThat(verify(t.events(), null, rootCheck).isValid())
                    .as(
                        "%s of %d events at %d..%d alone",
                        Tamper.values()[k], n, t.lowest(), t.highest())
                    .isFalse();
                found[1]++;
              }
            });
    assertThat(found[0]).isPositive();
    assertThat(found[1]).isPositive();
  }

  @ParameterizedTest
  @MethodSource("rootChecks")
  void firstBadEvent_isTheEventAfterAnEditedOne(RootCheck rootCheck) {
    Ledger[] l = new Ledger[1];
    List<byte[]> events = ledger(10, 1, l);
    Tampered t = tamper(events, Tamper.EDIT, 4, 0, 0);
    LedgerVerification v = verify(t.events(), null, rootCheck);
    assertThat(v).isInstanceOf(LedgerVerification.Invalid.class);
    assertThat(((LedgerVerification.Invalid) v).firstBadEvent()).hasValue(5);
    assertThat(((LedgerVerification.Invalid) v).reason()).startsWith("previousRoot \"");
  }

  @ParameterizedTest
  @MethodSource("rootChecks")
  void truncation_andWholesaleRewrite_areFoundOnlyWithThePublishedHead(RootCheck rootCheck) {
    Ledger[] l = new Ledger[1];
    List<byte[]> events = ledger(10, 2, l);
    TreeHead head = l[0].head();
    assertThat(verify(events.subList(0, 7), null, rootCheck).isValid()).isTrue();
    LedgerVerification truncated = verify(events.subList(0, 7), head, rootCheck);
    assertThat(((LedgerVerification.Invalid) truncated).reason())
        .isEqualTo("truncated: the ledger holds 7 events, the published head 10");
    Ledger[] other = new Ledger[1];
    List<byte[]> rewritten = ledger(10, 3, other);
    assertThat(verify(rewritten, null, rootCheck).isValid()).isTrue();
    LedgerVerification v = verify(rewritten, head, rootCheck);
    assertThat(((LedgerVerification.Invalid) v).firstBadEvent()).isEmpty();
    assertThat(((LedgerVerification.Invalid) v).reason())
        .startsWith("rewritten: the root of the first 10 events is ");
    assertThat(verify(events, l[0].headAt(6), rootCheck).isValid()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("rootChecks")
  void checkpoints_nameTheSameFirstBadEventAndReason_asEveryEvent(RootCheck rootCheck) {
    qt().withFixedSeed(9162L)
        .withExamples(300)
        .forAll(
            integers().between(1, 60),
            integers().between(0, Tamper.values().length - 1),
            integers().between(0, 1 << 20),
            integers().between(0, 1 << 20))
        .checkAssert(
            (n, k, a, b) -> {
              Ledger[] l = new Ledger[1];
              List<byte[]> events = ledger(n, a, l);
              Tampered t = tamper(events, Tamper.values()[k], a, b, a ^ b);
              List<byte[]> checked = t == null ? events : t.events();
              for (TreeHead head : new TreeHead[] {null, l[0].head()}) {
                assertThat(verify(checked, head, rootCheck))
                    .as("%s of %d events at %d, head %s", Tamper.values()[k], n, a % n, head)
                    .isEqualTo(verify(checked, head, RootCheck.EVERY_EVENT));
              }
            });
  }

  @Test
  void checkpoints_passAnEventWhoseOwnPreviousRootAloneIsFalse_whichEveryEventFinds() {
    // A writer that bypasses Ledger writes event 5 with a false previousRoot, and the events after
    // it chain on over its bytes: what RootCheck documents that checkpoints do not find.
    LedgerStore store = LedgerStore.inMemory();
    org.siarchive.core.ledger.internal.MerkleTree tree =
        new org.siarchive.core.ledger.internal.MerkleTree(
            org.siarchive.core.ledger.internal.Hasher.of("SHA-256"));
    for (int i = 0; i < 12; i++) {
      byte[] root = tree.root();
      if (i == 5) {
        root = new byte[32];
      }
      ObjectNode e =
          JsonNodeFactory.instance
              .objectNode()
              .put("algorithm", "SHA-256")
              .put("i", i)
              .put("previousRoot", HashAlgorithm.hex(root));
      byte[] bytes = CanonicalJson.toBytes(e);
      store.tryAppend(i, bytes);
      tree.appendData(bytes);
    }
    LedgerVerification every = Ledger.verify(store, null, null);
    assertThat(((LedgerVerification.Invalid) every).firstBadEvent()).hasValue(5);
    assertThat(Ledger.verify(store, null, null, RootCheck.atCheckpoints(4)).isValid()).isTrue();
    assertThat(Ledger.verify(store, null, null, RootCheck.atCheckpoints(5)).isValid()).isFalse();
  }

  @Test
  void rootCheck_outsideItsRange_isRefusedNamingTheInterval() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RootCheck.atCheckpoints(0))
        .hasMessage("Invalid value for interval (valid values 1 - 65536): 0");
    assertThat(RootCheck.atCheckpoints(1)).isEqualTo(RootCheck.EVERY_EVENT);
    assertThat(RootCheck.atCheckpoints(1 << 16).isEveryEvent()).isFalse();
  }

  /**
   * Events written by a writer that bypasses Ledger: each chains on over the bytes before it, and
   * event {@code bad}'s previousRoot text is what {@code previousRoot} makes of the true root's
   * hex.
   */
  private static LedgerStore chained(
      int n, int bad, java.util.function.UnaryOperator<String> previousRoot) {
    LedgerStore store = LedgerStore.inMemory();
    org.siarchive.core.ledger.internal.MerkleTree tree =
        new org.siarchive.core.ledger.internal.MerkleTree(
            org.siarchive.core.ledger.internal.Hasher.of("SHA-256"));
    for (int i = 0; i < n; i++) {
      String root = HashAlgorithm.hex(tree.root());
      ObjectNode e =
          JsonNodeFactory.instance
              .objectNode()
              .put("algorithm", "SHA-256")
              .put("i", i)
              .put("previousRoot", i == bad ? previousRoot.apply(root) : root);
      byte[] bytes = CanonicalJson.toBytes(e);
      store.tryAppend(i, bytes);
      tree.appendData(bytes);
    }
    return store;
  }

  private static String eachDigit(String hex, int parity) {
    StringBuilder b = new StringBuilder(hex);
    for (int k = parity; k < b.length(); k += 2) {
      b.setCharAt(k, Character.forDigit((Character.digit(b.charAt(k), 16) + 1) % 16, 16));
    }
    return b.toString();
  }

  @ParameterizedTest
  @MethodSource("rootChecks")
  void previousRootWithEveryHighOrEveryLowDigitChanged_atACheckpoint_isFound(RootCheck rootCheck) {
    for (int parity = 0; parity < 2; parity++) {
      int p = parity;
      LedgerVerification v =
          Ledger.verify(chained(9, 0, r -> eachDigit(r, p)), null, null, rootCheck);
      assertThat(v).as("parity %d", parity).isInstanceOf(LedgerVerification.Invalid.class);
      assertThat(((LedgerVerification.Invalid) v).firstBadEvent()).hasValue(0);
      assertThat(((LedgerVerification.Invalid) v).reason()).startsWith("previousRoot \"");
    }
  }

  @ParameterizedTest
  @MethodSource("rootChecks")
  void previousRootInUpperCaseHex_betweenCheckpoints_isFound(RootCheck rootCheck) {
    LedgerVerification v =
        Ledger.verify(
            chained(12, 5, r -> r.toUpperCase(java.util.Locale.ROOT)), null, null, rootCheck);
    assertThat(v)
        .isEqualTo(
            Ledger.verify(chained(12, 5, r -> r.toUpperCase(java.util.Locale.ROOT)), null, null));
    assertThat(((LedgerVerification.Invalid) v).firstBadEvent()).hasValue(5);
  }

  @ParameterizedTest
  @MethodSource("rootChecks")
  void eventsTheFastPathLeavesToTheExactCheck_verifyAsEveryEventDoes(RootCheck rootCheck) {
    // Fractions and non-ASCII names are canonical, but only the exact check accepts them.
    Ledger ledger = Ledger.open(LedgerStore.inMemory(), HashAlgorithm.SHA_256);
    for (int i = 0; i < 11; i++) {
      ObjectNode e = JsonNodeFactory.instance.objectNode().put("i", i);
      if (i % 3 != 0) {
        e.put("档案", i + 0.5);
      }
      ledger.tryAppend(e);
    }
    List<byte[]> events = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      events.add(ledger.eventBytes(i));
    }
    assertThat(verify(events, ledger.head(), rootCheck))
        .isEqualTo(new LedgerVerification.Valid(11, ledger.head()));
    assertThat(verify(events, null, rootCheck))
        .isEqualTo(new LedgerVerification.Valid(11, ledger.head()));
    Tampered t = tamper(events, Tamper.EDIT, 4, 0, 0);
    assertThat(verify(t.events(), null, rootCheck))
        .isEqualTo(verify(t.events(), null, RootCheck.EVERY_EVENT));
  }

  @Test
  void firstEventNamingAnUnknownAlgorithm_isTheFirstBadEvent_forTheReasonTheStoreGives() {
    LedgerStore store = LedgerStore.inMemory();
    store.tryAppend(
        0,
        CanonicalJson.toBytes(
            JsonNodeFactory.instance
                .objectNode()
                .put("algorithm", "MD5")
                .put("previousRoot", HashAlgorithm.SHA_256.hashHex(new byte[0]))));
    LedgerVerification v = Ledger.verify(store, null, null);
    assertThat(((LedgerVerification.Invalid) v).firstBadEvent()).hasValue(0);
    assertThat(((LedgerVerification.Invalid) v).reason())
        .isEqualTo(
            "ledger "
                + store.describe()
                + ": event 0: Invalid value for algorithm (SHA-256 or SM3): MD5");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "{\"a\": 1}|not in RFC 8785 canonical form",
        "[1]|not a JSON object",
        "{\"algorithm\":\"SM3\",\"i\":1}|algorithm \"SM3\", the ledger's is SHA-256",
        "{\"i\":1}|algorithm missing, the ledger's is SHA-256",
        "{\"a\":|not canonical JSON: "
      })
  void eventOfTheWrongForm_isTheFirstBadEvent_forItsReasonInWords(String second, String reason) {
    Ledger[] l = new Ledger[1];
    List<byte[]> events = new ArrayList<>(ledger(1, 4, l));
    events.add(second.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (RootCheck rootCheck : rootChecks().toList()) {
      LedgerVerification v = verify(events, null, rootCheck);
      assertThat(((LedgerVerification.Invalid) v).firstBadEvent()).hasValue(1);
      assertThat(((LedgerVerification.Invalid) v).reason()).startsWith(reason);
      if (!reason.endsWith(":")) {
        assertThat(((LedgerVerification.Invalid) v).reason()).isEqualTo(reason);
      }
    }
  }

  @Test
  void eventBytes_outsideTheLedger_isRefusedNamingTheValidIndices() {
    Ledger[] l = new Ledger[1];
    ledger(3, 5, l);
    assertThat(l[0].eventBytes(2)).isNotEmpty();
    for (long bad : new long[] {-1, 3}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> l[0].eventBytes(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid value for event (valid values 0 - 2): " + bad);
    }
  }
}
