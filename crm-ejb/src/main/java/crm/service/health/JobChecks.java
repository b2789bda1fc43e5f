package crm.service.health;

import crm.service.scheduling.Job;
import crm.service.scheduling.JobStatus;
import crm.service.scheduling.JobsMonitor;
import crm.domain.scheduling.JobOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * One readiness check per job of the registry, named {@code job-<name>}: down while the job is
 * overdue or its last run failed; a paused job is up and says so. A new job adds its producer here.
 */
@ApplicationScoped
public class JobChecks {

  @Inject private JobsMonitor monitor;

  @Produces @Readiness HealthCheck mailDispatch() { return () -> check(Job.MAIL_DISPATCH); }
  @Produces @Readiness HealthCheck emailRelease() { return () -> check(Job.EMAIL_RELEASE); }
  @Produces @Readiness HealthCheck deleteCanceledCampaignEntries() {
    return () -> check(Job.DELETE_CANCELED_CAMPAIGN_ENTRIES);
  }
  @Produces @Readiness HealthCheck cleanUp() { return () -> check(Job.CLEAN_UP); }
  @Produces @Readiness HealthCheck reminders() { return () -> check(Job.REMINDERS); }
  @Produces @Readiness HealthCheck replies() { return () -> check(Job.REPLIES); }
  @Produces @Readiness HealthCheck messageOpenedCards() { return () -> check(Job.MESSAGE_OPENED_CARDS); }

  private HealthCheckResponse check(Job job) {
    JobStatus status = monitor.status(job);
    boolean failed = status.lastRun() != null && status.lastRun().getOutcome() == JobOutcome.FAILED;
    HealthCheckResponseBuilder response = HealthCheckResponse.named("job-" + job.jobName())
        .status(!status.overdue() && !failed)
        .withData("paused", status.paused())
        .withData("overdue", status.overdue())
        .withData("failuresLast24h", status.failuresLast24h());
    if (status.lastRun() != null) {
      response.withData("lastRun", String.valueOf(status.lastRun().getStartedAt()))
          .withData("lastOutcome", String.valueOf(status.lastRun().getOutcome()));
    }
    return response.build();
  }
}
