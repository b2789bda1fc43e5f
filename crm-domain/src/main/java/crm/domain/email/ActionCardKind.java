package crm.domain.email;

/** What an action card tells its salesperson (F-56). */
public enum ActionCardKind {
  /** A follow-up reminder is due and its condition holds (high priority). */
  REMINDER_DUE,
  /** The recipient answered. */
  REPLY_RECEIVED,
  /** A person first opened the email, about 15 minutes ago. */
  MESSAGE_OPENED
}
