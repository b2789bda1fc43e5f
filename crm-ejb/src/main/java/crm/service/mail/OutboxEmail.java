package crm.service.mail;

import java.util.List;

/**
 * What an outbox message with an email delivers, read from that email when it is sent: To and
 * Cc from its recipients, subject and HTML body, its own files. Tracked files of a tracked email are not
 * attached: they go out as download links ({@code trackedFiles} names them); with tracking OFF
 * or BLOCKED they are attached like the others.
 *
 * @param writtenHtml the body as written, before tracking changed it
 * @param tracking the email's tracking state (ON, OFF, BLOCKED): only ON is tracked at delivery
 */
public record OutboxEmail(
    long id,
    List<Address> to,
    List<Address> cc,
    String subject,
    String html,
    String writtenHtml,
    String tracking,
    List<AttachedFile> files,
    List<String> trackedFiles) {

  /** A recipient address with its display name (null: none). */
  public record Address(String address, String name) {}

  /**
   * The plain-text alternative, from the body as written: the hidden link and the pixel that
   * tracking adds to the HTML never show in it.
   */
  public String text() {
    return EmailHtml.toPlainText(writtenHtml);
  }

  /** Whether the email goes out tracked (its tracking is ON). */
  public boolean tracked() {
    return "ON".equals(tracking);
  }

  /** The same email with another HTML body, e.g. with its links rewritten for tracking. */
  public OutboxEmail withHtml(String newHtml) {
    return new OutboxEmail(id, to, cc, subject, newHtml, writtenHtml, tracking, files, trackedFiles);
  }
}
