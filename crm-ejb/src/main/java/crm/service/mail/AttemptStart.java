package crm.service.mail;

import java.util.Optional;

/**
 * What the start of a claimed message's delivery came to: an attempt, committed and ready to be
 * handed to SMTP, or an outcome without one (the claim was lost, or the contact refuses email).
 */
public record AttemptStart(Optional<Attempt> attempt, DeliveryOutcome outcome) {

  static AttemptStart started(Attempt attempt) {
    return new AttemptStart(Optional.of(attempt), null);
  }

  static AttemptStart without(DeliveryOutcome outcome) {
    return new AttemptStart(Optional.empty(), outcome);
  }
}
