package crm.service.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Reads the sender mailbox for replies every minute, on every instance (F-55); off when no
 * mailbox is configured. Not persistent (STACK-NOTES.md); the reading is claimed in the database
 * with SKIP LOCKED, so one instance reads at a time and each reply counts once.
 */
@Singleton
public class ReplyJob {

  @Inject private JobRunner jobs;

  @Schedule(second = "0", minute = "*", hour = "*", persistent = false, info = "replies")
  void pollReplies() {
    jobs.tick(Job.REPLIES);
  }
}
