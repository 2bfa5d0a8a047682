package org.siarchive.core.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;

/**
 * The JDBC store.
 *
 * <p>Design: one row per event, primary key {@code (ledger, idx)}. An append inserts at the index
 * the writer expects, and only when the event before it exists, in one statement with autocommit:
 * when two writers race for an index the database lets one insert and refuses the other with an
 * integrity-constraint violation (SQLSTATE class 23), which becomes {@code false}, so the loser
 * re-reads and retries on the new head. The schema's trigger refuses updates and deletes. Each
 * store keeps one connection (opened on first use, reopened after a failure) and serialises its
 * calls on it; writers that should race take a store each.
 */
final class JdbcLedgerStore implements LedgerStore {
  static final String TABLE = "siarchive_ledger_event";
  private static final String SIZE =
      "SELECT COALESCE(MAX(idx) + 1, 0) FROM " + TABLE + " WHERE ledger = ?";
  private static final String READ =
      "SELECT idx, event FROM " + TABLE + " WHERE ledger = ? AND idx >= ? AND idx < ? ORDER BY idx";
  private static final String APPEND =
      "INSERT INTO "
          + TABLE
          + " (ledger, idx, event) SELECT CAST(? AS VARCHAR(100)), CAST(? AS BIGINT), ?"
          + " WHERE CAST(? AS BIGINT) = 0 OR EXISTS (SELECT 1 FROM "
          + TABLE
          + " WHERE ledger = ? AND idx = ?)";

  private final DataSource dataSource;
  private final String ledgerId;
  private @Nullable Connection connection;

  JdbcLedgerStore(DataSource dataSource, String ledgerId) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(ledgerId, "ledgerId");
    if (ledgerId.isEmpty() || ledgerId.length() > 100) {
      throw new InvalidValueException("ledgerId", "1 to 100 characters", ledgerId);
    }
    this.ledgerId = ledgerId;
  }

  static String schema() {
    try (InputStream in = JdbcLedgerStore.class.getResourceAsStream("ledger-schema.sql")) {
      if (in == null) {
        throw new IllegalStateException("ledger-schema.sql is missing from archive-core");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Connection connection() throws SQLException {
    if (connection == null || connection.isClosed()) {
      connection = dataSource.getConnection();
      connection.setAutoCommit(true);
    }
    return connection;
  }

  @Override
  public synchronized long size() {
    try (PreparedStatement s = connection().prepareStatement(SIZE)) {
      s.setString(1, ledgerId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw failure("size", e);
    }
  }

  @Override
  public synchronized List<byte[]> read(long from, int max) {
    if (from < 0 || max < 1) {
      Events.checkRead(from, max, Long.MAX_VALUE);
    }
    List<byte[]> out = new ArrayList<>();
    try (PreparedStatement s = connection().prepareStatement(READ)) {
      s.setString(1, ledgerId);
      s.setLong(2, from);
      s.setLong(3, from + max);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long idx = r.getLong(1);
          if (idx != from + out.size()) {
            throw new LedgerException(
                "ledger "
                    + describe()
                    + ": event "
                    + (from + out.size())
                    + " is missing (next row is "
                    + idx
                    + ")");
          }
          out.add(r.getBytes(2));
        }
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
    return out;
  }

  @Override
  public synchronized boolean tryAppend(long index, byte[] event) {
    Events.checkEvent(event);
    if (index < 0) {
      return false;
    }
    try (PreparedStatement s = connection().prepareStatement(APPEND)) {
      s.setString(1, ledgerId);
      s.setLong(2, index);
      s.setBytes(3, event);
      s.setLong(4, index);
      s.setString(5, ledgerId);
      s.setLong(6, index - 1);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false;
      }
      throw failure("append", e);
    }
  }

  private LedgerException failure(String what, SQLException e) {
    closeQuietly();
    return new LedgerException(
        "ledger "
            + describe()
            + ": "
            + what
            + " failed (SQLSTATE "
            + e.getSQLState()
            + "): "
            + e.getMessage(),
        e);
  }

  @Override
  public String describe() {
    return "jdbc:" + TABLE + "/" + ledgerId;
  }

  @Override
  public synchronized void close() {
    closeQuietly();
  }

  private void closeQuietly() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // The connection is abandoned either way.
      }
      connection = null;
    }
  }
}
