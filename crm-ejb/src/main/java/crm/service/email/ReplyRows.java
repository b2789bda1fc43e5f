package crm.service.email;

import crm.service.email.ReplyMatching.Reply;
import crm.service.shared.Sql;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of the reply job (F-55): its place in the folder, and what the new replies of a run
 * record, in the run's transaction: the bookkeeping of each message (one batch), then per
 * thousand replies one statement each for the REPLY events, the end of "no reply" reminders, the
 * cards and the inbound interaction log entries (with the template the marketing setup names for
 * replies, and the email's campaign, whose statistics count them; no template named, no entry).
 */
final class ReplyRows {

  /** Where the job stopped in the folder: its UIDVALIDITY (null before the first run) and the last UID read. */
  record Position(Long uidValidity, long lastUid) {}

  private static final String OF_RUN = " from mailbox_message m join email e on e.id = m.email_id where m.mailbox_key in (%s)";

  private final Sql sql;

  ReplyRows(Sql sql) {
    this.sql = sql;
  }

  /** Locks the job's row and answers its position; empty when another instance holds it. */
  Optional<Position> lock() {
    return sql.list("select uid_validity, last_uid from mailbox_poll where name = 'replies' for update skip locked",
        row -> new Position(row.getObject(1) == null ? null : row.getLong(1), row.getLong(2))).stream().findFirst();
  }

  void advance(Position position) {
    sql.update("update mailbox_poll set uid_validity = ?, last_uid = ? where name = 'replies'", position.uidValidity(),
        position.lastUid());
  }

  /** Records the replies read at {@code at} ({@code local}: the same time on the log's calendar and clock). */
  void record(List<Reply> replies, Instant at, LocalDateTime local) {
    Timestamp now = Timestamp.from(at);
    List<List<Object>> rows = new ArrayList<>();
    for (Reply reply : replies) {
      InboxMessage message = reply.message();
      rows.add(Arrays.asList(message.mailboxKey(), message.messageId(), reply.emailId(), now, message.subject()));
    }
    sql.batch("insert into mailbox_message (mailbox_key, message_id, email_id, read_at, subject) values (?, ?, ?, ?, ?)",
        rows);
    for (List<Reply> chunk : ReplyMatching.chunks(replies)) {
      List<Object> keys = chunk.stream().<Object>map(reply -> reply.message().mailboxKey()).toList();
      String ofRun = OF_RUN.formatted(Sql.placeholders(keys.size()));
      sql.update("insert into email_event (id, email_id, type, occurred_at, classification, reason)"
          + " select nextval('email_event_seq'), e.id, 'REPLY', ?, 'HUMAN', 'REPLY_HEADERS'" + ofRun, parameters(keys, now));
      sql.update("update email_reminder set status = 'NOT_NEEDED', closed_at = ? where status = 'PENDING'"
          + " and condition = 'NO_REPLY' and email_id in (select e.id" + ofRun + ")", parameters(keys, now));
      sql.update("insert into action_card (id, owner_user, kind, priority, email_id, contact_no, note, created_at,"
          + " status) select nextval('action_card_seq'), e.sender_user, 'REPLY_RECEIVED', 2, e.id, e.contact_no,"
          + " m.subject, ?, 'OPEN'" + ofRun, parameters(keys, now));
      entries(keys, local);
    }
  }

  /** The inbound log entries: numbered on the bookkeeping first, so that the entry of a message is known. */
  private void entries(List<Object> keys, LocalDateTime local) {
    sql.update("update mailbox_message set entry_no = nextval('interaction_log_entry_seq') where mailbox_key in ("
        + Sql.placeholders(keys.size()) + ") and email_id in (select id from email where contact_no is not null)"
        + " and exists (select 1 from marketing_setup where reply_template_code is not null)", keys);
    sql.update("insert into interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time,"
        + " interaction_template_code, interaction_group_code, description, subject, language_code,"
        + " correspondence_type, salesperson_code, campaign_no, campaign_response, cost, duration,"
        + " information_flow, initiated_by, user_id)"
        + " select m.entry_no, c.no, c.company_no, ?, ?, t.code, t.interaction_group_code, t.description,"
        + " m.subject, e.language_code, 'EMAIL',"
        + " (select u.salesperson_code from app_user u where u.user_name = e.sender_user), e.campaign_no,"
        + " e.campaign_no is not null, t.unit_cost, t.unit_duration, 'INBOUND', 'THEM', e.sender_user"
        + " from mailbox_message m join email e on e.id = m.email_id join contact c on c.no = e.contact_no"
        + " join marketing_setup s on s.id = 1 join interaction_template t on t.code = s.reply_template_code"
        + " where m.mailbox_key in (" + Sql.placeholders(keys.size()) + ") and m.entry_no is not null",
        parameters(keys, local.toLocalDate(), local.toLocalTime().withNano(0)));
  }

  /** The leading values, then the keys. */
  private static List<Object> parameters(List<Object> keys, Object... leading) {
    List<Object> parameters = new ArrayList<>(List.of(leading));
    parameters.addAll(keys);
    return parameters;
  }
}
