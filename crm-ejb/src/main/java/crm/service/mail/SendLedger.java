package crm.service.mail;

import crm.service.shared.Sql;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The send ledger's SQL (table {@code send_attempt}): an attempt is started, and committed, before
 * its message is handed to SMTP, and finished with the outcome once the server answered. A message
 * whose attempt never finished is uncertain: it may have arrived.
 */
final class SendLedger {

  private static final int MAX_ERROR_LENGTH = 1000;
  private final Sql sql;

  SendLedger(Sql sql) {
    this.sql = sql;
  }

  /**
   * Records the start of the next attempt of the message with its Message-ID: the message's own,
   * chosen at its first attempt, else a new one, kept on the message (and its email) from now on.
   */
  Attempt start(OutboxMessage message, Claim claim, String instanceId, LocalDateTime now) {
    String messageId = message.messageId() != null ? message.messageId()
        : EmailComposer.newMessageId(message.fromAddress());
    int number = sql.list("select coalesce(max(attempt_no), 0) + 1 from send_attempt where outbox_id = ?",
        row -> row.getInt(1), message.id()).get(0);
    sql.update("insert into send_attempt (outbox_id, attempt_no, message_id, instance_id, started_at)"
        + " values (?, ?, ?, ?, ?)", message.id(), number, messageId, instanceId, now);
    sql.update("update outbox_message set message_id = ?, first_attempt_at = coalesce(first_attempt_at, ?)"
        + " where id = ?", messageId, now, message.id());
    if (message.emailId() != null) {
      sql.update("update email set message_id = coalesce(message_id, ?) where id = ?", messageId, message.emailId());
    }
    return new Attempt(claim, number, messageId);
  }

  void finish(Attempt attempt, DeliveryOutcome outcome, String error, LocalDateTime now) {
    sql.update("update send_attempt set finished_at = ?, outcome = ?, error = ? where outbox_id = ?"
            + " and attempt_no = ?", now, outcome.name(), error == null ? null : truncate(error),
        attempt.claim().id(), attempt.number());
  }

  /** Of the messages given, those with an attempt that started and never finished. */
  List<Long> unfinished(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return sql.list("select distinct outbox_id from send_attempt where outbox_id in (" + Sql.placeholders(ids.size())
        + ") and finished_at is null and outcome is null", row -> row.getLong(1), ids.toArray());
  }

  /** Gives the unfinished attempts of these messages up as uncertain. */
  void uncertain(List<Long> ids) {
    sql.update("update send_attempt set outcome = 'UNCERTAIN' where outbox_id in (" + Sql.placeholders(ids.size())
        + ") and finished_at is null and outcome is null", ids.toArray());
  }

  /** The message's attempts, first first. */
  List<SendAttempt> attempts(long outboxId) {
    return sql.list("select outbox_id, attempt_no, message_id, instance_id, started_at, finished_at, outcome,"
            + " error from send_attempt where outbox_id = ? order by attempt_no",
        row -> new SendAttempt(row.getLong(1), row.getInt(2), row.getString(3), row.getString(4),
            row.getObject(5, LocalDateTime.class), row.getObject(6, LocalDateTime.class), row.getString(7),
            row.getString(8)), outboxId);
  }

  private static String truncate(String error) {
    return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
  }
}
