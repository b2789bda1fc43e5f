package crm.domain.email;

/** When a follow-up reminder raises its card (F-54). */
public enum ReminderCondition {
  /** If no reply has come by then. */
  NO_REPLY,
  /** If no person has opened it by then (tracked emails only: machine opens do not count). */
  NOT_OPENED,
  /** Remind me anyway. */
  ANYWAY
}
