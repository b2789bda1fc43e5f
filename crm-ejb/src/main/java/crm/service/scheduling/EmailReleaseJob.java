package crm.service.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Queues scheduled emails whose time has come, every 30 seconds, on every instance (F-52). Not
 * persistent (STACK-NOTES.md); the release locks the due emails with SKIP LOCKED, so instances
 * share the work without releasing one email twice.
 */
@Singleton
public class EmailReleaseJob {

  @Inject private JobRunner jobs;

  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "email release")
  void releaseDueEmails() {
    jobs.tick(Job.EMAIL_RELEASE);
  }
}
