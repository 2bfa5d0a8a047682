package org.siarchive.core.ledger;

import org.siarchive.core.ArchiveException;

/**
 * A ledger that cannot be read or written as asked: a damaged or foreign ledger (an event that is
 * not canonical, a broken {@code previousRoot} chain, a torn last line), a store that failed (I/O,
 * SQL), or an append to a ledger whose events use another algorithm. A tampered ledger found by
 * {@link Ledger#verify} is a result, not this exception. The message names the store, the event and
 * the value.
 *
 * @since 0.1.0
 */
public class LedgerException extends ArchiveException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the store and the event
   */
  public LedgerException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong, naming the store and the event
   * @param cause the underlying failure
   */
  public LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}
