package crm.service.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Rows gathered column by column and bound as one array parameter per column, which
 * {@code unnest} turns back into rows (PostgreSQL and H2 alike): a chunk of rows computed in Java is written by one
 * set-based statement instead of one statement per row.
 */
public final class ArrayRows {

  private final String[] types;
  private final List<List<Object>> columns = new ArrayList<>();

  /** The SQL type of each column's elements, e.g. "bigint", "varchar", "text". */
  public ArrayRows(String... types) {
    this.types = types.clone();
    for (int i = 0; i < types.length; i++) {
      columns.add(new ArrayList<>());
    }
  }

  public void add(Object... row) {
    if (row.length != types.length) {
      throw new IllegalArgumentException("A row of " + types.length + " values expected, not " + row.length);
    }
    for (int i = 0; i < row.length; i++) {
      columns.get(i).add(row[i]);
    }
  }

  public boolean isEmpty() {
    return columns.get(0).isEmpty();
  }

  /**
   * The rows as a table for a FROM clause: {@code unnest(cast(? as bigint array), ...) alias(name, ...)},
   * the standard array type that PostgreSQL and H2 both read.
   */
  public String table(String alias, String... names) {
    return IntStream.range(0, types.length).mapToObj(i -> "cast(? as " + types[i] + " array)")
        .collect(Collectors.joining(", ", "unnest(", ") " + alias + "(" + String.join(", ", names) + ")"));
  }

  /** Binds one array per column from parameter {@code first} on; answers the next parameter's index. */
  public int bind(PreparedStatement statement, int first) throws SQLException {
    for (int i = 0; i < types.length; i++) {
      statement.setArray(first + i, statement.getConnection().createArrayOf(types[i], columns.get(i).toArray()));
    }
    return first + types.length;
  }

  public void clear() {
    columns.forEach(List::clear);
  }
}
