package crm.domain.email;

/** A reminder waits (PENDING) until its time; then it FIRED a card, or was NOT_NEEDED. */
public enum ReminderStatus {
  PENDING,
  FIRED,
  NOT_NEEDED
}
