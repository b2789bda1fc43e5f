package crm.service.shared;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Answers "is this value still referenced?" before a delete, so that the user gets a clear
 * refusal instead of a foreign-key error. One indexed lookup per table, at most one row read.
 */
public final class References {

  private References() {}

  /** Whether any of the tables has a row whose {@code column} equals {@code value}. */
  public static boolean exist(EntityManager em, List<String> tables, String column, Object value) {
    return tables.stream().anyMatch(table -> exist(em, "select 1 from " + table + " where " + column + " = ?1", value));
  }

  /** Whether the query, with its positional parameters, finds a row. */
  public static boolean exist(EntityManager em, String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return !query.setMaxResults(1).getResultList().isEmpty();
  }
}
