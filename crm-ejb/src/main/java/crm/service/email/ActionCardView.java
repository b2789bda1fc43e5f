package crm.service.email;

import crm.domain.email.ActionCardKind;
import java.time.Instant;

/** An action card as its owner sees it, with the email's subject and the contact's name. */
public record ActionCardView(
    long id,
    ActionCardKind kind,
    boolean highPriority,
    long emailId,
    String subject,
    String contactNo,
    String contactName,
    String note,
    Instant createdAt,
    Instant snoozedUntil) {}
