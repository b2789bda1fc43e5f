package crm.service.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;

/** How many rows a list request matches, counted no further than the list needs (issue 14). */
final class ListCount {

  private ListCount() {}

  /**
   * The exact number up to {@link ListRequest#COUNT_LIMIT} or when the request asks for it, else
   * {@code COUNT_LIMIT + 1} ("more"). Unless asked, a probe for a row past the limit comes first:
   * the database reads that many keys, and answers one row at most.
   */
  static <T> long of(EntityManager em, Listing<T> listing, ListRequest request) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    if (!request.exactCount()) {
      var probe = cb.createQuery(Object.class);
      Root<T> root = probe.from(listing.type());
      probe.select(listing.attribute(root, listing.key())).where(listing.predicates(cb, root, request));
      if (!em.createQuery(probe).setFirstResult(ListRequest.COUNT_LIMIT).setMaxResults(1).getResultList().isEmpty()) {
        return ListRequest.COUNT_LIMIT + 1;
      }
    }
    var count = cb.createQuery(Long.class);
    Root<T> root = count.from(listing.type());
    count.select(cb.count(root)).where(listing.predicates(cb, root, request));
    return em.createQuery(count).getSingleResult();
  }
}
