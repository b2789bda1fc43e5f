package crm.service.scheduling;

import crm.domain.scheduling.JobOutcome;
import crm.service.email.DueReminders;
import crm.service.email.EmailReleaseService;
import crm.service.email.OpenedMessageCards;
import crm.service.email.ReplyPoll;
import crm.service.mail.DeliveryOutcome;
import crm.service.mail.DispatchSummary;
import crm.service.mail.MailDispatcher;
import crm.service.mail.SendingInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a timer tick does (F-60): asks {@link JobRecording} whether this instance runs the job now,
 * runs it and records the outcome. No transaction: each piece of work opens its own, so that a
 * run's record is committed before its work and survives its failure. No role: timers call it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRunner {

  private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

  @Inject private JobRecording recording;
  @Inject private SendingInstance instance;
  @Inject private MailDispatcher dispatcher;
  @Inject private EmailReleaseService release;
  @Inject private Housekeeping housekeeping;
  @Inject private DueReminders reminders;
  @Inject private ReplyPoll replies;
  @Inject private OpenedMessageCards openedCards;
  @Inject private JobMetrics metrics;

  public void tick(Job job) {
    recording.begin(job, instance.id()).ifPresent(run -> {
      long start = System.nanoTime();
      JobOutcome outcome = JobOutcome.OK;
      try {
        recording.end(run, outcome, work(job));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Job " + job.jobName() + " failed", e);
        outcome = JobOutcome.FAILED;
        recording.end(run, outcome, new JobResult(0, 1, message(e)));
      }
      metrics.recordRun(job, outcome, Duration.ofNanos(System.nanoTime() - start));
    });
  }

  private JobResult work(Job job) {
    return switch (job) {
      case MAIL_DISPATCH -> dispatched(dispatcher.dispatchDue());
      case EMAIL_RELEASE -> JobResult.of(release.releaseDue());
      case DELETE_CANCELED_CAMPAIGN_ENTRIES -> JobResult.of(housekeeping.deleteCanceledCampaignEntries());
      case CLEAN_UP -> JobResult.of(housekeeping.cleanUp());
      case REMINDERS -> JobResult.of(reminders.fireDue());
      case REPLIES -> JobResult.of(replies.pollReplies());
      case MESSAGE_OPENED_CARDS -> JobResult.of(openedCards.raise());
    };
  }

  private JobResult dispatched(DispatchSummary summary) {
    metrics.recordDispatch(summary);
    int failures = summary.count(DeliveryOutcome.FAILED) + summary.count(DeliveryOutcome.ERROR);
    return new JobResult(summary.total(), failures, null);
  }

  /** The innermost cause's message: the container's wrappers say nothing. */
  private static String message(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }
}
