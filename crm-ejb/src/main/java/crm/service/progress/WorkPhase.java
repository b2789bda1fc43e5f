package crm.service.progress;

/**
 * The phases of long work. Logging a segment, in order: its set-based statements (the entries), the letters
 * and emails prepared and written a chunk of recipients at a time, the follow-up segment, and
 * the commit; printing a logged segment's letters has one.
 */
public enum WorkPhase {
  ENTRIES,
  ATTACHMENTS,
  /** No longer reported (the rows are written with each chunk since issue 14); runs recorded before still read. */
  WRITING,
  FOLLOW_UP,
  SAVING,
  /** Printing the letters of a logged segment into one PDF. */
  PRINTING,
  /** Importing contacts (F-04): the file read into staging rows, then the rows checked, the contacts created. */
  READING,
  CHECKING,
  CREATING
}
