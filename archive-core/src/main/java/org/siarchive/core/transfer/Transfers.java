package org.siarchive.core.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.ArchiveTime;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.Masking;
import org.siarchive.core.ledger.CanonicalJson;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.LedgerException;
import org.siarchive.core.ledger.LedgerStore;
import org.siarchive.core.ledger.LedgerVerification;
import org.siarchive.core.ledger.TreeHead;

/**
 * Carries transfer batches through their lifecycle: opens batches and takes actions on them as the
 * {@link LifecycleTable} allows, for the people on a {@link Roster}, recording every accepted
 * action as an event in a {@link Ledger}. A refused action is a {@link ActionResult.Refused} result
 * naming the refusing rule and changes nothing. The batches' states are the replay of the ledger's
 * events; when another writer appended first, the action is decided again on the new head, so
 * concurrent writers never fork the chain. Time comes from the injected clock, written in {@link
 * ArchiveTime#ZONE}.
 *
 * <p>An event is the canonical JSON object {@code {"action", "algorithm", "batch", "findings"?,
 * "from"?, "lifecycle", "note"?, "person", "phase"?, "previousRoot", "role", "schemaVersion",
 * "subCenter"?, "time", "to", "volumes"?}}; an opening carries {@code phase}, {@code subCenter} and
 * {@code volumes} ({@code {"count", "digest", "ids"}}), every other event {@code from}.
 *
 * <pre>{@code
 * Transfers transfers = Transfers.of(LifecycleTable.bundled(), roster,
 *     Ledger.open(LedgerStore.jsonLines(file), HashAlgorithm.SHA_256), ArchiveTime.systemClock());
 * transfers.open("SC01-2026-01", "SC01", 2, volumes, "p01");
 * ActionResult r = transfers.act("SC01-2026-01", "SELF_CHECK", "p02", null, "all 120 volumes");
 * }</pre>
 *
 * <p>Thread-safe: calls are serialised.
 *
 * @since 0.1.0
 */
