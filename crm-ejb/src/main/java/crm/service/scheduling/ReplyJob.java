package crm.service.scheduling;

import crm.service.email.ReplyPoll;
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

  @Inject private ReplyPoll replies;

  @Schedule(second = "45", minute = "*", hour = "*", persistent = false, info = "replies")
  void pollReplies() {
    replies.pollReplies();
  }
}
