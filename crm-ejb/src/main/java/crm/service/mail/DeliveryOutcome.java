package crm.service.mail;

/** What one delivery attempt did to its message. */
public enum DeliveryOutcome {
  /** Accepted by the SMTP server, or written to the outbox folder. */
  SENT,
  /** Failed for a temporary reason; queued again for later. */
  RETRYING,
  /** Failed for good: a permanent SMTP error, a bad address, or too many tries. */
  FAILED,
  /** Not sent because the contact asked not to be emailed meanwhile (F-59). */
  CANCELED,
  /** Another instance took the message over after this instance's claim expired. */
  SKIPPED,
  /**
   * An unexpected error rolled the delivery back; the message is taken up again when its claim
   * expires, and becomes UNCERTAIN if its attempt had started (nobody knows whether it went out).
   */
  ERROR
}