public final class Transfers {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);
  private static final int MAX_NOTE = 2000;

  private final LifecycleTable table;
  private final Map<String, Person> people = new HashMap<>();
  private final Ledger ledger;
  private final Clock clock;
  private final Replay replay;

  private Transfers(LifecycleTable table, Roster roster, Ledger ledger, Clock clock) {
    this.table = table;
    roster.people().forEach(p -> people.put(p.id(), p));
    this.ledger = ledger;
    this.clock = clock;
    this.replay = new Replay(table);
  }

  /**
   * Replays the ledger's events and returns the service.
   *
   * @param table the lifecycle the batches follow
   * @param roster the people who may act, with their roles
   * @param ledger the ledger the events are read from and appended to
   * @param clock the clock the events' times come from
   * @return the service, with the batches as the ledger's events leave them
   * @throws LedgerException when an event is not one the table allows from the replayed state
   */
  public static Transfers of(LifecycleTable table, Roster roster, Ledger ledger, Clock clock) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(roster, "roster");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(clock, "clock");
    Transfers t = new Transfers(table, roster, ledger, clock);
    synchronized (t) {
      long known = ledger.size();
      for (long i = 0; i < known; i += 4096) {
        List<byte[]> chunk = ledger.store().read(i, (int) Math.min(4096, known - i));
        for (int j = 0; j < chunk.size(); j++) {
          t.apply(i + j, CanonicalJson.parse(chunk.get(j)));
        }
      }
      t.catchUp();
    }
    return t;
  }

  private void apply(long index, JsonNode event) {
    String problem = replay.apply(event);
    if (problem != null) {
      throw new LedgerException(
          String.format(
              Locale.ROOT, "ledger %s: event %d: %s", ledger.store().describe(), index, problem));
    }
  }

  private void catchUp() {
    List<JsonNode> added = ledger.refresh();
    long index = ledger.size() - added.size();
    for (JsonNode e : added) {
      apply(index++, e);
    }
  }

  /** {@return the lifecycle table} */
  public LifecycleTable table() {
    return table;
  }

  /** {@return the ledger} */
  public Ledger ledger() {
    return ledger;
  }

  /**
   * Opens a batch: the phase's opening action, taken by the person.
   *
   * @param batchId the new batch's id, 1 to 64 of {@code [A-Za-z0-9._-]}
   * @param subCenter the sub-centre forming it
   * @param phase the phase whose lifecycle it follows
   * @param volumes the volumes it holds
   * @param personId who opens it
   * @return accepted with the new batch, or refused (for example when the id is taken)
   * @throws InvalidValueException for a malformed id or a phase the table has not
   */
  public synchronized ActionResult open(
      String batchId, String subCenter, int phase, VolumeSet volumes, String personId) {
    checkId("batch", batchId);
    checkId("subCenter", subCenter);
    Objects.requireNonNull(volumes, "volumes");
    Objects.requireNonNull(personId, "personId");
    LifecycleTable.Transition open = table.opening(phase);
    while (true) {
      catchUp();
      Replay.State existing = replay.batch(batchId);
      Person person = people.get(personId);
      Optional<Refusal> refusal =
          table.refusal(
              batchId,
              true,
              phase,
              subCenter,
              existing == null ? null : existing.state,
              open.action(),
              personId,
              person,
              existing == null ? List.of() : existing.history);
      if (refusal.isPresent()) {
        return new ActionResult.Refused(refusal.get());
      }
      ObjectNode event =
          common(
              batchId,
              open.action(),
              personId,
              LifecycleTable.roleFor(open, known(person)),
              open.to());
      event.put("phase", phase);
      event.put("subCenter", subCenter);
      ObjectNode v = event.putObject("volumes");
      v.put("count", volumes.ids().size());
      v.put("digest", volumes.digest());
      volumes.ids().forEach(v.putArray("ids")::add);
      Optional<ActionResult> done = append(event, batchId, open.action(), null, open.to());
      if (done.isPresent()) {
        return done.get();
      }
    }
  }

  /**
   * Takes an action on a batch.
   *
   * @param batchId an opened batch
   * @param action the action's name
   * @param personId who takes it
   * @param findings the findings attached, or null
   * @param note a note of at most 2000 characters, or null
   * @return accepted with the batch after the action, or refused with the rule that refuses it
   * @throws InvalidValueException for a batch the ledger has not opened, or a note too long
   */
  public synchronized ActionResult act(
      String batchId,
      String action,
      String personId,
      @Nullable Findings findings,
      @Nullable String note) {
    Objects.requireNonNull(batchId, "batchId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(personId, "personId");
    if (note != null && note.length() > MAX_NOTE) {
      throw new InvalidValueException(
          "note", "at most " + MAX_NOTE + " characters", note.length() + " characters");
    }
    while (true) {
      catchUp();
      Replay.State b = replay.batch(batchId);
      if (b == null) {
        throw new InvalidValueException(
            "batch",
            "a batch opened in ledger " + ledger.store().describe(),
            Masking.quoted(batchId));
      }
      Person person = people.get(personId);
      Optional<Refusal> refusal =
          table.refusal(
              batchId, false, b.phase, b.subCenter, b.state, action, personId, person, b.history);
      if (refusal.isPresent()) {
        return new ActionResult.Refused(refusal.get());
      }
      LifecycleTable.Transition t = table.transition(b.phase, b.state, action).orElseThrow();
      ObjectNode event =
          common(batchId, action, personId, LifecycleTable.roleFor(t, known(person)), t.to());
      event.put("from", b.state);
      if (findings != null) {
        event.putObject("findings").put("count", findings.count()).put("digest", findings.digest());
      }
      if (note != null) {
        event.put("note", note);
      }
      Optional<ActionResult> done = append(event, batchId, action, b.state, t.to());
      if (done.isPresent()) {
        return done.get();
      }
    }
  }

  private ObjectNode common(String batchId, String action, String personId, Role role, String to) {
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    event.put("schemaVersion", Replay.SCHEMA_VERSION);
    event.put("lifecycle", table.ref());
    event.put("batch", batchId);
    event.put("action", action);
    event.put("person", personId);
    event.put("role", role.name());
    event.put("time", TIME.format(OffsetDateTime.ofInstant(clock.instant(), ArchiveTime.ZONE)));
    event.put("to", to);
    return event;
  }

  /** Appends the event unless another writer was first; then the caller decides again. */
  private Optional<ActionResult> append(
      ObjectNode event, String batchId, String action, @Nullable String from, String to) {
    OptionalLong index = ledger.tryAppend(event);
    if (index.isEmpty()) {
      return Optional.empty();
    }
    apply(index.getAsLong(), event);
    return Optional.of(
        new ActionResult.Accepted(
            // apply() has just recorded the batch.
            Objects.requireNonNull(replay.batch(batchId)).toBatch(),
            action,
            from,
            to,
            index.getAsLong(),
            ledger.head()));
  }

  /**
   * {@return a batch as the ledger's events leave it, after reading what other writers appended}
   *
   * @param batchId the batch's id
   */
  public synchronized Optional<Batch> batch(String batchId) {
    Objects.requireNonNull(batchId, "batchId");
    catchUp();
    return Optional.ofNullable(replay.batch(batchId)).map(Replay.State::toBatch);
  }

  /**
   * {@return every batch, in the order they were opened, after reading what other writers appended}
   */
  public synchronized List<Batch> batches() {
    catchUp();
    return replay.batches();
  }

  /**
   * Verifies a transfer ledger: {@link Ledger#verify} with the replay of every event against the
   * table as the content check, so an event the lifecycle does not allow from the replayed state is
   * found too.
   *
   * @param store the store of the ledger's events
   * @param published a head published elsewhere, or null
   * @param table the lifecycle the events must follow
   * @return what was found, as {@link Ledger#verify} reports it
   */
  public static LedgerVerification verify(
      LedgerStore store, TreeHead published, LifecycleTable table) {
    Objects.requireNonNull(table, "table");
    Replay replay = new Replay(table);
    return Ledger.verify(
        store, published, (index, event) -> Optional.ofNullable(replay.apply(event)));
  }

  /** The person of an accepted action: {@code LifecycleTable.refusal} refuses an unknown one. */
  private static Person known(@Nullable Person person) {
    return Objects.requireNonNull(person, "person");
  }

  private static void checkId(String field, String id) {
    Objects.requireNonNull(id, field);
    if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new InvalidValueException(field, "1 to 64 of [A-Za-z0-9._-]", Masking.quoted(id));
    }
  }
}
