package crm.web.home;

import crm.service.mail.OutboxMessage;
import crm.service.mail.OutboxService;
import crm.service.mail.OutboxStatus;
import crm.service.scheduling.JobStatus;
import crm.service.scheduling.JobsHealth;
import crm.service.scheduling.ScheduledJobs;
import crm.service.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * index.xhtml, the batch administrator's role centre: the jobs' health and each job's state, and
 * the outbox: its counts by status and its failed messages (the newest first). The outbox tiles
 * also show on the marketing centre of those who watch the outbox.
 */
@Named
@RequestScoped
public class BatchCentreBacking {

  @Inject private OutboxService outbox;
  @Inject private ScheduledJobs jobs;
  private Map<OutboxStatus, Long> outboxCounts;
  private JobsHealth jobsHealth;
  private List<JobStatus> jobStatuses;
  private Page<OutboxMessage> failedMessages;

  /** Emails waiting to be sent. */
  public long getEmailsWaiting() {
    return outboxCount(OutboxStatus.QUEUED) + outboxCount(OutboxStatus.SENDING);
  }

  public long getEmailsFailed() {
    return outboxCount(OutboxStatus.FAILED);
  }

  private long outboxCount(OutboxStatus status) {
    if (outboxCounts == null) {
      outboxCounts = outbox.countByStatus();
    }
    return outboxCounts.getOrDefault(status, 0L);
  }

  public Page<OutboxMessage> getFailedMessages() {
    if (failedMessages == null) {
      failedMessages = outbox.list(OutboxStatus.FAILED, HomeBacking.shortList(null));
    }
    return failedMessages;
  }

  public JobsHealth getJobsHealth() {
    if (jobsHealth == null) {
      jobsHealth = jobs.health();
    }
    return jobsHealth;
  }

  /** Every job (a handful, registered in the code), each with its state and last run. */
  public List<JobStatus> getJobStatuses() {
    if (jobStatuses == null) {
      jobStatuses = jobs.list();
    }
    return jobStatuses;
  }
}
