package crm.service.email;

import crm.domain.email.EmailEventType;
import crm.domain.email.EventClassification;
import java.time.Instant;

/** One recorded event of an email, as its timeline shows it; {@code url} for clicks only. */
public record EmailEventView(EmailEventType type, Instant at, String url, String fileName,
    EventClassification classification, String reason) {}
