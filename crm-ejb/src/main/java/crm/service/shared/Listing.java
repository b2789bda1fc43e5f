package crm.service.shared;

import crm.domain.shared.InvalidInputException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Lists entities page by page with the Criteria API: a count and one page, both in the
 * database, so a list of a million contacts costs the same as a list of a hundred. Sort and
 * filter fields must be attributes of the entity, otherwise the request is refused.
 */
public final class Listing<T> {

  private final EntityManager em;
  private final Class<T> type;
  private final String defaultSort;

  public Listing(EntityManager em, Class<T> type, String defaultSort) {
    this.em = em;
    this.type = type;
    this.defaultSort = defaultSort;
  }

  public Page<T> list(ListRequest request) {
    long total = count(request);
    return new Page<>(items(request, total), total);
  }

  /** How many rows match the request's criteria. */
  public long count(ListRequest request) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    var count = cb.createQuery(Long.class);
    Root<T> countRoot = count.from(type);
    count.select(cb.count(countRoot)).where(predicates(cb, countRoot, request));
    return em.createQuery(count).getSingleResult();
  }

  /**
   * The rows of the requested page, of {@code total} matching rows. A page in the second half
   * is read from the other end in the reverse order (the database skips the fewer rows), then
   * turned round: the last page of a million costs what the first does.
   */
  public List<T> items(ListRequest request, long total) {
    long first = (long) request.page() * request.size();
    if (first >= total) {
      return List.of();
    }
    boolean fromEnd = first > total / 2;
    CriteriaBuilder cb = em.getCriteriaBuilder();
    var query = cb.createQuery(type);
    Root<T> root = query.from(type);
    query.select(root).where(predicates(cb, root, request)).orderBy(order(cb, root, request.sort(), fromEnd));
    long last = Math.min(first + request.size(), total);
    List<T> items = em.createQuery(query)
        .setFirstResult((int) (fromEnd ? total - last : first))
        .setMaxResults((int) (last - first))
        .getResultList();
    if (fromEnd) {
      items = new ArrayList<>(items);
      Collections.reverse(items);
    }
    return items;
  }

  private Predicate[] predicates(CriteriaBuilder cb, Root<T> root, ListRequest request) {
    return request.criteria().stream().map(c -> predicate(cb, root, c)).toArray(Predicate[]::new);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Predicate predicate(CriteriaBuilder cb, Root<T> root, ListRequest.Criterion c) {
    Path path = attribute(root, c.field());
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

  /**
   * The requested sort, then the default sort's attribute in the same direction: rows with equal
   * values keep one order from page to page, and an index on (column, key) serves both. Reversed,
   * every direction turns (nulls too, as they sort high in PostgreSQL and in H2 as configured).
   */
  private List<Order> order(CriteriaBuilder cb, Root<T> root, String sort, boolean reversed) {
    String field = sort == null || sort.isBlank() ? defaultSort : sort.trim();
    boolean descending = field.startsWith("-") != reversed;
    String name = field.startsWith("-") ? field.substring(1) : field;
    String tieBreaker = defaultSort.startsWith("-") ? defaultSort.substring(1) : defaultSort;
    List<Order> orders = new ArrayList<>();
    for (String attribute : name.equals(tieBreaker) ? List.of(name) : List.of(name, tieBreaker)) {
      Path<?> path = attribute(root, attribute);
      orders.add(descending ? cb.desc(path) : cb.asc(path));
    }
    return orders;
  }

  private Path<?> attribute(Root<T> root, String field) {
    try {
      return root.get(field);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidInputException("list.unknownField", field);
    }
  }
}
