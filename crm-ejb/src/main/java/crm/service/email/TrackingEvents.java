package crm.service.email;

import crm.domain.email.EmailEventType;
import crm.domain.email.EventClassifier.Verdict;
import crm.domain.email.TrackedRequest.Click;
import crm.service.shared.Sql;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
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

  private static final String TRACKED = " from email e where e.id = ? and e.tracking = 'ON' and e.status = 'SENT'"
      + " and e.sent_at is not null";
  private final Sql sql;

  TrackingEvents(Sql sql) {
    this.sql = sql;
  }

  Optional<Target> email(long emailId) {
    return sql.list("select e.sent_at" + TRACKED, row -> new Target(instant(row.getTimestamp(1)), null, false, 0),
        emailId).stream().findFirst();
  }

  Optional<Target> link(long emailId, int linkNo) {
    return sql.list("select e.sent_at, l.url, l.hidden,"
            + " (select count(*) from email_link v where v.email_id = e.id and v.hidden = false)"
            + " from email e join email_link l on l.email_id = e.id and l.link_no = ?"
            + TRACKED.substring(" from email e".length()),
        row -> new Target(instant(row.getTimestamp(1)), row.getString(2), row.getBoolean(3), row.getInt(4)),
        linkNo, emailId).stream().findFirst();
  }

  List<Click> clicksSince(long emailId, Instant since) {
    return sql.list("select link_no, occurred_at from email_event"
            + " where email_id = ? and type = 'CLICK' and occurred_at >= ?",
        row -> new Click(row.getInt(1), instant(row.getTimestamp(2))), emailId, Timestamp.from(since));
  }

  void insert(long emailId, EmailEventType type, Instant at, Integer linkNo, String fileName, String url,
      TrackingHit hit, Verdict verdict) {
    sql.update("insert into email_event (id, email_id, type, occurred_at, link_no, file_name, url,"
            + " http_method, user_agent, source_address, classification, reason)"
            + " values (nextval('email_event_seq'), ?, ?, ?, cast(? as integer), ?, ?, ?, ?, ?, ?, ?)",
        emailId, type.name(), Timestamp.from(at), linkNo, fileName, url, cut(hit.method(), 10),
        cut(hit.userAgent(), 500), cut(hit.sourceAddress(), 64), verdict.classification().name(), verdict.reason());
  }

  List<TrackedFile> trackedFiles(long emailId) {
    return sql.list("select file_name, content_type, content from email_attachment where email_id = ? and tracked = true",
        row -> new TrackedFile(row.getString(1), row.getString(2), row.getBytes(3)), emailId);
  }

  static Instant instant(Object value) {
    return value instanceof Timestamp t ? t.toInstant()
        : value instanceof OffsetDateTime o ? o.toInstant() : ((Date) value).toInstant();
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
