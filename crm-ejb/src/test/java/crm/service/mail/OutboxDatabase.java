package crm.service.mail;

import crm.service.shared.Sql;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * The embedded demo database (H2 in PostgreSQL mode, migrated by Flyway) for checking that the
 * outbox SQL runs there as well as on PostgreSQL (DESIGN.md decision 1). Each instance is a
 * database of its own.
 */
final class OutboxDatabase {

  /** Held so that the level set on it stays: Flyway's INFO lines only clutter the test output. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 3, 10, 0);
  private final String url = "jdbc:h2:mem:outbox-" + UUID.randomUUID()
      + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  OutboxDatabase() {
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
  }

  /** A connection with autocommit off, like one of a container transaction. */
  Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(url, "sa", "");
    connection.setAutoCommit(false);
    return connection;
  }

  /** A committed interaction log entry of a new contact; answers its number. */
  long entry(Connection connection, long entryNo, boolean doNotEmail) throws SQLException {
    Sql sql = new Sql(connection);
    sql.update("insert into contact (no, type, name, do_not_email) values (?, 'PERSON', 'Jørgen Ærø', ?)",
        "CT" + entryNo, doNotEmail);
    sql.update("insert into interaction_log_entry (entry_no, contact_no, entry_date, entry_time,"
        + " delivery_status) values (?, ?, current_date, current_time, 'QUEUED')", entryNo, "CT" + entryNo);
    connection.commit();
    return entryNo;
  }

  /** A committed QUEUED message due at {@code due}; answers its id. */
  long queue(Connection connection, Long entryNo, LocalDateTime due) throws SQLException {
    Sql sql = new Sql(connection);
    long id = sql.list("select nextval('outbox_message_seq')", row -> row.getLong(1)).get(0);
    sql.update("insert into outbox_message (id, entry_no, to_address, to_name, from_address,"
            + " subject, html_body, text_body, status, next_attempt_at, created_at)"
            + " values (?, ?, 'jorgen@aero.example', 'Jørgen Ærø', 'sales@cronus.example', 'Tak',"
            + " '<p>Kære Jørgen</p>', 'Kære Jørgen', 'QUEUED', ?, ?)", id, entryNo, due, NOW);
    connection.commit();
    return id;
  }
}
