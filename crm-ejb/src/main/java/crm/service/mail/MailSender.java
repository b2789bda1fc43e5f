package crm.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Hands a message to the SMTP server, or, when no SMTP host is configured (the zero-setup demo,
 * F-51), writes it as an RFC 822 file {@code message-<id>.eml} to the outbox folder, where any
 * mail program opens it. The file appears whole or not at all. Within {@link #reuseConnection()}
 * the messages of the thread share one SMTP connection ({@link SmtpConnection}); outside, each
 * message opens its own.
 */
@ApplicationScoped
public class MailSender {

  @Inject MailSettings settings;
  private final ThreadLocal<SmtpConnection> reused = new ThreadLocal<>();

  /** One SMTP connection for this thread's messages until the returned connection is closed. */
  public SmtpConnection reuseConnection() {
    SmtpConnection connection = new SmtpConnection(settings.session(), SmtpConnection.PAUSE_MILLIS, reused::remove);
    reused.set(connection);
    return connection;
  }

  /** Sends the message of outbox row {@code outboxId}; throws if it was not accepted. */
  public void send(MimeMessage message, long outboxId) throws MessagingException, IOException {
    if (settings.smtpConfigured() && reused.get() != null) {
      reused.get().send(message);
    } else if (settings.smtpConfigured()) {
      Transport.send(message);
    } else {
      writeToOutboxFolder(message, outboxId);
    }
  }

  private void writeToOutboxFolder(MimeMessage message, long outboxId) throws MessagingException, IOException {
    Path folder = Files.createDirectories(settings.outboxDir());
    Path temporary = Files.createTempFile(folder, "message-" + outboxId + "-", ".part");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        message.writeTo(out);
      }
      Files.move(temporary, folder.resolve("message-" + outboxId + ".eml"),
          StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
