package crm.service.scheduling;

import crm.domain.scheduling.JobOutcome;
import crm.domain.scheduling.JobRun;
import crm.domain.security.Roles;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * The timer console's use cases (F-61): the jobs with their state and last run, the run history,
 * pause, resume, run now and a daily job's time. What is changed here is held in the database,
 * so every instance obeys it at its next tick ({@link JobRecording}).
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.BATCH_ADMIN})
public class ScheduledJobs {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public List<JobStatus> list() {
    return Arrays.stream(Job.values()).map(this::status).toList();
  }

  public JobStatus get(String name) {
    return status(job(name));
  }

  /** The run history, newest first unless sorted otherwise; filters: jobName, outcome, startedAt. */
  public Page<JobRun> runs(ListRequest request) {
    return new Listing<>(em, JobRun.class, "-startedAt").list(request);
  }

  /** The jobs' health at a glance, for the batch administrator's home page. */
  public JobsHealth health() {
    List<JobStatus> jobs = list();
    Object[] due = (Object[]) em.createNativeQuery("select count(*), min(next_attempt_at) from outbox_message"
            + " where status = 'QUEUED' and next_attempt_at <= ?1")
        .setParameter(1, LocalDateTime.now(clock)).getSingleResult();
    return new JobsHealth(jobs.stream().mapToLong(JobStatus::failuresLast24h).sum(),
        jobs.stream().filter(JobStatus::overdue).count(), ((Number) due[0]).longValue(),
        due[1] == null ? null : ((java.sql.Timestamp) due[1]).toLocalDateTime());
  }

  public JobStatus pause(String name) {
    return change(name, "update scheduled_job set paused = true where name = ?1");
  }

  public JobStatus resume(String name) {
    return change(name, "update scheduled_job set paused = false where name = ?1");
  }

  /** Asks for one run, paused or not; the next tick of one instance takes it. */
  public JobStatus runNow(String name) {
    Job job = job(name);
    em.createNativeQuery("update scheduled_job set run_requested_at = ?2 where name = ?1")
        .setParameter(1, job.jobName()).setParameter(2, LocalDateTime.now(clock)).executeUpdate();
    return status(job);
  }

  /** Sets the time of day of a daily job; its next run follows from it. */
  public JobStatus reschedule(String name, LocalTime dailyAt) {
    Job job = job(name);
    if (!job.defaultSchedule().isDaily()) {
      throw new InvalidInputException("job.notDaily", name);
    }
    Schedule schedule = Schedule.dailyAt(dailyAt);
    em.createNativeQuery("update scheduled_job set daily_at = ?2, next_run_at = ?3 where name = ?1")
        .setParameter(1, job.jobName()).setParameter(2, schedule.dailyAt())
        .setParameter(3, schedule.nextAfter(LocalDateTime.now(clock))).executeUpdate();
    return status(job);
  }

  private JobStatus change(String name, String update) {
    Job job = job(name);
    em.createNativeQuery(update).setParameter(1, job.jobName()).executeUpdate();
    return status(job);
  }

  private JobStatus status(Job job) {
    Object[] row = (Object[]) em.createNativeQuery(
            "select paused, run_requested_at, daily_at, next_run_at from scheduled_job where name = ?1")
        .setParameter(1, job.jobName()).getSingleResult();
    boolean paused = (Boolean) row[0];
    LocalDateTime now = LocalDateTime.now(clock);
    Schedule schedule = row[2] == null ? job.defaultSchedule() : Schedule.dailyAt(((java.sql.Time) row[2]).toLocalTime());
    LocalDateTime next = row[3] != null && schedule.isDaily()
        ? ((java.sql.Timestamp) row[3]).toLocalDateTime() : schedule.nextAfter(now);
    JobRun lastRun = lastRun(job);
    return new JobStatus(job, schedule, paused, row[1] != null, paused ? null : next, lastRun,
        failuresSince(job, now.minusHours(24)), !paused && JobStatus.overdue(schedule, next, lastRun, now));
  }

  private JobRun lastRun(Job job) {
    return em.createQuery("select r from JobRun r where r.jobName = :job order by r.startedAt desc, r.id desc",
            JobRun.class)
        .setParameter("job", job.jobName()).setMaxResults(1).getResultStream().findFirst().orElse(null);
  }

  private long failuresSince(Job job, LocalDateTime since) {
    return em.createQuery("select count(r) from JobRun r where r.jobName = :job and r.startedAt >= :since"
            + " and (r.outcome = :failed or r.failures > 0)", Long.class)
        .setParameter("job", job.jobName()).setParameter("since", since)
        .setParameter("failed", JobOutcome.FAILED).getSingleResult();
  }

  private static Job job(String name) {
    return Job.named(name).orElseThrow(() -> new UnknownRecordException("job.unknown", name));
  }
}
