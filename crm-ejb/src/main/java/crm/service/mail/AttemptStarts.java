package crm.service.mail;

import crm.service.shared.Sql;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Starts the delivery of a claimed message in a transaction of its own that commits before the
 * message is handed to SMTP (issue 15, the send ledger): the attempt, its instance and the
 * Message-ID are on record, so that if the instance dies before the answer is recorded, the
 * message is known to be uncertain rather than sent a second time. A message whose contact
 * refuses email meanwhile is withheld here, without an attempt.
 *
 * <p>No role: the mail timer calls it without a caller, and no page or REST resource reaches it.
 */
@Stateless
@PermitAll
public class AttemptStarts {

  @Resource(lookup = "java:app/jdbc/crm")
  private DataSource dataSource;

  @Inject private SendingInstance instance;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AttemptStart start(Claim claim) {
    try (Connection connection = dataSource.getConnection()) {
      Sql sql = new Sql(connection);
      OutboxRows rows = new OutboxRows(sql);
      Optional<OutboxMessage> message = rows.lockClaimed(claim);
      if (message.isEmpty()) {
        return AttemptStart.without(DeliveryOutcome.SKIPPED);
      }
      if (rows.contactRefusesEmail(message.get())) {
        new OutboxTransitions(sql).withheld(message.get());
        return AttemptStart.without(DeliveryOutcome.CANCELED);
      }
      return AttemptStart.started(
          new SendLedger(sql).start(message.get(), claim, instance.id(), LocalDateTime.now(clock)));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot start the delivery of outbox message " + claim.id(), e);
    }
  }
}
