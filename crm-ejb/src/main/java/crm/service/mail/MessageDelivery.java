package crm.service.mail;

import crm.service.shared.Sql;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Delivers one claimed message whose attempt {@link AttemptStarts} committed, in a transaction of
 * its own (STYLE.md section 4), so that a bad address or a rejected message never undoes what was
 * recorded for the others of the run. The message was read and its claim checked when its attempt
 * started; it is not locked again while it is being sent: an instance that took it over meanwhile
 * (this one's heartbeat lapsed) finds the attempt unfinished and leaves the message UNCERTAIN,
 * which the outcome recorded here then settles. The server's answer and the attempt's outcome
 * commit together; if this transaction never commits (the instance died, or an unexpected error
 * rolled it back), the attempt stays unfinished and the message becomes UNCERTAIN when claimed
 * again. The attempt of the next claimed message starts in the same transaction
 * ({@link AttemptOpening}): it still commits before that message goes to SMTP, without a commit of
 * its own.
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
  @Inject private SendingInstance instance;
  @Inject private Clock clock;

  /**
   * Sends the message of the attempt, records what happened, and starts the attempt of the next
   * claimed message, if any.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public DeliveryStep deliver(Attempt attempt, Optional<Claim> next) {
    try (Connection connection = dataSource.getConnection()) {
      Sql sql = new Sql(connection);
      return new DeliveryStep(send(attempt, sql),
          next.map(claim -> new AttemptOpening(sql, instance.id(), LocalDateTime.now(clock)).start(claim)));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot deliver outbox message " + attempt.claim().id(), e);
    }
  }

  private DeliveryOutcome send(Attempt attempt, Sql sql) {
    OutboxMessage message = attempt.message();
    LocalDateTime now = LocalDateTime.now(clock);
    String messageId = attempt.messageId();
    OutboxTransitions transitions = new OutboxTransitions(sql);
    try {
      sender.send(compose(message, messageId, sql), message.id());
      transitions.sent(message, messageId, now);
      new SendLedger(sql).finish(attempt, DeliveryOutcome.SENT, null, now);
      return DeliveryOutcome.SENT;
    } catch (MessagingException | IOException e) {
      String error = DeliveryFailure.describe(e);
      DeliveryOutcome outcome = failed(message, messageId, e, error, now, transitions);
      new SendLedger(sql).finish(attempt, outcome, error, now);
      return outcome;
    }
  }

  /**
   * The MIME message: an email's own recipients, text and files, else the personalised row's.
   * An email whose tracking is ON goes out tracked (F-53: rewritten links, open pixel, tracked
   * files as download links).
   */
  private MimeMessage compose(OutboxMessage message, String messageId, Sql sql)
      throws MessagingException, IOException {
    EmailComposer composer = new EmailComposer(settings.session());
    List<AttachedFile> templateFiles = new OutboxRows(sql).attachments(message);
    if (message.emailId() != null) {
      OutboxEmail email = new OutboxEmails(sql).read(message.emailId());
      if (email.tracked()) {
        email = tracking.track(email);
      }
      List<AttachedFile> files = new ArrayList<>(email.files());
      files.addAll(templateFiles);
      return composer.compose(message, email, files, messageId, clock.instant());
    }
    return composer.compose(message, messageId, templateFiles, clock.instant());
  }

  private DeliveryOutcome failed(OutboxMessage message, String messageId, Exception failure, String error,
      LocalDateTime now, OutboxTransitions transitions) {
    Optional<LocalDateTime> next = DeliveryFailure.isPermanent(failure)
        ? Optional.empty()
        : settings.retryPolicy().nextAttempt(message.firstAttemptAt(), now, message.attempts() + 1);
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
