package crm.service.scheduling;

import crm.domain.scheduling.JobRun;
import java.time.LocalDateTime;

/**
 * One row of the timer console (F-61): the job, its schedule, whether it is paused or a run was
 * asked for, its next run (none while paused), its last run (none yet, or running) and its failed
 * runs in the last 24 hours (runs that failed, or had items that failed), and whether it is overdue:
 * not paused, and a daily job's run is five minutes late, or a frequent job has not started for
 * three of its periods and a minute (its timer stopped, or every run hangs).
 */
public record JobStatus(Job job, Schedule schedule, boolean paused, boolean runRequested,
    LocalDateTime nextRunAt, JobRun lastRun, long failuresLast24h, boolean overdue) {

  static boolean overdue(Schedule schedule, LocalDateTime nextRunAt, JobRun lastRun, LocalDateTime now) {
    if (schedule.isDaily()) {
      return nextRunAt != null && nextRunAt.isBefore(now.minusMinutes(5));
    }
    return lastRun != null && lastRun.getStartedAt().isBefore(now.minusSeconds(3L * schedule.everySeconds() + 60));
  }

  public boolean running() {
    return lastRun != null && lastRun.isRunning();
  }
}
