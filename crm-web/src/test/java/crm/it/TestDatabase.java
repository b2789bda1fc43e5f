package crm.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * The PostgreSQL schema the deployed application uses in integration tests (environment
 * variables set by Failsafe: CRM_TEST_DB_URL, _USER, _PASSWORD, _SCHEMA). Each deployment starts
 * from an empty schema, so runs never depend on what an earlier run left behind.
 */
final class TestDatabase {

  /** How long the previous test class's server may take to stop before its connections are cut. */
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);

  private TestDatabase() {}

  /**
   * Drops and recreates the schema; the application's migrations fill it when it starts. The
   * server of the previous test class is stopped without waiting for it, and its outbox job may
   * still be reading the schema: dropping under it deadlocks, so its connections (named after the
   * schema in the pom) are awaited first, and cut if they outlive the grace period.
   */
  static void reset() {
    String schema = env("CRM_TEST_DB_SCHEMA");
    if (!schema.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Bad schema name " + schema);
    }
    try (Connection connection = server(); Statement statement = connection.createStatement()) {
      awaitNoConnectionsOf(connection, "crm-it-" + schema);
      statement.execute("drop schema if exists " + schema + " cascade");
      statement.execute("create schema " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the test schema on " + env("CRM_TEST_DB_URL"), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the previous server", e);
    }
  }

  private static void awaitNoConnectionsOf(Connection connection, String applicationName)
      throws SQLException, InterruptedException {
    Instant deadline = Instant.now().plus(SHUTDOWN_GRACE);
    while (countConnectionsOf(connection, applicationName) > 0) {
      if (Instant.now().isAfter(deadline)) {
        try (PreparedStatement terminate = connection.prepareStatement(
            "select pg_terminate_backend(pid, 10000) from pg_stat_activity where application_name = ?")) {
          terminate.setString(1, applicationName);
          terminate.execute();
        }
        return;
      }
      Thread.sleep(200);
    }
  }

  private static int countConnectionsOf(Connection connection, String applicationName) throws SQLException {
    try (PreparedStatement count = connection.prepareStatement(
        "select count(*) from pg_stat_activity where application_name = ?")) {
      count.setString(1, applicationName);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** A connection to the application's schema, for tests that set up rows the pages then show. */
  static Connection schema() throws SQLException {
    Connection connection = server();
    connection.setSchema(env("CRM_TEST_DB_SCHEMA"));
    return connection;
  }

  private static Connection server() throws SQLException {
    return DriverManager.getConnection(env("CRM_TEST_DB_URL"), env("CRM_TEST_DB_USER"),
        System.getenv("CRM_TEST_DB_PASSWORD"));
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set: run the tests with Maven (mvn verify)");
    }
    return value;
  }
}
