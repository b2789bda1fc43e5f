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
import java.util.stream.Stream;

/**
 * Lists entities page by page with the Criteria API, everything in the database, so a list of a
 * million contacts costs about what a list of a hundred does: a short first page is its own count,
 * else the count stops at {@link ListRequest#COUNT_LIMIT} rows unless the exact count is asked
 * for ({@link ListCount}), the page next to a shown one is read after its boundary row ({@link KeysetPage}) and a jump skips rows with an
 * offset from the nearer end. Sort and filter fields must be attributes of the entity, otherwise
 * the request is refused; the default sort's attribute is the key, unique.
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
    boolean byKey = request.after() != null || request.before() != null;
    List<T> firstPage = byKey || request.page() > 0 ? null : items(request, ListRequest.COUNT_LIMIT + 1);
    if (firstPage != null && firstPage.size() < request.size()) {
      return new Page<>(firstPage, firstPage.size(), true); // a short first page is every row: nothing to count
    }
    long counted = count(request);
    boolean exact = counted <= ListRequest.COUNT_LIMIT || request.exactCount();
    List<T> items = byKey ? new KeysetPage<>(em, this, request).items().orElse(null) : firstPage;
    return new Page<>(items == null ? items(request, counted) : items,
        exact ? counted : ListRequest.COUNT_LIMIT, exact);
  }

  /** How many rows match, counted no further than needed ({@link ListCount}). */
  public long count(ListRequest request) {
    return ListCount.of(em, this, request);
  }

  /**
   * The rows of the requested page, of {@code counted} matching rows ({@link #count}). When the
   * count is exact, a page in the second half is read from the other end in the reverse order
   * (the database skips the fewer rows), then turned round: the last page of a million costs what
   * the first does.
   */
  public List<T> items(ListRequest request, long counted) {
    boolean known = counted <= ListRequest.COUNT_LIMIT || request.exactCount();
    long total = known ? counted : Long.MAX_VALUE;
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

  Class<T> type() {
    return type;
  }

  /** The key: the default sort's attribute, which orders rows with equal sort values. */
  String key() {
    return defaultSort.startsWith("-") ? defaultSort.substring(1) : defaultSort;
  }

  /** The sort's attribute (the key when none is asked for). */
  String sortField(String sort) {
    String field = sort == null || sort.isBlank() ? defaultSort : sort.trim();
    return field.startsWith("-") ? field.substring(1) : field;
  }

  /** Whether the sort runs descending. */
  boolean descending(String sort) {
    return (sort == null || sort.isBlank() ? defaultSort : sort.trim()).startsWith("-");
  }

  Predicate[] predicates(CriteriaBuilder cb, Root<T> root, ListRequest request, Predicate... more) {
    return Stream.concat(request.criteria().stream().map(c -> ListCriteria.predicate(cb, attribute(root, c.field()), c)), Stream.of(more))
        .toArray(Predicate[]::new);
  }

  /**
   * The requested sort, then the key in the same direction: rows with equal values keep one
   * order from page to page, and an index on (column, key) serves both. Reversed, every direction
   * turns (nulls too, as they sort high in PostgreSQL and in H2 as configured).
   */
  List<Order> order(CriteriaBuilder cb, Root<T> root, String sort, boolean reversed) {
    boolean descending = descending(sort) != reversed;
    String name = sortField(sort);
    List<Order> orders = new ArrayList<>();
    for (String attribute : name.equals(key()) ? List.of(name) : List.of(name, key())) {
      Path<?> path = attribute(root, attribute);
      orders.add(descending ? cb.desc(path) : cb.asc(path));
    }
    return orders;
  }

  Path<?> attribute(Root<T> root, String field) {
    try {
      return root.get(field);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidInputException("list.unknownField", field);
    }
  }
}
