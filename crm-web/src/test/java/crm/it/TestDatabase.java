package crm.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL schema the deployed application uses in integration tests (environment
 * variables set by Failsafe: CRM_TEST_DB_URL, _USER, _PASSWORD, _SCHEMA). Each deployment starts
 * from an empty schema, so runs never depend on what an earlier run left behind.
 */
final class TestDatabase {

  private TestDatabase() {}

  /** Drops and recreates the schema; the application's migrations fill it when it starts. */
  static void reset() {
    String schema = env("CRM_TEST_DB_SCHEMA");
    if (!schema.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Bad schema name " + schema);
    }
    try (Connection connection = server(); Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + schema + " cascade");
      statement.execute("create schema " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the test schema on " + env("CRM_TEST_DB_URL"), e);
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
