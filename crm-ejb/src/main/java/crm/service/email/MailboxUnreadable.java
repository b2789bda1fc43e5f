package crm.service.email;

import jakarta.mail.MessagingException;

/** The sender mailbox is down or refuses the login: the reply job's run fails with the server's message. */
final class MailboxUnreadable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MailboxUnreadable(MessagingException cause) {
    super("The mailbox cannot be read: " + cause.getMessage(), cause);
  }
}
