package crm.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A digest of every row of every table of the application's schema (PostgreSQL), taken in one
 * query: two equal digests mean that nothing was written in between, not even half a change.
 */
final class DatabaseFingerprint {

  private final DataSource dataSource;
  private final String query;

  DatabaseFingerprint(DataSource dataSource) {
    this.dataSource = dataSource;
    this.query = "select " + tables(dataSource).stream()
        .map(table -> "'" + table + "=' || (select count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0)"
            + " from \"" + table + "\" t)")
        .collect(Collectors.joining(" || ';' || "));
  }

  /** The tables whose rows differ between two digests. */
  static List<String> changedTables(String before, String after) {
    List<String> changed = new ArrayList<>(List.of(after.split(";")));
    changed.removeAll(List.of(before.split(";")));
    return changed.stream().map(table -> table.substring(0, table.indexOf('='))).toList();
  }

  String take() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      row.next();
      return row.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> tables(DataSource dataSource) {
    List<String> tables = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
            + " where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return tables;
  }
}
