package crm.service.shared;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.Locale;

/** A list request's criterion as a condition of the Criteria API ({@link Listing}). */
final class ListCriteria {

  private ListCriteria() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Predicate predicate(CriteriaBuilder cb, Path path, ListRequest.Criterion c) {
    return switch (c.operator()) {
      case EQUAL -> cb.equal(path, c.value());
      case AT_LEAST -> cb.greaterThanOrEqualTo(path, (Comparable) c.value());
      case AT_MOST -> cb.lessThanOrEqualTo(path, (Comparable) c.value());
      case CONTAINS -> cb.like(cb.lower(path), "%" + literal(c.value()) + "%");
      case PRESENT -> Boolean.TRUE.equals(c.value()) ? cb.isNotNull(path) : cb.isNull(path);
    };
  }

  /**
   * The typed text as a LIKE pattern that matches it as it is: a % or _ typed in a filter is
   * not a wildcard. Backslash is the default escape character of PostgreSQL and H2 alike, so
   * the query needs no ESCAPE clause (which would keep PostgreSQL from its trigram indexes).
   */
  private static String literal(Object typed) {
    return typed.toString().toLowerCase(Locale.ROOT)
        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
