package crm.service.mail;

import crm.service.shared.Sql;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Starts a claimed message's attempt in the transaction of the connection given (issue 15, the
 * send ledger): the message is locked, withheld if its contact refuses email meanwhile, else its
 * attempt is recorded. The caller commits before the message goes to SMTP: {@link AttemptStarts}
 * in a transaction of its own, or {@link MessageDelivery} together with the outcome of the message
 * it has just sent, which saves the ledger a commit per message.
 */
final class AttemptOpening {

  private final Sql sql;
  private final String instanceId;
  private final LocalDateTime now;

  AttemptOpening(Sql sql, String instanceId, LocalDateTime now) {
    this.sql = sql;
    this.instanceId = instanceId;
    this.now = now;
  }

  AttemptStart start(Claim claim) {
    SendLedger ledger = new SendLedger(sql);
    Optional<AttemptTarget> message = ledger.lockForAttempt(claim);
    if (message.isEmpty()) {
      return AttemptStart.without(DeliveryOutcome.SKIPPED);
    }
    if (message.get().contactRefusesEmail()) {
      new OutboxTransitions(sql).withheld(message.get().message());
      return AttemptStart.without(DeliveryOutcome.CANCELED);
    }
    return AttemptStart.started(ledger.start(message.get(), claim, instanceId, now));
  }
}
