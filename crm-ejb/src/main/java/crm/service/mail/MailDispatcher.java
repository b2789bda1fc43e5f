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
 * Sends the due outbox messages (F-51, F-58): what the mail timer calls on every instance, and
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

  /** An unexpected error must not stop the run: the message waits until its claim expires. */
  private DeliveryOutcome deliverOrLog(Claim claim) {
    try {
      return delivery.deliver(claim);
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Outbox message " + claim.id() + " could not be delivered", e);
      return DeliveryOutcome.ERROR;
    }
  }
}
