package crm.service.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Delivers one claimed message in a transaction of its own (STYLE.md section 4), so that a bad
 * address or a rejected message never undoes what was recorded for the others of the run. The
 * row stays locked while it is being sent, so no other instance can take it over meanwhile.
 *
 * <p>No role: the mail timer calls it without a caller, and no page or REST resource reaches it.
 */
@Stateless
@PermitAll
public class MessageDelivery {

  private static final Logger LOG = Logger.getLogger(MessageDelivery.class.getName());

  @Resource(lookup = "java:app/jdbc/crm")
  private DataSource dataSource;

  @Inject private MailSettings settings;
  @Inject private MailSender sender;
  @Inject private DeliveryTracking tracking;
  @Inject private Clock clock;

  /** Sends the message if this instance still holds its claim, and records what happened. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public DeliveryOutcome deliver(Claim claim) {
    try (Connection connection = dataSource.getConnection()) {
      Jdbc jdbc = new Jdbc(connection);
      Optional<OutboxMessage> message = new OutboxRows(jdbc).lockClaimed(claim);
      if (message.isEmpty()) {
        return DeliveryOutcome.SKIPPED;
      }
      if (new OutboxRows(jdbc).contactRefusesEmail(message.get())) {
        new OutboxTransitions(jdbc).withheld(message.get());
        return DeliveryOutcome.CANCELED;
      }
      return send(message.get(), jdbc);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot deliver outbox message " + claim.id(), e);
    }
  }

  private DeliveryOutcome send(OutboxMessage message, Jdbc jdbc) {
    LocalDateTime now = LocalDateTime.now(clock);
    String messageId = Optional.ofNullable(message.messageId())
        .orElseGet(() -> EmailComposer.newMessageId(message.fromAddress()));
    OutboxTransitions transitions = new OutboxTransitions(jdbc);
    try {
      sender.send(compose(message, messageId, jdbc), message.id());
      transitions.sent(message, messageId, now);
      return DeliveryOutcome.SENT;
    } catch (MessagingException | IOException e) {
      return failed(message, messageId, e, now, transitions);
    }
  }

  /**
   * The MIME message: an email's own recipients, text and files, else the personalised row's.
   * An email whose tracking is ON goes out tracked (F-53: rewritten links, open pixel, tracked
   * files as download links).
   */
  private MimeMessage compose(OutboxMessage message, String messageId, Jdbc jdbc)
      throws MessagingException, IOException {
    EmailComposer composer = new EmailComposer(settings.session());
    if (message.emailId() != null) {
      OutboxEmail email = new OutboxEmails(jdbc).read(message.emailId());
      if (email.tracked()) {
        email = tracking.track(email);
      }
      return composer.compose(message, email, messageId, clock.instant());
    }
    return composer.compose(message, messageId, new OutboxRows(jdbc).attachments(message), clock.instant());
  }

  private DeliveryOutcome failed(OutboxMessage message, String messageId, Exception failure,
      LocalDateTime now, OutboxTransitions transitions) {
    String error = DeliveryFailure.describe(failure);
    Optional<LocalDateTime> next = DeliveryFailure.isPermanent(failure)
        ? Optional.empty()
        : settings.retryPolicy().nextAttempt(now, message.attempts() + 1);
    if (next.isPresent()) {
      LOG.log(Level.INFO, "Outbox message {0} will be tried again at {1}: {2}",
          new Object[] {message.id(), next.get(), error});
      transitions.retrying(message, messageId, next.get(), error);
      return DeliveryOutcome.RETRYING;
    }
    LOG.log(Level.WARNING, "Outbox message {0} failed for good: {1}",
        new Object[] {message.id(), error});
    transitions.failed(message, messageId, error);
    return DeliveryOutcome.FAILED;
  }
}
