package crm.service.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * A real database for the segment tests: an in-memory H2 in PostgreSQL mode, migrated by Flyway
 * from {@code classpath:db/migration} and loaded with the CRONUS demo data exactly as
 * {@code DemoData} loads it. Each instance is a database of its own; tests work on a
 * {@link #connect() connection} without autocommit and roll back when done.
 */
public final class CronusDatabase implements AutoCloseable {

  /** Held so that the level set on it stays: Flyway's INFO lines only clutter the test output. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  private final String url;

  private CronusDatabase(String url) {
    this.url = url;
  }

  /** A new database with the schema and the demo data, committed. */
  public static CronusDatabase create() {
    String url = "jdbc:h2:mem:cronus-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    CronusDatabase database = new CronusDatabase(url);
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      for (String sql : demoScript().split(";\\s*\\n")) {
        if (!sql.isBlank()) {
          statement.executeUpdate(sql);
        }
      }
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not load the demo data", e);
    }
    return database;
  }

  /** A new connection with autocommit off. */
  public Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(url, "sa", "");
    connection.setAutoCommit(false);
    return connection;
  }

  /** Drops the in-memory database. */
  @Override
  public void close() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    }
  }

  public static String demoScript() {
    try (InputStream in = CronusDatabase.class.getResourceAsStream("/demo/cronus.sql")) {
      if (in == null) {
        throw new IllegalStateException("/demo/cronus.sql is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first column of every row, as strings. */
  public static List<String> strings(Connection connection, String sql, Object... parameters) {
    List<String> values = new ArrayList<>();
    for (List<Object> row : rows(connection, sql, parameters)) {
      values.add(row.get(0) == null ? null : row.get(0).toString());
    }
    return values;
  }

  /** The first column of the first row as a number. */
  public static long number(Connection connection, String sql, Object... parameters) {
    return ((Number) rows(connection, sql, parameters).get(0).get(0)).longValue();
  }

  /** Every row, every column. */
  public static List<List<Object>> rows(Connection connection, String sql, Object... parameters) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<Object> row = new ArrayList<>(columns);
          for (int i = 1; i <= columns; i++) {
            row.add(result.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Runs an insert, update or delete written by the test. */
  public static int execute(Connection connection, String sql, Object... parameters) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
