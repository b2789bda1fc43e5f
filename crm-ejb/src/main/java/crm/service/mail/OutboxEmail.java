package crm.service.mail;

import java.util.List;

/**
 * What an outbox message with an email delivers, read from that email when it is sent: To and
 * Cc from its recipients, subject and HTML body, its own files. Tracked files are not attached:
 * they go out as download links when tracking applies them ({@code trackedFiles} names them).
 *
 * @param tracking the email's tracking state (ON, OFF, BLOCKED): only ON is tracked at delivery
 */
public record OutboxEmail(
    long id,
    List<Address> to,
    List<Address> cc,
    String subject,
    String html,
    String tracking,
    List<AttachedFile> files,
    List<String> trackedFiles) {

  /** A recipient address with its display name (null: none). */
  public record Address(String address, String name) {}

  /** The plain-text alternative of the body. */
  public String text() {
    return EmailHtml.toPlainText(html);
  }

  /** The same email with another HTML body, e.g. with its links rewritten for tracking. */
  public OutboxEmail withHtml(String newHtml) {
    return new OutboxEmail(id, to, cc, subject, newHtml, tracking, files, trackedFiles);
  }
}
