package crm.it;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * Where GreenMail listens in the tests: the SMTP address the application is configured with
 * (CRM_MAIL_SMTP_HOST/PORT, set by Failsafe). The port is a free one Maven reserves for each run,
 * so two test runs on one machine do not receive each other's mail.
 */
final class TestSmtp {

  private TestSmtp() {}

  /** GreenMail's IMAP server: the sender mailbox the reply job reads (CRM_MAIL_IMAP_*, set by Failsafe). */
  static ServerSetup imap() {
    return new ServerSetup(Integer.parseInt(System.getenv("CRM_MAIL_IMAP_PORT")), System.getenv("CRM_MAIL_IMAP_HOST"),
        ServerSetup.PROTOCOL_IMAP);
  }

  static ServerSetup setup() {
    String port = System.getenv("CRM_MAIL_SMTP_PORT");
    if (port == null) {
      throw new IllegalStateException("CRM_MAIL_SMTP_PORT is not set: run the tests with Maven (mvn verify)");
    }
    return new ServerSetup(Integer.parseInt(port), System.getenv("CRM_MAIL_SMTP_HOST"), ServerSetup.PROTOCOL_SMTP);
  }
}
