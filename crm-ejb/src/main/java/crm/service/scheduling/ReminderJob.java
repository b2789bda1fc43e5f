package crm.service.scheduling;

import crm.service.email.DueReminders;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Fires due follow-up reminders every minute, on every instance (F-54). Not persistent
 * (STACK-NOTES.md); the reminders are claimed with SKIP LOCKED, so each fires once.
 */
@Singleton
public class ReminderJob {

  @Inject private DueReminders reminders;

  @Schedule(second = "15", minute = "*", hour = "*", persistent = false, info = "reminders")
  void fireDueReminders() {
    reminders.fireDue();
  }
}
