package org.siarchive.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** What an append keeps of the caller's event, and what it stores. */
class LedgerAppendTest {
  private static ObjectNode event() {
    ObjectNode e = JsonNodeFactory.instance.objectNode().put("batch", "SC01-2024-1");
    ObjectNode volumes = e.putObject("volumes").put("count", 3);
    volumes.putArray("ids").add("SC01-2024-000001").add("SC01-2024-000002").add("卷-3");
    return e;
  }

  @Test
  void append_leavesTheCallersEventAsItWas_soItCanBeAppendedAgain() {
    Ledger ledger = Ledger.open(LedgerStore.inMemory(), HashAlgorithm.SHA_256);
    ObjectNode event = event();
    assertThat(ledger.tryAppend(event)).hasValue(0);
    assertThat(event).isEqualTo(event());
    String firstRoot = ledger.head().rootHash();
    assertThat(ledger.tryAppend(event)).hasValue(1);
    assertThat(event).isEqualTo(event());
    assertThat(CanonicalJson.parse(ledger.eventBytes(1)).path(Ledger.PREVIOUS_ROOT).asText())
        .isEqualTo(firstRoot);
  }

  @Test
  void append_storesTheCanonicalEventWithTheAlgorithmAndThePreviousRoot() {
    Ledger ledger = Ledger.open(LedgerStore.inMemory(), HashAlgorithm.SM3);
    String emptyRoot = ledger.head().rootHash();
    ledger.tryAppend(event());
    byte[] stored = ledger.eventBytes(0);
    assertThat(CanonicalJson.isCanonical(stored)).isTrue();
    ObjectNode expected = event().put(Ledger.ALGORITHM, "SM3").put(Ledger.PREVIOUS_ROOT, emptyRoot);
    JsonNode parsed = CanonicalJson.parse(stored);
    assertThat(parsed).isEqualTo(expected);
  }
}
