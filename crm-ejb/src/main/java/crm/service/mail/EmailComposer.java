package crm.service.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Turns an outbox message into a MIME message: a text and an HTML alternative, in UTF-8, with
 * the template's files attached, names in From and To encoded (RFC 2047) so that "Jørgen Ærø"
 * arrives as written. The Message-ID is chosen here, not by Jakarta Mail, so that it can be stored
 * before sending and replies can be matched to the message later (F-55).
 */
final class EmailComposer {

  private static final String UTF_8 = "UTF-8";
  private final Session session;

  EmailComposer(Session session) {
    this.session = session;
  }

  /** A new globally unique Message-ID in the sender's domain. */
  static String newMessageId(String fromAddress) {
    int at = fromAddress.lastIndexOf('@');
    String domain = at < 0 || at == fromAddress.length() - 1 ? "localhost" : fromAddress.substring(at + 1);
    return "<" + UUID.randomUUID() + ".crm@" + domain + ">";
  }

  MimeMessage compose(OutboxMessage message, String messageId, List<AttachedFile> files, Instant sentAt)
      throws MessagingException, UnsupportedEncodingException {
    MimeMessage mime = new IdentifiedMessage(session, messageId);
    mime.setFrom(address(message.fromAddress(), message.fromName()));
    mime.setRecipient(RecipientType.TO, address(message.toAddress(), message.toName()));
    mime.setSubject(message.subject(), UTF_8);
    mime.setSentDate(Date.from(sentAt));
    mime.setContent(body(message.textBody(), message.htmlBody(), files));
    mime.saveChanges();
    return mime;
  }

  /** The message of an email: its To and Cc, subject, body and untracked files. */
  MimeMessage compose(OutboxMessage message, OutboxEmail email, String messageId, Instant sentAt)
      throws MessagingException, UnsupportedEncodingException {
    MimeMessage mime = new IdentifiedMessage(session, messageId);
    mime.setFrom(address(message.fromAddress(), message.fromName()));
    mime.setRecipients(RecipientType.TO, addresses(email.to()));
    if (!email.cc().isEmpty()) {
      mime.setRecipients(RecipientType.CC, addresses(email.cc()));
    }
    mime.setSubject(email.subject(), UTF_8);
    mime.setSentDate(Date.from(sentAt));
    mime.setContent(body(email.text(), email.html(), email.files()));
    mime.saveChanges();
    return mime;
  }

  private static Multipart body(String text, String html, List<AttachedFile> files) throws MessagingException {
    return files.isEmpty() ? alternatives(text, html) : withFiles(alternatives(text, html), files);
  }

  private static Multipart alternatives(String textBody, String htmlBody) throws MessagingException {
    MimeBodyPart text = new MimeBodyPart();
    text.setText(textBody, UTF_8);
    MimeBodyPart html = new MimeBodyPart();
    html.setText(htmlBody, UTF_8, "html");
    return new MimeMultipart("alternative", text, html);
  }

  private static Multipart withFiles(Multipart alternatives, List<AttachedFile> files) throws MessagingException {
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternatives);
    MimeMultipart mixed = new MimeMultipart("mixed", body);
    for (AttachedFile file : files) {
      MimeBodyPart part = new MimeBodyPart();
      part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
      part.setFileName(file.fileName());
      part.setDisposition(MimeBodyPart.ATTACHMENT);
      mixed.addBodyPart(part);
    }
    return mixed;
  }

  private static InternetAddress[] addresses(List<OutboxEmail.Address> list)
      throws MessagingException, UnsupportedEncodingException {
    InternetAddress[] parsed = new InternetAddress[list.size()];
    for (int i = 0; i < parsed.length; i++) {
      parsed[i] = address(list.get(i).address(), list.get(i).name());
    }
    return parsed;
  }

  /** Checks the address strictly: a malformed one fails for good rather than at every retry. */
  private static InternetAddress address(String address, String name)
      throws MessagingException, UnsupportedEncodingException {
    InternetAddress parsed = new InternetAddress(address, name, UTF_8);
    parsed.validate();
    return parsed;
  }

  /** Keeps the chosen Message-ID, which {@link MimeMessage#saveChanges()} would replace. */
  private static final class IdentifiedMessage extends MimeMessage {
    private final String messageId;

    IdentifiedMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
