package crm.service.mail;

import crm.service.shared.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads outbox messages and what goes with them; {@link OutboxTransitions} changes them. */
final class OutboxRows {

  /** The columns {@link #message} reads. */
  static final String FIELDS = "id, entry_no, logged_segment_no, to_address,"
      + " to_name, from_address, from_name, subject, html_body, text_body, template_code,"
      + " language_code, status, attempts, next_attempt_at, message_id, last_error, created_at,"
      + " sent_at, email_id, first_attempt_at";
  private static final String COLUMNS = "select " + FIELDS + " from outbox_message";

  private final Sql sql;

  OutboxRows(Sql sql) {
    this.sql = sql;
  }

  Optional<OutboxMessage> find(long id) {
    return sql.list(COLUMNS + " where id = ?", OutboxRows::message, id).stream().findFirst();
  }

  /**
   * Locks up to {@code limit} due messages, skipping those another transaction holds. Due:
   * queued and time to try, or claimed by an instance that is presumably dead: its heartbeat
   * is older than {@code heartbeatsSince}, or its claim expired. H2 2.2 knows SKIP LOCKED too,
   * but locks every due row, not only the first {@code limit}, until the claim commits: another
   * instance then finds nothing for that moment, which is safe, and the embedded database serves
   * one instance anyway.
   */
  List<Long> lockDue(LocalDateTime now, LocalDateTime heartbeatsSince, int limit) {
    return sql.list("select id from outbox_message"
            + " where (status = 'QUEUED' and next_attempt_at <= ?)"
            + " or (status = 'SENDING' and (claimed_until < ? or claimed_by in"
            + " (select instance_id from sending_instance where heartbeat_at < ?)))"
            + " order by next_attempt_at, id limit ? for update skip locked",
        row -> row.getLong(1), now, now, heartbeatsSince, limit);
  }

  /** Newest first; {@code status} null lists every message. */
  List<OutboxMessage> page(OutboxStatus status, int offset, int size) {
    String order = " order by id desc limit ? offset ?";
    return status == null
        ? sql.list(COLUMNS + order, OutboxRows::message, size, offset)
        : sql.list(COLUMNS + " where status = ?" + order, OutboxRows::message, status.name(), size, offset);
  }

  long count(OutboxStatus status) {
    String count = "select count(*) from outbox_message";
    return status == null ? sql.number(count) : sql.number(count + " where status = ?", status.name());
  }

  Map<OutboxStatus, Long> countByStatus() {
    Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
    for (OutboxStatus status : OutboxStatus.values()) {
      counts.put(status, 0L);
    }
    sql.list("select status, count(*) from outbox_message group by status",
            row -> counts.put(OutboxStatus.valueOf(row.getString(1)), row.getLong(2)));
    return counts;
  }

  /** The files of the message's template language version, in file name order. */
  List<AttachedFile> attachments(OutboxMessage message) {
    if (message.templateCode() == null || message.languageCode() == null) {
      return List.of();
    }
    return sql.list("select file_name, content_type, content from template_attachment_file"
            + " where template_code = ? and language_code = ? order by file_name",
        row -> new AttachedFile(row.getString(1), row.getString(2), row.getBytes(3)),
        message.templateCode(), message.languageCode());
  }

  /**
   * True when the outbox message {@code o} (a SQL condition) has a contact, or a recipient contact
   * of its email, who asked not to be emailed after it was queued (F-59).
   */
  static final String CONTACT_REFUSES_EMAIL = "case when o.email_id is not null"
      + " then exists (select 1 from email_recipient r join contact c on c.no = r.contact_no"
      + " where r.email_id = o.email_id and c.do_not_email)"
      + " else exists (select 1 from interaction_log_entry e join contact c on c.no = e.contact_no"
      + " where e.entry_no = o.entry_no and c.do_not_email) end";

  static OutboxMessage message(ResultSet row) throws SQLException {
    return new OutboxMessage(row.getLong("id"), row.getObject("entry_no", Long.class),
        row.getString("logged_segment_no"), row.getString("to_address"), row.getString("to_name"),
        row.getString("from_address"), row.getString("from_name"), row.getString("subject"),
        row.getString("html_body"), row.getString("text_body"), row.getString("template_code"),
        row.getString("language_code"), OutboxStatus.valueOf(row.getString("status")),
        row.getInt("attempts"), time(row, "next_attempt_at"), row.getString("message_id"),
        row.getString("last_error"), time(row, "created_at"), time(row, "sent_at"),
        row.getObject("email_id", Long.class), time(row, "first_attempt_at"));
  }

  private static LocalDateTime time(ResultSet row, String column) throws SQLException {
    return row.getObject(column, LocalDateTime.class);
  }
}
