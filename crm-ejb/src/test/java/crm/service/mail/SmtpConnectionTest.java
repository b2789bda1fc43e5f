package crm.service.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SMTP connection a dispatch run reuses (GreenMail on a free port): every message arrives
 * once, and a connection the server dropped between two messages is opened again before the next
 * message goes, which then arrives once.
 */
class SmtpConnectionTest {

  private ServerSetup setup;
  private GreenMail server;
  private Session session;

  @BeforeEach
  void start() throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      setup = new ServerSetup(free.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }
    server = new GreenMail(setup);
    server.start();
    Properties properties = new Properties();
    properties.setProperty("mail.transport.protocol", "smtp");
    properties.setProperty("mail.smtp.host", "127.0.0.1");
    properties.setProperty("mail.smtp.port", Integer.toString(setup.getPort()));
    session = Session.getInstance(properties);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void theMessagesOfARunArriveOnceEach() throws Exception {
    try (SmtpConnection connection = new SmtpConnection(session, SmtpConnection.PAUSE_MILLIS, () -> {})) {
      for (int i = 1; i <= 5; i++) {
        connection.send(message("Message " + i));
      }
    }
    assertThat(subjects()).containsExactly("Message 1", "Message 2", "Message 3", "Message 4", "Message 5");
  }

  @Test
  void aConnectionDroppedBetweenTwoMessagesIsOpenedAgainAndTheNextMessageArrivesOnce() throws Exception {
    try (SmtpConnection connection = new SmtpConnection(session, 0, () -> {})) {
      connection.send(message("Before"));
      assertThat(subjects()).containsExactly("Before");
      server.stop();
      server = new GreenMail(setup);
      server.start();
      connection.send(message("After"));
      connection.send(message("Next"));
    }
    assertThat(subjects()).containsExactly("After", "Next");
  }

  private MimeMessage message(String subject) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress("crm@example.com"));
    message.setRecipient(RecipientType.TO, new InternetAddress("someone@example.com"));
    message.setSubject(subject);
    message.setText("Hello");
    return message;
  }

  private String[] subjects() {
    return Arrays.stream(server.getReceivedMessages()).map(m -> {
      try {
        return m.getSubject();
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toArray(String[]::new);
  }
}
