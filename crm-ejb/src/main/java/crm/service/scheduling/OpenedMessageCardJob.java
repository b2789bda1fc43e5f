package crm.service.scheduling;

import crm.service.email.OpenedMessageCards;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Raises "message opened" action cards every minute, on every instance (F-56). Not persistent
 * (STACK-NOTES.md); a card is raised once per email whichever instance gets there first.
 */
@Singleton
public class OpenedMessageCardJob {

  @Inject private OpenedMessageCards cards;

  @Schedule(second = "30", minute = "*", hour = "*", persistent = false, info = "message opened cards")
  void raiseOpenedCards() {
    cards.raise();
  }
}
