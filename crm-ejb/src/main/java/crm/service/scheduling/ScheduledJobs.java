package crm.service.scheduling;

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
  @Inject private JobsMonitor monitor;

  public List<JobStatus> list() {
    return monitor.statuses();
  }

  public JobStatus get(String name) {
    return monitor.status(job(name));
  }

  /** The jobs' health at a glance, for the batch administrator's home page. */
  public JobsHealth health() {
    return monitor.health();
  }

  /** The run history, newest first unless sorted otherwise; filters: jobName, outcome, startedAt. */
  public Page<JobRun> runs(ListRequest request) {
    return new Listing<>(em, JobRun.class, "-startedAt").list(request);
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
    return monitor.status(job);
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
    return monitor.status(job);
  }

  private JobStatus change(String name, String update) {
    Job job = job(name);
    em.createNativeQuery(update).setParameter(1, job.jobName()).executeUpdate();
    return monitor.status(job);
  }

  private static Job job(String name) {
    return Job.named(name).orElseThrow(() -> new UnknownRecordException("job.unknown", name));
  }
}
