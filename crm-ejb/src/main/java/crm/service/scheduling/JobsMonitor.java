package crm.service.scheduling;

import crm.domain.scheduling.JobOutcome;
import crm.domain.scheduling.JobRun;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the jobs' state and health (F-61, F-64). No role: the health checks and the metrics read
 * it without a caller; people reach it through {@link ScheduledJobs}, which checks theirs.
 */
@Stateless
@PermitAll
public class JobsMonitor {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public List<JobStatus> statuses() {
    return Arrays.stream(Job.values()).map(this::status).toList();
  }

  /** The jobs' health at a glance, for the batch administrator's home page. */
  public JobsHealth health() {
    List<JobStatus> jobs = statuses();
    Object[] due = dueMessages();
    return new JobsHealth(jobs.stream().mapToLong(JobStatus::failuresLast24h).sum(),
        jobs.stream().filter(JobStatus::overdue).count(), ((Number) due[0]).longValue(),
        due[1] == null ? null : ((java.sql.Timestamp) due[1]).toLocalDateTime());
  }

  /** How many outbox messages are due and not sent, and since when the oldest of them is due. */
  public Object[] dueMessages() {
    return (Object[]) em.createNativeQuery("select count(*), min(next_attempt_at) from outbox_message"
            + " where status = 'QUEUED' and next_attempt_at <= ?1")
        .setParameter(1, LocalDateTime.now(clock)).getSingleResult();
  }

  /** Seconds since the oldest due message fell due; 0 when none is due. */
  public long oldestDueAgeSeconds() {
    Object oldest = dueMessages()[1];
    return oldest == null ? 0
        : Math.max(0, java.time.Duration.between(((java.sql.Timestamp) oldest).toLocalDateTime(),
            LocalDateTime.now(clock)).toSeconds());
  }

  public JobStatus status(Job job) {
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
}
