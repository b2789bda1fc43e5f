package crm.service.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Runs hand-written SQL (it must run on PostgreSQL and H2 alike, DESIGN.md decision 1) on a
 * connection of the current transaction, one parameterised statement at a time. Every value is
 * bound, never inlined.
 */
public final class Sql {

  /** Reads one row; the result set is positioned on it. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private final Connection connection;

  public Sql(Connection connection) {
    this.connection = connection;
  }

  /**
   * Whether the connection is to PostgreSQL, for the few statements that only it needs (analysing
   * staged rows, a trigger's setting); everything else runs on PostgreSQL and H2 alike.
   */
  public boolean onPostgres() {
    try {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** "?, ?, ?" for an {@code in (…)} list of {@code count} bound values. */
  public static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  public int update(String sql, List<Object> parameters) {
    try (PreparedStatement statement = prepare(sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new SqlFailure(sql, e);
    }
  }

  public int update(String sql, Object... parameters) {
    return update(sql, Arrays.asList(parameters));
  }

  /** Runs the statement once for each row of parameters, sent to the database together (a JDBC batch). */
  public void batch(String sql, List<List<Object>> rows) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (List<Object> row : rows) {
        bind(statement, row);
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new SqlFailure(sql, e);
    }
  }

  /** The first column of the first row as a number, or 0 when there is no row or it is null. */
  public long number(String sql, List<Object> parameters) {
    try (PreparedStatement statement = prepare(sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getLong(1) : 0;
    } catch (SQLException e) {
      throw new SqlFailure(sql, e);
    }
  }

  public long number(String sql, Object... parameters) {
    return number(sql, Arrays.asList(parameters));
  }

  /** The first row's columns, or null when there is no row. */
  public Object[] row(String sql, Object... parameters) {
    List<Object[]> rows = list(sql, Sql::columns, parameters);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
    try (PreparedStatement statement = prepare(sql, Arrays.asList(parameters));
        ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(mapper.map(rows));
      }
      return result;
    } catch (SQLException e) {
      throw new SqlFailure(sql, e);
    }
  }

  private static Object[] columns(ResultSet rows) throws SQLException {
    Object[] row = new Object[rows.getMetaData().getColumnCount()];
    for (int i = 0; i < row.length; i++) {
      row[i] = rows.getObject(i + 1);
    }
    return row;
  }

  private PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    bind(statement, parameters);
    return statement;
  }

  private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      Object value = parameters.get(i);
      if (value instanceof LocalDate date) {
        statement.setDate(i + 1, java.sql.Date.valueOf(date));
      } else if (value instanceof LocalTime time) {
        statement.setTime(i + 1, java.sql.Time.valueOf(time));
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }

  /** A statement failed: a programming or database error, not a user error. */
  public static final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqlFailure(String sql, SQLException cause) {
      super("SQL failed: " + sql, cause);
    }
  }
}
