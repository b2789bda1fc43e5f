package crm.service.email;

import crm.domain.email.Email;
import java.util.List;

/**
 * An email as shown: the email, the recipient contacts that block its tracking, the interaction
 * log entries sending wrote, and its human opens, clicks and replies.
 */
public record EmailView(
    Email email,
    List<String> blockedBy,
    List<Long> interactionLogEntryNos,
    long opens,
    long clicks,
    long replies) {}
