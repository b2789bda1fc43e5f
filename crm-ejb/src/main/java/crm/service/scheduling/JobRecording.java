package crm.service.scheduling;

import crm.domain.scheduling.JobOutcome;
import crm.service.shared.Sql;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Decides whether this instance runs a job now and records the run: one transaction that claims
 * and inserts the run before the work, one that updates it after (F-61). Who runs:
 * <ul>
 *   <li>a run requested from the console: the one instance that takes the request, paused or not;
 *   <li>a job every few seconds: every instance at every tick (its items are claimed one by one),
 *       unless paused; a paused tick records nothing, since one row per tick and instance would
 *       bury the history;
 *   <li>a daily job: the one instance that takes its due run; paused, it records that run SKIPPED.
 * </ul>
 * No role: the timers call it without a caller.
 */
@Stateless
@PermitAll
public class JobRecording {

  /** A run that started and is not recorded as ended yet. */
  public record Run(long id, LocalDateTime startedAt) {}

  @Resource(lookup = "java:app/jdbc/crm")
  private DataSource dataSource;

  @Inject private Clock clock;

  /** The run this instance starts now, if any; committed before the work begins. */
  public Optional<Run> begin(Job job, String instanceId) {
    return withRows(rows -> {
      LocalDateTime now = LocalDateTime.now(clock);
      JobRows.State state = rows.state(job);
      boolean requested = state.runRequestedAt() != null && rows.claimRunRequest(job);
      if (!requested) {
        Schedule schedule = rows.schedule(job, state);
        if (schedule.isDaily() && !rows.claimDueRun(job, schedule, now)) {
          return Optional.empty();
        }
        if (state.paused()) {
          if (schedule.isDaily()) {
            rows.skipped(job, now, instanceId);
          }
          return Optional.empty();
        }
      }
      return Optional.of(new Run(rows.start(job, now, instanceId), now));
    });
  }

  public void end(Run run, JobOutcome outcome, JobResult result) {
    withRows(rows -> {
      rows.finish(run.id(), run.startedAt(), LocalDateTime.now(clock), outcome, result);
      return null;
    });
  }

  private <T> T withRows(Function<JobRows, T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.apply(new JobRows(new Sql(connection)));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record the job run", e);
    }
  }
}
