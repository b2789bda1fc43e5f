package crm.domain.email;

/**
 * Where an email stands: {@code DRAFT → SCHEDULED → QUEUED → SENT}, or {@code FAILED} after its
 * last try, or {@code CANCELED}. Only drafts and scheduled emails can still be changed.
 */
public enum EmailStatus {
  DRAFT,
  SCHEDULED,
  QUEUED,
  SENT,
  FAILED,
  CANCELED;

  /** Whether the email has not left yet: its schedule, recipients or text may still change. */
  public boolean isChangeable() {
    return this == DRAFT || this == SCHEDULED;
  }
}
