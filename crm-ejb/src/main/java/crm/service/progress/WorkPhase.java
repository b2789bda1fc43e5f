package crm.service.progress;

/**
 * The phases of long work. Logging a segment, in order: its set-based statements (the entries), the letters
 * and emails prepared per recipient, their rows written in batches, the follow-up segment, and
 * the commit; printing a logged segment's letters has one.
 */
public enum WorkPhase {
  ENTRIES,
  ATTACHMENTS,
  WRITING,
  FOLLOW_UP,
  SAVING,
  /** Printing the letters of a logged segment into one PDF. */
  PRINTING
}
