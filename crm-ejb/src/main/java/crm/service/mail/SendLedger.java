package crm.service.mail;

import crm.service.shared.Sql;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

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

  /** The Message-ID of the first attempt of the outbox message bound to the statement's parameter. */
  static final String FIRST_MESSAGE_ID =
      "select f.message_id from send_attempt f where f.outbox_id = ? and f.attempt_no = 1";

  /**
   * Locks a message this instance claimed and reads it, with what starting its attempt needs, in
   * one statement (the ledger is on every message's path); empty when the claim was lost.
   */
  Optional<AttemptTarget> lockForAttempt(Claim claim) {
    return sql.list("select " + OutboxRows.FIELDS + ", coalesce(o.message_id, (" + FIRST_MESSAGE_ID + "))"
            + " ledger_message_id, (select coalesce(max(a.attempt_no), 0) from send_attempt a"
            + " where a.outbox_id = o.id) attempts_started, " + OutboxRows.CONTACT_REFUSES_EMAIL
            + " refuses_email from outbox_message o"
            + " where o.id = ? and o.status = 'SENDING' and o.claimed_until = ? for update",
        row -> new AttemptTarget(OutboxRows.message(row), row.getString("ledger_message_id"),
            row.getInt("attempts_started"), row.getBoolean("refuses_email")),
        claim.id(), claim.id(), claim.claimedUntil()).stream().findFirst();
  }

  /**
   * Records the start of the next attempt of the message with its Message-ID: the one of its first
   * attempt, else a new one. The message and its email take it when the outcome is recorded
   * ({@link OutboxTransitions}); until then the ledger holds it, for a send again or a reply.
   */
  Attempt start(AttemptTarget message, Claim claim, String instanceId, LocalDateTime now) {
    String messageId = message.messageId() != null ? message.messageId()
        : EmailComposer.newMessageId(message.message().fromAddress());
    int number = message.attemptsStarted() + 1;
    sql.update("insert into send_attempt (outbox_id, attempt_no, message_id, instance_id, started_at)"
        + " values (?, ?, ?, ?, ?)", claim.id(), number, messageId, instanceId, now);
    return new Attempt(claim, number, messageId, message.message());
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
