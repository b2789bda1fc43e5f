package crm.domain.segment;

import java.util.List;

/** A piece of SQL with its {@code ?} parameters, in order. Values are always bound, never inlined. */
public record SqlCondition(String sql, List<Object> parameters) {
  public SqlCondition {
    parameters = List.copyOf(parameters);
  }
}
