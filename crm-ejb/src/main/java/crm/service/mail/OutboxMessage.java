package crm.service.mail;

import java.time.LocalDateTime;

/**
 * One email of the outbox, already personalised: what logging wrote, plus its delivery state.
 * A read model of the {@code outbox_message} table, not an entity: rows change only through
 * the dispatcher and {@link OutboxService}, with plain SQL.
 *
 * @param entryNo the interaction log entry the email belongs to, if any
 * @param htmlBody the HTML of a message without an email; null when it delivers one (the email's)
 * @param messageId the Message-ID header, set at the first try and kept across retries
 * @param emailId the email this message delivers (To, Cc, body and files come from it), if any
 * @param firstAttemptAt the first try since the message was queued (or queued again by the
 *     console); it is tried again until the retry window from then has passed
 */
public record OutboxMessage(
    long id,
    Long entryNo,
    String loggedSegmentNo,
    String toAddress,
    String toName,
    String fromAddress,
    String fromName,
    String subject,
    String htmlBody,
    String textBody,
    String templateCode,
    String languageCode,
    OutboxStatus status,
    int attempts,
    LocalDateTime nextAttemptAt,
    String messageId,
    String lastError,
    LocalDateTime createdAt,
    LocalDateTime sentAt,
    Long emailId,
    LocalDateTime firstAttemptAt) {}
