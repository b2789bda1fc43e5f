package crm.service.mail;

import java.time.LocalDateTime;

/**
 * One line of the send ledger, as the outbox console shows it.
 *
 * @param finishedAt null when the attempt never finished: the instance stopped between handing
 *     the message to SMTP and recording the answer
 * @param outcome SENT, RETRYING, FAILED; UNCERTAIN when it never finished; null while in progress
 */
public record SendAttempt(
    long outboxId,
    int number,
    String messageId,
    String instanceId,
    LocalDateTime startedAt,
    LocalDateTime finishedAt,
    String outcome,
    String error) {}
