package crm.service.scheduling;

import crm.domain.scheduling.JobRun;
import java.time.LocalDateTime;

/**
 * One row of the timer console (F-61): the job, its schedule, whether it is paused or a run was
 * asked for, its next run (none while paused), its last run (none yet, or running) and its failed
 * runs in the last 24 hours (runs that failed, or had items that failed).
 */
public record JobStatus(Job job, Schedule schedule, boolean paused, boolean runRequested,
    LocalDateTime nextRunAt, JobRun lastRun, long failuresLast24h) {

  public boolean running() {
    return lastRun != null && lastRun.isRunning();
  }
}
