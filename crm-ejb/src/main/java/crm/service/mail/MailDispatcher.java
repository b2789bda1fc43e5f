package crm.service.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the due outbox messages (F-51, F-58, issue 15): what the mail timer calls on every instance, and
 * what tests call directly. It claims a batch, delivers each message on its own, and goes on
 * until nothing is due. It runs outside any transaction, so that each claim commits before its
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

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DispatchSummary dispatchDue() {
    List<DeliveryOutcome> outcomes = new ArrayList<>();
    for (List<Claim> batch = claims.claimDue(); !batch.isEmpty(); batch = claims.claimDue()) {
      batch.forEach(claim -> outcomes.add(deliverOrLog(claim)));
    }
    DispatchSummary summary = DispatchSummary.of(outcomes);
    if (summary.total() > 0) {
      LOG.log(Level.INFO, "Mail dispatch: {0}", summary.outcomes());
    }
    return summary;
  }

  /**
   * The attempt commits before the message goes to SMTP, the outcome after. An unexpected error
   * must not stop the run: the message waits until its claim expires, and if its attempt had
   * started, nobody knows whether the server accepted it: it becomes UNCERTAIN then.
   */
  private DeliveryOutcome deliverOrLog(Claim claim) {
    try {
      AttemptStart start = starts.start(claim);
      return start.attempt().map(delivery::deliver).orElse(start.outcome());
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Outbox message " + claim.id() + " could not be delivered", e);
      return DeliveryOutcome.ERROR;
    }
  }
}
