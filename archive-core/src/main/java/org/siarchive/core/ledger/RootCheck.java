package org.siarchive.core.ledger;

import org.siarchive.core.InvalidValueException;

/**
 * Which events' {@code previousRoot} {@link Ledger#verify(LedgerStore, TreeHead, Ledger.EventCheck,
 * RootCheck)} compares with the root it recomputes. Immutable and thread-safe.
 *
 * <p>{@link #EVERY_EVENT}, the default, compares every event's: what {@link
 * LedgerVerification.Valid} says without a qualifier. That needs the root of every prefix of the
 * tree, {@code popcount(i) - 1} node hashes for event {@code i} (about 9 below 10^6), which no
 * prefix shares with another, so it costs about 3.7 times hashing the events' bytes.
 *
 * <p>{@link #atCheckpoints(int)} compares it at the checkpoints only: the events whose index is a
 * multiple of the interval, and every event after the last such checkpoint (so the last event's
 * always). Every other check stays per event (canonical form, algorithm, a {@code previousRoot} of
 * 64 hexadecimal digits, the caller's content check, the published head). What it still finds: any
 * edit, removal, insertion, swap or byte flip of any event but the last (each changes the root of
 * every later size, so the next checkpoint's or the last event's {@code previousRoot} disagrees),
 * and with a published head any change at all; it then rechecks every event since the last
 * checkpoint that agreed and names the same first bad event and reason as {@link #EVERY_EVENT}.
 * What it does not find: an event whose own {@code previousRoot} is false while the events after it
 * chain on correctly (written so by a writer that bypassed {@link Ledger}, which refuses to append
 * after such an event), between two checkpoints that agree. Use it for routine re-verification of a
 * ledger whose heads are published; use {@link #EVERY_EVENT} when each event's own {@code
 * previousRoot} matters, for instance when single events are shown to a third party with their
 * {@code previousRoot} as evidence of what came before.
 *
 * <pre>{@code
 * Ledger.verify(store, published, null, RootCheck.atCheckpoints(1024));
 * }</pre>
 *
 * @param interval 1 (every event) to {@link #MAX_INTERVAL}
 * @since 0.1.0
 */
public record RootCheck(int interval) {
  /** The largest interval: the verifier keeps 64 bytes per event since the last checkpoint. */
  public static final int MAX_INTERVAL = 1 << 16;

  /** Every event's {@code previousRoot} is compared: the default. */
  public static final RootCheck EVERY_EVENT = new RootCheck(1);

  /**
   * Validates the interval.
   *
   * @param interval 1 (every event) to {@link #MAX_INTERVAL}
   */
  public RootCheck {
    if (interval < 1 || interval > MAX_INTERVAL) {
      throw new InvalidValueException(
          "interval", "valid values 1 - " + MAX_INTERVAL, Integer.toString(interval));
    }
  }

  /**
   * Checks at every {@code interval}-th event and after the last checkpoint.
   *
   * @param interval 1 (every event) to {@link #MAX_INTERVAL}
   * @return the check
   * @throws InvalidValueException outside that range
   */
  public static RootCheck atCheckpoints(int interval) {
    return new RootCheck(interval);
  }

  /** {@return true when every event's {@code previousRoot} is compared} */
  public boolean isEveryEvent() {
    return interval == 1;
  }
}
