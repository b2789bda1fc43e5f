package crm.service.mail;

import crm.service.shared.Sql;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves outbox messages from one status to the next, and keeps the delivery status of their
 * interaction log entry in step (F-33), so the contact's timeline shows what became of the email.
 * A message that delivers an email mirrors its fate on the email (status, sent at, Message-ID)
 * and on every interaction log entry of that email, one per recipient contact.
 */
final class OutboxTransitions {

  private static final int MAX_ERROR_LENGTH = 1000;
  private final Sql sql;

  OutboxTransitions(Sql sql) {
    this.sql = sql;
  }

  /**
   * Claims the messages for this instance; the claim is their first attempt's time unless they had
   * one since they were queued (the retry window counts from it).
   */
  void claim(List<Long> ids, LocalDateTime claimedUntil, String instanceId, LocalDateTime now) {
    if (!ids.isEmpty()) {
      sql.update("update outbox_message set status = 'SENDING', claimed_until = ?, claimed_by = ?,"
          + " first_attempt_at = coalesce(first_attempt_at, ?) where id in (" + Sql.placeholders(ids.size()) + ")",
          bound(List.of(claimedUntil, instanceId, now), ids));
    }
  }

  /** Messages whose last attempt never finished: nothing sends them again unless told to. */
  void uncertain(List<Long> ids) {
    sql.update("update outbox_message set status = 'UNCERTAIN', claimed_until = null, claimed_by = null"
        + " where id in (" + Sql.placeholders(ids.size()) + ")", ids.toArray());
  }

  /** The console's word that an UNCERTAIN message arrived; false if it is not UNCERTAIN. */
  boolean markSent(OutboxMessage message, LocalDateTime sentAt) {
    String messageId = message.messageId() != null ? message.messageId()
        : sql.list(SendLedger.FIRST_MESSAGE_ID, row -> row.getString(1), message.id()).stream().findFirst().orElse(null);
    int changed = sql.update("update outbox_message set status = 'SENT', sent_at = ?, message_id = ? where id = ?"
        + " and status = 'UNCERTAIN'", sentAt, messageId, message.id());
    if (changed > 0) {
      entry(message, "SENT", false);
      email(message, "SENT", messageId, sentAt);
    }
    return changed > 0;
  }

  /** Queues an UNCERTAIN message again, due now, with its Message-ID; false if not UNCERTAIN. */
  boolean sendAgain(OutboxMessage message, LocalDateTime now) {
    int changed = sql.update("update outbox_message set status = 'QUEUED', next_attempt_at = ?,"
        + " first_attempt_at = null where id = ? and status = 'UNCERTAIN'", now, message.id());
    if (changed > 0) {
      entry(message, "QUEUED", false);
      email(message, "QUEUED", null, null);
    }
    return changed > 0;
  }

  void sent(OutboxMessage message, String messageId, LocalDateTime now) {
    sql.update("update outbox_message set status = 'SENT', attempts = attempts + 1, sent_at = ?,"
        + " message_id = ?, claimed_until = null, claimed_by = null where id = ?", now, messageId, message.id());
    entry(message, "SENT", false);
    email(message, "SENT", messageId, now);
  }

  void retrying(OutboxMessage message, String messageId, LocalDateTime nextAttemptAt, String error) {
    sql.update("update outbox_message set status = 'QUEUED', attempts = attempts + 1,"
            + " next_attempt_at = ?, message_id = ?, last_error = ?, claimed_until = null, claimed_by = null"
            + " where id = ?", nextAttemptAt, messageId, truncate(error), message.id());
    entry(message, "RETRYING", false);
    email(message, "QUEUED", messageId, null);
  }

  void failed(OutboxMessage message, String messageId, String error) {
    sql.update("update outbox_message set status = 'FAILED', attempts = attempts + 1,"
            + " message_id = ?, last_error = ?, claimed_until = null, claimed_by = null where id = ?",
        messageId, truncate(error), message.id());
    entry(message, "FAILED", true);
    email(message, "FAILED", messageId, null);
  }

  /** Drops a claimed message whose contact no longer wants email (F-59). */
  void withheld(OutboxMessage message) {
    sql.update("update outbox_message set status = 'CANCELED', last_error = ?,"
        + " claimed_until = null, claimed_by = null where id = ?", "The contact does not want to be emailed", message.id());
    entry(message, "CANCELED", false);
    email(message, "CANCELED", null, null);
  }

  /** Puts a failed message back in the queue with a fresh set of tries; false if not FAILED. */
  boolean requeueFailed(OutboxMessage message, LocalDateTime now) {
    int changed = sql.update("update outbox_message set status = 'QUEUED', attempts = 0,"
        + " next_attempt_at = ?, first_attempt_at = null where id = ? and status = 'FAILED'", now, message.id());
    if (changed > 0) {
      entry(message, "QUEUED", false);
      email(message, "QUEUED", null, null);
    }
    return changed > 0;
  }

  /** Cancels a message still waiting (QUEUED or SCHEDULED); false if it is not waiting any more. */
  boolean cancelQueued(OutboxMessage message) {
    int changed = sql.update("update outbox_message set status = 'CANCELED'"
        + " where id = ? and status in ('QUEUED', 'SCHEDULED')", message.id());
    if (changed > 0) {
      entry(message, "CANCELED", false);
      email(message, "CANCELED", null, null);
    }
    return changed > 0;
  }

  private void entry(OutboxMessage message, String deliveryStatus, boolean attemptFailed) {
    if (message.emailId() != null) {
      sql.update("update interaction_log_entry set delivery_status = ?, attempt_failed = ?"
          + " where email_id = ?", deliveryStatus, attemptFailed, message.emailId());
    } else if (message.entryNo() != null) {
      sql.update("update interaction_log_entry set delivery_status = ?, attempt_failed = ?"
          + " where entry_no = ?", deliveryStatus, attemptFailed, message.entryNo());
    }
  }

  /** The email's status; its Message-ID once chosen, its sending time once sent. */
  private void email(OutboxMessage message, String status, String messageId, LocalDateTime sentAt) {
    if (message.emailId() != null) {
      sql.update("update email set status = ?, message_id = coalesce(?, message_id),"
              + " sent_at = coalesce(?, sent_at) where id = ?", status, messageId,
          sentAt == null ? null : sentAt.atZone(ZoneId.systemDefault()).toOffsetDateTime(), message.emailId());
    }
  }

  private static Object[] bound(List<Object> first, List<Long> ids) {
    List<Object> values = new ArrayList<>(first);
    values.addAll(ids);
    return values.toArray();
  }

  private static String truncate(String error) {
    return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
  }
}
