package crm.service.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the due outbox messages (F-51, F-58, issue 15): what the mail timer calls on every instance, and
 * what tests call directly. It claims a batch, delivers each message on its own, and goes on
 * until nothing is due, over one SMTP connection for the run. It runs outside any transaction, so that each claim commits before its
 * messages are sent and each message commits on its own (DESIGN.md decisions 4 and 5).
 *
 * <p>No role: the mail timer calls it without a caller, and no page or REST resource reaches it.
 */
@Stateless
@PermitAll
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

  @Inject private OutboxClaims claims;
  @Inject private AttemptStarts starts;
  @Inject private MessageDelivery delivery;
  @Inject private MailSender sender;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DispatchSummary dispatchDue() {
    List<DeliveryOutcome> outcomes = new ArrayList<>();
    try (SmtpConnection connection = sender.reuseConnection()) {
      for (List<Claim> batch = claims.claimDue(); !batch.isEmpty(); batch = claims.claimDue()) {
        deliver(batch, outcomes);
      }
    }
    DispatchSummary summary = DispatchSummary.of(outcomes);
    if (summary.total() > 0) {
      LOG.log(Level.INFO, "Mail dispatch: {0}", summary.outcomes());
    }
    return summary;
  }

  /**
   * Each attempt commits before its message goes to SMTP, each outcome after: the first attempt of
   * the batch on its own, every other one with the outcome of the message before it. An unexpected
   * error must not stop the run: the message waits until its claim expires, and if its attempt had
   * started, nobody knows whether the server accepted it: it becomes UNCERTAIN then; the next
   * message starts on its own.
   */
  private void deliver(List<Claim> batch, List<DeliveryOutcome> outcomes) {
    Optional<AttemptStart> started = Optional.empty();
    for (int i = 0; i < batch.size(); i++) {
      Claim claim = batch.get(i);
      Optional<Claim> next = i + 1 < batch.size() ? Optional.of(batch.get(i + 1)) : Optional.empty();
      try {
        AttemptStart start = started.isPresent() ? started.get() : starts.start(claim);
        Optional<DeliveryStep> step = start.attempt().map(attempt -> delivery.deliver(attempt, next));
        outcomes.add(step.map(DeliveryStep::outcome).orElse(start.outcome()));
        started = step.flatMap(DeliveryStep::next);
      } catch (EJBException e) {
        LOG.log(Level.WARNING, "Outbox message " + claim.id() + " could not be delivered", e);
        outcomes.add(DeliveryOutcome.ERROR);
        started = Optional.empty();
      }
    }
  }
}
