package crm.rest.scheduling;

import crm.service.scheduling.JobStatus;
import java.time.OffsetDateTime;
import java.util.Locale;

/** A scheduled job as the API shows it (SPEC "REST API contract, part 2"), texts in the caller's language. */
public record JobDto(String name, String description, String schedule, String dailyAt, boolean paused,
    boolean runRequested, boolean running, OffsetDateTime nextRunAt, JobRunDto lastRun, long failuresLast24h) {

  static JobDto from(JobStatus status, Locale locale) {
    return new JobDto(status.job().jobName(), status.job().description(locale), status.schedule().inWords(locale),
        status.schedule().isDaily() ? status.schedule().dailyAt().toString() : null, status.paused(), status.runRequested(), status.running(), JobRunDto.offset(status.nextRunAt()),
        JobRunDto.from(status.lastRun()), status.failuresLast24h());
  }
}
