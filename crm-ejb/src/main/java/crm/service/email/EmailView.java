package crm.service.email;

import crm.domain.email.Email;
import crm.domain.email.Reminder;
import java.util.List;

/**
 * An email as shown: the email, the recipient contacts that block its tracking, the interaction
 * log entries sending wrote, its human opens, clicks and replies, and its follow-up reminder (or null).
 */
public record EmailView(
    Email email,
    List<String> blockedBy,
    List<Long> interactionLogEntryNos,
    long opens,
    long clicks,
    long replies,
    Reminder reminder) {}
