package crm.service.segment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Runs one parameterised statement on a connection; every value is bound, never inlined. */
final class Sql {

  private final Connection connection;

  Sql(Connection connection) {
    this.connection = connection;
  }

  int update(String sql, List<Object> parameters) {
    try (PreparedStatement statement = prepare(sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new SegmentSqlException(sql, e);
    }
  }

  int update(String sql, Object... parameters) {
    return update(sql, List.of(parameters));
  }

  /** The first column of the first row as a number, or 0 when there is no row or it is null. */
  long number(String sql, List<Object> parameters) {
    try (PreparedStatement statement = prepare(sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getLong(1) : 0;
    } catch (SQLException e) {
      throw new SegmentSqlException(sql, e);
    }
  }

  long number(String sql, Object... parameters) {
    return number(sql, List.of(parameters));
  }

  /** The first row's columns, or null when there is no row. */
  Object[] row(String sql, Object... parameters) {
    try (PreparedStatement statement = prepare(sql, List.of(parameters));
        ResultSet rows = statement.executeQuery()) {
      if (!rows.next()) {
        return null;
      }
      Object[] row = new Object[rows.getMetaData().getColumnCount()];
      for (int i = 0; i < row.length; i++) {
        row[i] = rows.getObject(i + 1);
      }
      return row;
    } catch (SQLException e) {
      throw new SegmentSqlException(sql, e);
    }
  }

  private PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
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
    return statement;
  }

  /** A statement failed: a programming or database error, not a user error. */
  static final class SegmentSqlException extends RuntimeException {
    SegmentSqlException(String sql, SQLException cause) {
      super("SQL failed: " + sql, cause);
    }
  }
}
