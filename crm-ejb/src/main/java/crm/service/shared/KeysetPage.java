package crm.service.shared;

import crm.domain.shared.InvalidInputException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The page after (or before) a row already shown, read from where that row stands in the sort,
 * so that no row is skipped with an offset: the ten-thousandth page costs what the second does.
 * Rows sort by (field, key); the rows after (v, k) are those with field v and a later key, then
 * those with a later field value, then, ascending, those without a value (nulls sort high).
 * Each part is one range of an index on (field, key), read only while the page is not full.
 */
final class KeysetPage<T> {

  /** One part of the rows after the boundary, as a condition. */
  private interface Part<T> {
    Predicate of(CriteriaBuilder cb, Root<T> root);
  }

  private final EntityManager em;
  private final Listing<T> listing;
  private final ListRequest request;
  private final boolean forward;

  KeysetPage(EntityManager em, Listing<T> listing, ListRequest request) {
    this.em = em;
    this.listing = listing;
    this.request = request;
    this.forward = request.after() != null;
  }

  /** The rows of the page in the sort's order, or nothing when the boundary row is gone. */
  Optional<List<T>> items() {
    String field = listing.sortField(request.sort());
    Object key = key(forward ? request.after() : request.before());
    List<Object> boundary = field.equals(listing.key()) ? List.of(key) : value(field, key);
    if (boundary.isEmpty()) {
      return Optional.empty();
    }
    boolean descending = listing.descending(request.sort()) == forward;
    List<T> rows = new ArrayList<>();
    for (Part<T> part : parts(field, descending, boundary.get(0), key)) {
      if (rows.size() < request.size()) {
        rows.addAll(read(part, request.size() - rows.size()));
      }
    }
    if (!forward) {
      Collections.reverse(rows);
    }
    return Optional.of(rows);
  }

  /** The parts after (field v, key k) walking descending or not, in the order they are read. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private List<Part<T>> parts(String field, boolean descending, Object v, Object k) {
    Part<T> laterKey = (cb, root) -> later(cb, (Path) listing.attribute(root, listing.key()), k, descending);
    if (field.equals(listing.key())) {
      return List.of(laterKey);
    }
    Part<T> same = (cb, root) -> cb.and(v == null ? listing.attribute(root, field).isNull()
        : cb.equal(listing.attribute(root, field), v), laterKey.of(cb, root));
    Part<T> laterValue = (cb, root) -> later(cb, (Path) listing.attribute(root, field), v, descending);
    Part<T> noValue = (cb, root) -> listing.attribute(root, field).isNull();
    Part<T> aValue = (cb, root) -> listing.attribute(root, field).isNotNull();
    if (v == null) {
      return descending ? List.of(same, aValue) : List.of(same);
    }
    return descending ? List.of(same, laterValue) : List.of(same, laterValue, noValue);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Predicate later(CriteriaBuilder cb, Path path, Object value, boolean descending) {
    return descending ? cb.lessThan(path, (Comparable) value) : cb.greaterThan(path, (Comparable) value);
  }

  private List<T> read(Part<T> part, int rows) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    var query = cb.createQuery(listing.type());
    Root<T> root = query.from(listing.type());
    query.select(root).where(listing.predicates(cb, root, request, part.of(cb, root)))
        .orderBy(listing.order(cb, root, request.sort(), !forward));
    return em.createQuery(query).setMaxResults(rows).getResultList();
  }

  /** The boundary row's value of the sort field (a list of one, maybe null), or none if it is gone. */
  private List<Object> value(String field, Object key) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    var query = cb.createQuery(Object.class);
    Root<T> root = query.from(listing.type());
    query.select(listing.attribute(root, field)).where(cb.equal(listing.attribute(root, listing.key()), key));
    return em.createQuery(query).setMaxResults(1).getResultList();
  }

  /** The key as its attribute's type: a key typed in a URL is text. */
  private Object key(Object given) {
    Class<?> type = em.getMetamodel().entity(listing.type()).getAttribute(listing.key()).getJavaType();
    if (!(given instanceof String text) || type == String.class) {
      return given;
    }
    try {
      return type == Integer.class || type == int.class ? (Object) Integer.valueOf(text.trim()) : Long.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("request.badValue", forward ? "after" : "before", text);
    }
  }
}
