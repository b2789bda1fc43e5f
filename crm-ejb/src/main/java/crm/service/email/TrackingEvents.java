package crm.service.email;

import crm.domain.email.EmailEventType;
import crm.domain.email.EventClassifier.Verdict;
import crm.domain.email.TrackedRequest.Click;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of recording tracking events (DESIGN.md decision 9): facts about the email and link a
 * token names, the clicks of the last seconds, and the one insert per event. Only an email that
 * was sent with tracking ON is found.
 */
final class TrackingEvents {

  /** A sent, tracked email; for a click, also the link's address, whether it is hidden, and the visible links. */
  record Target(Instant sentAt, String url, boolean hidden, int visibleLinks) {}

  private static final String TRACKED = " from email e where e.id = ?1 and e.tracking = 'ON' and e.status = 'SENT'"
      + " and e.sent_at is not null";
  private final EntityManager em;

  TrackingEvents(EntityManager em) {
    this.em = em;
  }

  Optional<Target> email(long emailId) {
    List<?> rows = em.createNativeQuery("select e.sent_at" + TRACKED).setParameter(1, emailId).getResultList();
    return rows.stream().findFirst().map(row -> new Target(instant(row), null, false, 0));
  }

  Optional<Target> link(long emailId, int linkNo) {
    List<?> rows = em.createNativeQuery("select e.sent_at, l.url, l.hidden,"
            + " (select count(*) from email_link v where v.email_id = e.id and v.hidden = false)"
            + " from email e join email_link l on l.email_id = e.id and l.link_no = ?2"
            + TRACKED.substring(" from email e".length()))
        .setParameter(1, emailId).setParameter(2, linkNo).getResultList();
    return rows.stream().findFirst().map(r -> (Object[]) r)
        .map(row -> new Target(instant(row[0]), (String) row[1], (Boolean) row[2], ((Number) row[3]).intValue()));
  }

  List<Click> clicksSince(long emailId, Instant since) {
    List<?> rows = em.createNativeQuery("select link_no, occurred_at from email_event"
            + " where email_id = ?1 and type = 'CLICK' and occurred_at >= ?2")
        .setParameter(1, emailId).setParameter(2, Timestamp.from(since)).getResultList();
    return rows.stream().map(r -> (Object[]) r)
        .map(row -> new Click(((Number) row[0]).intValue(), instant(row[1]))).toList();
  }

  void insert(long emailId, EmailEventType type, Instant at, Integer linkNo, String fileName, String url,
      TrackingHit hit, Verdict verdict) {
    em.createNativeQuery("insert into email_event (id, email_id, type, occurred_at, link_no, file_name, url,"
            + " http_method, user_agent, source_address, classification, reason)"
            + " values (nextval('email_event_seq'), ?1, ?2, ?3, cast(?4 as integer), ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .setParameter(1, emailId).setParameter(2, type.name()).setParameter(3, Timestamp.from(at))
        .setParameter(4, linkNo).setParameter(5, fileName).setParameter(6, url)
        .setParameter(7, cut(hit.method(), 10)).setParameter(8, cut(hit.userAgent(), 500))
        .setParameter(9, cut(hit.sourceAddress(), 64))
        .setParameter(10, verdict.classification().name()).setParameter(11, verdict.reason())
        .executeUpdate();
  }

  static Instant instant(Object value) {
    return value instanceof Timestamp t ? t.toInstant()
        : value instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.util.Date) value).toInstant();
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
