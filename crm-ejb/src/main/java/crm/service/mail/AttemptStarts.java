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
import javax.sql.DataSource;

/**
 * Starts the delivery of a claimed message in a transaction of its own that commits before the
 * message is handed to SMTP (issue 15, the send ledger): the attempt, its instance and the
 * Message-ID are on record, so that if the instance dies before the answer is recorded, the
 * message is known to be uncertain rather than sent a second time. A message whose contact
 * refuses email meanwhile is withheld here, without an attempt. Only the first message of a batch
 * (or one after an error) starts here; the others start with the outcome of the message before
 * them ({@link MessageDelivery}).
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
      return new AttemptOpening(new Sql(connection), instance.id(), LocalDateTime.now(clock)).start(claim);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot start the delivery of outbox message " + claim.id(), e);
    }
  }
}
