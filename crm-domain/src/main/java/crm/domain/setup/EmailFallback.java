package crm.domain.setup;

/** What logging does with an email line whose contact has no email address (F-34). */
public enum EmailFallback {
  /** Print a letter instead. */
  LETTER,
  /** Refuse to log the segment, naming the contacts. */
  REFUSE
}
