package crm.service.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * A database of the last release, with data in it, upgraded by the current migrations keeps every
 * row and value it had, and may gain rows such as a new number series (PostgreSQL, schema
 * {@code <crm.test.db.schema>_upgrade}). The last release is
 * schema version {@value #LAST_RELEASE}: the highest migration on main at commit 830b1bd
 * (2026-12-02), before the work of issue 10; there are no release tags. At each release, raise it
 * to the release's highest version and write last-release-data.sql again in that release's
 * columns. A migration that changes existing values on purpose checks them in a test of its own
 * and leaves the columns it changes out of this comparison.
 */
class MigrationUpgradeTest {

  static final String LAST_RELEASE = "13";

  /** Held so that the level set on it stays: Flyway's INFO lines only clutter the test output. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  private final BenchmarkDatabase database = BenchmarkDatabase.forTest("upgrade");

  @Test
  void anUpgradedDatabaseKeepsEveryRowAndValueOfTheLastRelease() throws Exception {
    database.empty();
    database.migrate(LAST_RELEASE);
    try (Connection connection = database.connect()) {
      execute(connection, resource("last-release-data.sql"));
      Map<String, String> queries = contents(connection);
      Map<String, List<String>> release = rows(connection, queries);
      assertThat(release).as("every table of the release has data to upgrade").doesNotContainValue(List.of());

      MigrateResult upgrade = database.migrate("latest");

      assertThat(upgrade.success).isTrue();
      Map<String, List<String>> upgraded = rows(connection, queries);
      assertThat(release.keySet().stream().filter(name -> !kept(release.get(name), upgraded.get(name))))
          .as("tables and sequences whose contents the upgrade changed").isEmpty();
    }
  }

  /**
   * A query for each table (flyway_schema_history aside) that digests its rows in its columns of
   * now, and one for each sequence that reads its position; by the table's or sequence's name.
   */
  private static Map<String, String> contents(Connection connection) throws SQLException {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select c.table_name, c.column_name"
            + " from information_schema.columns c join information_schema.tables t"
            + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
            + " where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'"
            + " and c.table_name <> 'flyway_schema_history' order by c.table_name, c.ordinal_position")) {
      while (rows.next()) {
        columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>()).add(rows.getString(2));
      }
    }
    Map<String, String> queries = new LinkedHashMap<>();
    columns.forEach((table, names) -> queries.put(table,
        "select row(" + String.join(", ", names) + ")::text r from " + table + " order by r"));
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select sequence_name from information_schema.sequences"
            + " where sequence_schema = current_schema() order by sequence_name")) {
      while (rows.next()) {
        queries.put(rows.getString(1), "select last_value || ':' || is_called from " + rows.getString(1));
      }
    }
    return queries;
  }

  /** The rows of each table as text, sorted; the "value:called" of each sequence. */
  private static Map<String, List<String>> rows(Connection connection, Map<String, String> queries) {
    Map<String, List<String>> contents = new LinkedHashMap<>();
    queries.forEach((name, query) -> {
      List<String> rows = new ArrayList<>();
      try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
        while (row.next()) {
          rows.add(row.getString(1));
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot read " + name + " (dropped or renamed?): " + query, e);
      }
      contents.put(name, rows);
    });
    return contents;
  }

  /**
   * Every row of the release is still there with every value; a sequence is where it was. A
   * migration may add rows to a table of the release (a new number series), never change one.
   */
  private static boolean kept(List<String> release, List<String> upgraded) {
    List<String> left = new ArrayList<>(upgraded);
    return release.stream().allMatch(left::remove);
  }

  private static void execute(Connection connection, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(script);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = MigrationUpgradeTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
