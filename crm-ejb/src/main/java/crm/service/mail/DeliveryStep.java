package crm.service.mail;

import java.util.Optional;

/** What delivering one claimed message did, and the start of the next one's attempt, committed with it. */
public record DeliveryStep(DeliveryOutcome outcome, Optional<AttemptStart> next) {}
