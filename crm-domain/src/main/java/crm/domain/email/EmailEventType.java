package crm.domain.email;

/** What a recorded engagement event of an email is (column email_event.type). */
public enum EmailEventType {
  /** The open pixel was fetched. */
  OPEN,
  /** A rewritten link was followed. */
  CLICK,
  /** A tracked file was downloaded. */
  ATTACHMENT_OPEN,
  /** An answer to the email arrived. */
  REPLY
}
