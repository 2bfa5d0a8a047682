package org.siarchive.benchmarks.ledger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A transfer event of the usual size (about 400 bytes once the ledger adds its members). */
final class Events {
  private Events() {}

  static ObjectNode typical(long i) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("schemaVersion", 1)
        .put("lifecycle", "transfer-lifecycle/2026.1")
        .put("batch", "SC" + (i % 16) + "-2026-" + (i / 16))
        .put("action", "PRE_ACCEPT")
        .put("person", "AC-ACCEPTANCE_POST-1")
        .put("role", "ACCEPTANCE_POST")
        .put("time", "2026-03-01T08:30:00.000+08:00")
        .put("from", "REQUESTED")
        .put("to", "PRE_ACCEPTED")
        .put("note", "event " + i);
  }
}
