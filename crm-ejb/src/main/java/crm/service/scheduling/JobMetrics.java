package crm.service.scheduling;

import crm.domain.scheduling.JobOutcome;
import crm.service.mail.DeliveryOutcome;
import crm.service.mail.DispatchSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's metrics (F-64) at {@code /metrics}: the outbox's due messages and the age of
 * the oldest (read from the database at each scrape), emails sent and failed, and the jobs' runs by
 * outcome and their durations (counted as the runs of this instance end).
 */
@ApplicationScoped
public class JobMetrics {

  @Inject private MetricRegistry registry;
  @Inject private JobsMonitor monitor;

  void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
    registry.gauge("crm_outbox_due_messages", monitor, m -> ((Number) m.dueMessages()[0]).longValue());
    registry.gauge("crm_outbox_oldest_due_seconds", monitor, JobsMonitor::oldestDueAgeSeconds);
  }

  void recordRun(Job job, JobOutcome outcome, Duration duration) {
    registry.counter("crm_job_runs", new Tag("job", job.jobName()), new Tag("outcome", outcome.name())).inc();
    registry.timer("crm_job_run_duration", new Tag("job", job.jobName())).update(duration);
  }

  void recordDispatch(DispatchSummary summary) {
    registry.counter("crm_mail_sent").inc(summary.count(DeliveryOutcome.SENT));
    registry.counter("crm_mail_failures").inc(summary.count(DeliveryOutcome.FAILED) + summary.count(DeliveryOutcome.ERROR));
  }
}
