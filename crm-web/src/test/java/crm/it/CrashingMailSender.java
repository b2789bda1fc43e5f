package crm.it;

import crm.service.mail.MailSender;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The application's mail sender in test deployments, with a fault a test can arm: the next
 * message is handed to the SMTP server, and once the server accepted it the sending step dies
 * before the outcome is committed, as when the process is killed at that moment. Unarmed it is
 * the application's sender.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class CrashingMailSender extends MailSender {

  private final AtomicBoolean armed = new AtomicBoolean();

  /** The next message sent is accepted by the server, then the sending step dies. */
  public void crashAfterNextAcceptance() {
    armed.set(true);
  }

  @Override
  public void send(MimeMessage message, long outboxId) throws MessagingException, IOException {
    super.send(message, outboxId);
    if (armed.compareAndSet(true, false)) {
      throw new IllegalStateException("Crash injected after the SMTP server accepted outbox message " + outboxId);
    }
  }
}
