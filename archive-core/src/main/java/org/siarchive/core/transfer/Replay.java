package org.siarchive.core.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.ledger.Ledger;

/**
 * The batches as the replay of their events. Each event must be one the lifecycle table allows from
 * the state the replay has reached: an opening of a batch not yet opened, or a transition from the
 * batch's current state to the table's target. Not thread-safe; its owner serialises.
 */
final class Replay {
  static final int SCHEMA_VERSION = 1;
  private static final Set<String> MEMBERS =
      Set.of(
          "schemaVersion",
          "lifecycle",
          "batch",
          "action",
          "person",
          "role",
          "time",
          "from",
          "to",
          "phase",
          "subCenter",
          "volumes",
          "findings",
          "note",
          Ledger.ALGORITHM,
          Ledger.PREVIOUS_ROOT);

  /** A batch's replayed state. */
  static final class State {
    final String id;
    final String subCenter;
    final int phase;
    final VolumeSet volumes;
    String state;
    long events;
    final List<LifecycleTable.Taken> history = new ArrayList<>();

    State(String id, String subCenter, int phase, VolumeSet volumes, String state) {
      this.id = id;
      this.subCenter = subCenter;
      this.phase = phase;
      this.volumes = volumes;
      this.state = state;
    }

    Batch toBatch() {
      return new Batch(id, subCenter, phase, volumes, state, events);
    }
  }

  private final LifecycleTable table;
  private final Map<String, State> batches = new LinkedHashMap<>();

  Replay(LifecycleTable table) {
    this.table = table;
  }

  @Nullable State batch(String id) {
    return batches.get(id);
  }

  List<Batch> batches() {
    return batches.values().stream().map(State::toBatch).toList();
  }

  /** Applies one event; returns what is wrong with it (and then changes nothing), or null. */
  @Nullable String apply(JsonNode event) {
    try {
      for (Iterator<String> it = event.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!MEMBERS.contains(name)) {
          return "unknown member " + name;
        }
      }
      if (integer(event, "schemaVersion") != SCHEMA_VERSION) {
        return "schemaVersion "
            + event.get("schemaVersion")
            + ", this library reads "
            + SCHEMA_VERSION;
      }
      String id = text(event, "batch");
      String action = text(event, "action");
      String to = text(event, "to");
      String person = text(event, "person");
      text(event, "role");
      text(event, "time");
      State b = batches.get(id);
      if (event.has("phase")) {
        int phase = (int) integer(event, "phase");
        if (b != null) {
          return String.format(Locale.ROOT, "batch %s is opened again", id);
        }
        if (!table.phases().contains(phase)) {
          return "phase " + phase + " is not in " + table.ref();
        }
        LifecycleTable.Transition open = table.opening(phase);
        if (!open.action().equals(action) || !open.to().equals(to) || event.has("from")) {
          return String.format(
              Locale.ROOT,
              "batch %s: %s to %s is not how %s opens a phase-%d batch",
              id,
              action,
              to,
              table.ref(),
              phase);
        }
        JsonNode v = event.get("volumes");
        if (v == null || !v.isObject() || !v.path("ids").isArray()) {
          return "volumes missing or not an object with ids";
        }
        List<String> ids = new ArrayList<>();
        v.get("ids").forEach(n -> ids.add(n.isTextual() ? n.textValue() : ""));
        if (integer(v, "count") != ids.size()) {
          return "volumes count " + v.get("count") + " differs from its " + ids.size() + " ids";
        }
        State s =
            new State(
                id, text(event, "subCenter"), phase, new VolumeSet(ids, text(v, "digest")), to);
        s.events = 1;
        s.history.add(new LifecycleTable.Taken(action, person));
        batches.put(id, s);
        return null;
      }
      if (b == null) {
        return String.format(Locale.ROOT, "batch %s was never opened", id);
      }
      String from = text(event, "from");
      if (!from.equals(b.state)) {
        return String.format(
            Locale.ROOT, "batch %s: from %s, but the replay reached %s", id, from, b.state);
      }
      LifecycleTable.Transition t = table.transition(b.phase, from, action).orElse(null);
      if (t == null || !t.to().equals(to)) {
        return String.format(
            Locale.ROOT,
            "batch %s: %s from %s to %s is not in %s",
            id,
            action,
            from,
            to,
            table.ref());
      }
      b.state = to;
      b.events++;
      b.history.add(new LifecycleTable.Taken(action, person));
      return null;
    } catch (InvalidValueException e) {
      return e.getMessage();
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new InvalidValueException(field, "a string", v == null ? "missing" : v.toString());
    }
    return v.textValue();
  }

  private static long integer(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isIntegralNumber()) {
      throw new InvalidValueException(field, "an integer", v == null ? "missing" : v.toString());
    }
    return v.longValue();
  }
}
