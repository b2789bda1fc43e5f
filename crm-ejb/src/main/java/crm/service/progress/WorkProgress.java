package crm.service.progress;

import java.time.LocalDateTime;

/**
 * One run of long work as a page shows it: its phase and counts while it runs, then its result
 * (DONE, with the record it produced) or its failure. {@code interrupted}: still RUNNING on
 * record, but its instance stopped beating, so its transaction was rolled back and nothing of
 * it remains.
 */
public record WorkProgress(long id, String subjectNo, String state, WorkPhase phase, long done, long total,
    long letters, long emails, String resultNo, String failure, String startedBy, LocalDateTime startedAt,
    boolean interrupted) {

  public boolean isRunning() {
    return "RUNNING".equals(state) && !interrupted;
  }

  public boolean isDone() {
    return "DONE".equals(state);
  }

  public boolean isFailed() {
    return "FAILED".equals(state);
  }

  /** How far the current phase is, from its real counts. */
  public long percent() {
    return total == 0 ? 0 : Math.min(100, done * 100 / total);
  }
}
