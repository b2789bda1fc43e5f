package crm.service.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Raises "message opened" action cards every minute, on every instance (F-56). Not persistent
 * (STACK-NOTES.md); a card is raised once per email whichever instance gets there first.
 */
@Singleton
public class OpenedMessageCardJob {

  @Inject private JobRunner jobs;

  @Schedule(second = "0", minute = "*", hour = "*", persistent = false, info = "message opened cards")
  void raiseOpenedCards() {
    jobs.tick(Job.MESSAGE_OPENED_CARDS);
  }
}
