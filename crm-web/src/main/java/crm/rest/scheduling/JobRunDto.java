package crm.rest.scheduling;

import crm.domain.scheduling.JobOutcome;
import crm.domain.scheduling.JobRun;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A run of a job as the API shows it; no outcome (and no end) while it runs. */
public record JobRunDto(long id, String job, OffsetDateTime startedAt, OffsetDateTime endedAt, Long durationMs,
    JobOutcome outcome, int items, int failures, String failureMessage, String instance) {

  static JobRunDto from(JobRun run) {
    return run == null ? null : new JobRunDto(run.getId(), run.getJobName(), offset(run.getStartedAt()),
        offset(run.getEndedAt()), run.getDurationMs(), run.getOutcome(), run.getItems(), run.getFailures(),
        run.getFailureMessage(), run.getInstanceId());
  }

  static OffsetDateTime offset(LocalDateTime time) {
    return time == null ? null : time.atZone(ZoneId.systemDefault()).toOffsetDateTime();
  }
}
