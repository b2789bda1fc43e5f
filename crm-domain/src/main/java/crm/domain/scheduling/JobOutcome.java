package crm.domain.scheduling;

/** How a run of a scheduled job ended (F-61). */
public enum JobOutcome {
  OK,
  /** The job threw: nothing of the run may be assumed done; the message says why. */
  FAILED,
  /** The job was due but paused, so it did not run. */
  SKIPPED
}
