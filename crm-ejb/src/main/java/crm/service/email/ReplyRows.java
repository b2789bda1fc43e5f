package crm.service.email;

import crm.service.shared.Sql;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of recording replies (F-55): the mailbox bookkeeping, the email a reply answers (by
 * the email's Message-ID or the one an attempt of the send ledger used), and what a reply
 * records: the event, the closed reminders and the card.
 */
final class ReplyRows {

  /** Where the job stopped in the folder: its UIDVALIDITY (null before the first run) and the last UID read. */
  record Position(Long uidValidity, long lastUid) {}

  private final Sql sql;

  ReplyRows(Sql sql) {
    this.sql = sql;
  }

  /** Locks the job's row and answers its position; empty when another instance holds it. */
  Optional<Position> lock() {
    return sql.list("select uid_validity, last_uid from mailbox_poll where name = 'replies' for update skip locked",
        row -> new Position(row.getObject(1) == null ? null : row.getLong(1), row.getLong(2))).stream().findFirst();
  }

  void advance(long uidValidity, long lastUid) {
    sql.update("update mailbox_poll set uid_validity = ?, last_uid = ? where name = 'replies'", uidValidity, lastUid);
  }

  void ran(Instant at, String error) {
    sql.update("update mailbox_poll set last_run_at = ?, last_error = ? where name = 'replies'", Timestamp.from(at),
        error == null || error.length() <= 1000 ? error : error.substring(0, 1000));
  }

  /** The email sent with one of these Message-IDs (its own, or an attempt's), if any. */
  Optional<Long> emailAnswered(List<String> messageIds) {
    if (messageIds.isEmpty()) {
      return Optional.empty();
    }
    String in = Sql.placeholders(messageIds.size());
    Object[] ids = messageIds.toArray();
    Object[] both = new Object[ids.length * 2];
    System.arraycopy(ids, 0, both, 0, ids.length);
    System.arraycopy(ids, 0, both, ids.length, ids.length);
    return sql.list("select min(id) from (select e.id from email e where e.message_id in (" + in + ")"
            + " union select o.email_id from send_attempt a join outbox_message o on o.id = a.outbox_id"
            + " where a.message_id in (" + in + ")) answered", row -> row.getObject(1) == null ? null : row.getLong(1),
        both).stream().filter(id -> id != null).findFirst();
  }

  /** Whether this message was recorded already (under another UID, e.g. after the folder was renumbered). */
  boolean known(String mailboxKey, String messageId) {
    return sql.number("select count(*) from mailbox_message where mailbox_key = ? or message_id = ?",
        mailboxKey, messageId) > 0;
  }

  /** Records the reply: the bookkeeping, a REPLY event, the end of "no reply" reminders, and the card. */
  void record(String mailboxKey, String messageId, long emailId, String subject, Instant at) {
    Timestamp now = Timestamp.from(at);
    sql.update("insert into mailbox_message (mailbox_key, message_id, email_id, read_at) values (?, ?, ?, ?)",
        mailboxKey, messageId, emailId, now);
    sql.update("insert into email_event (id, email_id, type, occurred_at, classification, reason)"
        + " values (nextval('email_event_seq'), ?, 'REPLY', ?, 'HUMAN', 'REPLY_HEADERS')", emailId, now);
    sql.update("update email_reminder set status = 'NOT_NEEDED', closed_at = ? where email_id = ?"
        + " and status = 'PENDING' and condition = 'NO_REPLY'", now, emailId);
    sql.update("insert into action_card (id, owner_user, kind, priority, email_id, contact_no, note, created_at,"
        + " status) select nextval('action_card_seq'), sender_user, 'REPLY_RECEIVED', 2, id, contact_no,"
        + " cast(? as varchar(500)), ?, 'OPEN'"
        + " from email where id = ?", subject, now, emailId);
  }
}
