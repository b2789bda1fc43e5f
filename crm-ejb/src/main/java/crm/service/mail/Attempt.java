package crm.service.mail;

/**
 * An attempt to hand a claimed message to SMTP, committed to the send ledger before the message
 * goes out: its number among the message's attempts, the Message-ID it goes out with (the
 * message's first, reused by every attempt), and the message as read when the attempt started.
 */
public record Attempt(Claim claim, int number, String messageId, OutboxMessage message) {}
