package org.siarchive.core.ledger;

import java.util.Objects;
import java.util.OptionalLong;
import org.siarchive.core.InvalidValueException;

/**
 * What {@link Ledger#verify} found: the ledger is {@link Valid} or {@link Invalid}, and either way
 * how many complete events it holds and the tree head over them as they are. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * switch (Ledger.verify(store, published, null)) {
 *   case LedgerVerification.Valid v -> ...;
 *   case LedgerVerification.Invalid i -> i.reason();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface LedgerVerification {

  /** {@return the number of complete events read} */
  long events();

  /** {@return the tree head over the events as they are (a torn last line is not an event)} */
  TreeHead treeHead();

  /** {@return true for {@link Valid}} */
  default boolean isValid() {
    return this instanceof Valid;
  }

  /**
   * Every event is canonical, uses the ledger's algorithm and carries the root of the tree before
   * it, the caller's content check accepted every event, there is no torn line, and the published
   * head (if any) is the root of the ledger's first events.
   *
   * @param events the number of events
   * @param treeHead the tree head over them
   */
  record Valid(long events, TreeHead treeHead) implements LedgerVerification {
    /**
     * Validates the record.
     *
     * @param events the number of events
     * @param treeHead the tree head over them
     */
    public Valid {
      Objects.requireNonNull(treeHead, "treeHead");
    }
  }

  /**
   * The first thing found wrong.
   *
   * @param events the number of complete events
   * @param treeHead the tree head over them as they are
   * @param firstBadEvent the 0-based index of the first event found wrong (its line is this plus
   *     one), or empty when no single event can be named (the ledger disagrees with a published
   *     head as a whole)
   * @param reason what is wrong, in words
   */
  record Invalid(long events, TreeHead treeHead, OptionalLong firstBadEvent, String reason)
      implements LedgerVerification {
    /**
     * Validates the record.
     *
     * @param events the number of complete events
     * @param treeHead the tree head over them as they are
     * @param firstBadEvent the 0-based index of the first event found wrong (its line is this plus
     *     one), or empty when no single event can be named (the ledger disagrees with a published
     *     head as a whole)
     * @param reason what is wrong, in words
     */
    public Invalid {
      Objects.requireNonNull(treeHead, "treeHead");
      Objects.requireNonNull(firstBadEvent, "firstBadEvent");
      Objects.requireNonNull(reason, "reason");
      if (firstBadEvent.isPresent() && firstBadEvent.getAsLong() < 0) {
        throw new InvalidValueException(
            "firstBadEvent", "0 or more", Long.toString(firstBadEvent.getAsLong()));
      }
    }
  }
}
