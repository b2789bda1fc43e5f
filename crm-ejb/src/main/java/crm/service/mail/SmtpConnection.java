package crm.service.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.TimeUnit;

/**
 * One SMTP connection to the configured server, reused by the messages of a dispatch run (issue
 * 14): opened by the first message, closed when the run ends. Messages that follow each other
 * go straight on; after a pause of {@value #PAUSE_MILLIS} ms the connection is checked first
 * (servers close idle ones) and opened again if it was dropped, before any of the message goes.
 * A failure closes it, and the next message opens a new one. A server that answers 421 (closing
 * the connection, the message refused whole) gets the message once more on a new connection:
 * it had taken none of it. Any other failure goes to the caller, whose send ledger records it as
 * for a message sent on a connection of its own: never lost, never sent twice unknowingly.
 */
public final class SmtpConnection implements AutoCloseable {

  static final long PAUSE_MILLIS = 1000;

  private final Session session;
  private final long pauseNanos;
  private final Runnable onClose;
  private Transport transport;
  private long lastUse;

  SmtpConnection(Session session, long pauseMillis, Runnable onClose) {
    this.session = session;
    this.pauseNanos = TimeUnit.MILLISECONDS.toNanos(pauseMillis);
    this.onClose = onClose;
  }

  void send(MimeMessage message) throws MessagingException {
    message.saveChanges();
    boolean reused = transport != null;
    try {
      connected().sendMessage(message, message.getAllRecipients());
    } catch (MessagingException e) {
      disconnect();
      if (!reused || !closingByServer(e)) {
        throw e;
      }
      connected().sendMessage(message, message.getAllRecipients());
    }
    lastUse = System.nanoTime();
  }

  private Transport connected() throws MessagingException {
    if (transport != null && System.nanoTime() - lastUse >= pauseNanos
        && !transport.isConnected()) {
      disconnect();
    }
    if (transport == null) {
      Transport opened = session.getTransport();
      opened.connect();
      transport = opened;
    }
    return transport;
  }

  /** The server answered 421: it closes the connection and refused the command, whole. */
  private static boolean closingByServer(MessagingException e) {
    for (Exception cause = e; cause != null;
        cause = cause instanceof MessagingException m ? m.getNextException() : null) {
      if (cause.getMessage() != null && cause.getMessage().startsWith("421")) {
        return true;
      }
    }
    return false;
  }

  private void disconnect() {
    Transport open = transport;
    transport = null;
    if (open != null) {
      try {
        open.close();
      } catch (MessagingException e) {
        // The connection is gone either way; the next message opens a new one.
      }
    }
  }

  @Override
  public void close() {
    disconnect();
    onClose.run();
  }
}
