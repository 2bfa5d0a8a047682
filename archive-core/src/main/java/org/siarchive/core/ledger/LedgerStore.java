package org.siarchive.core.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Where a ledger's events are kept: an append-only sequence of event byte strings, each the RFC
 * 8785 canonical JSON of one event. Three stores pass one contract: {@link #inMemory()}, {@link
 * #jsonLines(Path)} (one event per line; the command line's default) and {@link #jdbc(DataSource,
 * String)} (a table, schema in {@link #jdbcSchema()}, tested on PostgreSQL).
 *
 * <p>Appends are conditional: {@link #tryAppend(long, byte[])} appends only when the store holds
 * exactly the expected number of events, so that of several writers racing for the same position
 * exactly one wins (the store, the database, decides) and the others re-read the new head and try
 * again: the chain never forks and no event is lost. An append is durable before it returns. Events
 * are never edited or removed through this interface.
 *
 * <pre>{@code
 * try (LedgerStore store = LedgerStore.jsonLines(Path.of("ledger.jsonl"))) {
 *   Ledger ledger = Ledger.open(store, HashAlgorithm.SHA_256);
 *   ...
 * }
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 *
 * @since 0.1.0
 */
public interface LedgerStore extends AutoCloseable {

  /** {@return the number of complete events in the store now (re-read from the medium)} */
  long size();

  /**
   * Reads events.
   *
   * @param from the index of the first event, 0-based, at most {@link #size()}
   * @param max the most events to return, 1 or more
   * @return the events from {@code from} on, in order, at most {@code max}; fewer at the end
   */
  List<byte[]> read(long from, int max);

  /**
   * Appends an event at a position, if it is still free.
   *
   * @param index the position the writer expects the event to take: the store's size as it last saw
   *     it
   * @param event the event's canonical bytes; not empty, no line feed
   * @return true when the event was appended (durably) at {@code index}; false, with nothing
   *     written, when the store no longer holds exactly {@code index} events
   * @throws LedgerException when the store cannot be written (I/O, SQL, a torn last line)
   */
  boolean tryAppend(long index, byte[] event);

  /**
   * {@return a torn last line, for a store that can have one (a file after a crash); else empty}
   */
  default Optional<TornTail> tornTail() {
    return Optional.empty();
  }

  /** {@return a short description of the store for messages, e.g. the file name} */
  String describe();

  @Override
  void close();

  /** {@return a new empty store in memory} */
  static LedgerStore inMemory() {
    return new MemoryLedgerStore();
  }

  /**
   * {@return a store in a JSON Lines file, created when absent: one event per line, each line
   * exactly the event's canonical bytes followed by a line feed} Each append is forced to the
   * device ({@code FileChannel.force}) before it returns and is guarded by a file lock, so several
   * processes may append. A last line without its line feed (a crash in the middle of an append) is
   * reported by {@link #tornTail()} and {@link Ledger#verify}, never dropped or repaired, and the
   * store refuses appends until a person has looked at it.
   *
   * @param file the file; its parent directory must exist
   * @throws LedgerException when the file cannot be opened
   */
  static LedgerStore jsonLines(Path file) {
    return new FileLedgerStore(file);
  }

  /**
   * {@return a store in a table of a relational database: rows {@code (ledger, idx, event)} with
   * the primary key {@code (ledger, idx)}, so that the database refuses a second event at a
   * position} The table must exist: {@link #jdbcSchema()}.
   *
   * @param dataSource where connections come from (autocommit is used)
   * @param ledgerId the ledger's name within the table, 1 to 100 characters
   */
  static LedgerStore jdbc(DataSource dataSource, String ledgerId) {
    return new JdbcLedgerStore(dataSource, ledgerId);
  }

  /**
   * {@return the SQL that creates the JDBC store's table (written for PostgreSQL; standard SQL)}
   */
  static String jdbcSchema() {
    return JdbcLedgerStore.schema();
  }
}
