package crm.service.scheduling;

import crm.domain.scheduling.JobOutcome;
import crm.service.shared.Sql;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** The SQL of the jobs' state (table {@code scheduled_job}) and runs (table {@code job_run}). */
final class JobRows {

  /** A job's row: what every instance obeys. */
  record State(boolean paused, LocalDateTime runRequestedAt, LocalTime dailyAt, LocalDateTime nextRunAt) {}

  private final Sql sql;

  JobRows(Sql sql) {
    this.sql = sql;
  }

  State state(Job job) {
    return sql.list("select paused, run_requested_at, daily_at, next_run_at from scheduled_job where name = ?",
        row -> new State(row.getBoolean(1), row.getObject(2, LocalDateTime.class),
            row.getObject(3, LocalTime.class), row.getObject(4, LocalDateTime.class)),
        job.jobName()).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No row in scheduled_job for " + job.jobName()));
  }

  /** The job's schedule: the time of day set in the console, or its default. */
  Schedule schedule(Job job, State state) {
    return job.defaultSchedule().isDaily() && state.dailyAt() != null
        ? Schedule.dailyAt(state.dailyAt())
        : job.defaultSchedule();
  }

  /** Takes the run requested from the console; true for exactly one taker. */
  boolean claimRunRequest(Job job) {
    return sql.update("update scheduled_job set run_requested_at = null"
        + " where name = ? and run_requested_at is not null", job.jobName()) == 1;
  }

  /**
   * Takes a daily job's due run and moves its next run on; true for exactly one taker. A job
   * without a next run yet gets one and is not due.
   */
  boolean claimDueRun(Job job, Schedule schedule, LocalDateTime now) {
    LocalDateTime next = schedule.nextAfter(now);
    if (sql.update("update scheduled_job set next_run_at = ? where name = ? and next_run_at is null",
        next, job.jobName()) == 1) {
      return false;
    }
    return sql.update("update scheduled_job set next_run_at = ? where name = ? and next_run_at <= ?",
        next, job.jobName(), now) == 1;
  }

  long start(Job job, LocalDateTime now, String instanceId) {
    long id = sql.number("select nextval('job_run_seq')");
    sql.update("insert into job_run (id, job_name, started_at, instance_id) values (?, ?, ?, ?)",
        id, job.jobName(), now, instanceId);
    return id;
  }

  void finish(long id, LocalDateTime startedAt, LocalDateTime now, JobOutcome outcome, JobResult result) {
    sql.update("update job_run set ended_at = ?, duration_ms = ?, outcome = ?, items = ?, failures = ?,"
        + " failure_message = ? where id = ?", now, Duration.between(startedAt, now).toMillis(), outcome.name(),
        result.items(), result.failures(), shorten(result.failureMessage()), id);
  }

  void skipped(Job job, LocalDateTime now, String instanceId) {
    sql.update("insert into job_run (id, job_name, started_at, ended_at, duration_ms, outcome, instance_id)"
        + " values (nextval('job_run_seq'), ?, ?, ?, 0, ?, ?)", job.jobName(), now, now, JobOutcome.SKIPPED.name(),
        instanceId);
  }

  private static String shorten(String message) {
    return message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
  }
}
