package crm.service.progress;

/**
 * The phases of logging a segment, in order: its set-based statements (the entries), the letters
 * and emails prepared per recipient, their rows written in batches, the follow-up segment, and
 * the commit.
 */
public enum WorkPhase {
  ENTRIES,
  ATTACHMENTS,
  WRITING,
  FOLLOW_UP,
  SAVING
}
