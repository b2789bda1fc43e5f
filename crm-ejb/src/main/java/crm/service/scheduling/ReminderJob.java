package crm.service.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Fires due follow-up reminders every minute, on every instance (F-54). Not persistent
 * (STACK-NOTES.md); the reminders are claimed with SKIP LOCKED, so each fires once.
 */
@Singleton
public class ReminderJob {

  @Inject private JobRunner jobs;

  @Schedule(second = "0", minute = "*", hour = "*", persistent = false, info = "reminders")
  void fireDueReminders() {
    jobs.tick(Job.REMINDERS);
  }
}
