package crm.it;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/** The parts of a received email: multipart/mixed of (text + HTML alternatives) and the attached file. */
final class MailParts {

  private MailParts() {}

  static String text(MimeMessage message) throws MessagingException, IOException {
    return (String) alternatives(message).getBodyPart(0).getContent();
  }

  static String html(MimeMessage message) throws MessagingException, IOException {
    return (String) alternatives(message).getBodyPart(1).getContent();
  }

  /** The first attached file. */
  static Part attachment(MimeMessage message) throws MessagingException, IOException {
    BodyPart file = ((Multipart) message.getContent()).getBodyPart(1);
    if (!Part.ATTACHMENT.equalsIgnoreCase(file.getDisposition())) {
      throw new AssertionError("The second part is not an attachment: " + file.getContentType());
    }
    return file;
  }

  private static Multipart alternatives(MimeMessage message) throws MessagingException, IOException {
    return (Multipart) ((Multipart) message.getContent()).getBodyPart(0).getContent();
  }
}
