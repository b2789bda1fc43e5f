package crm.web.email;

import crm.service.email.ActionCardService;
import crm.service.email.ActionCardView;
import crm.web.shared.Feedback;
import crm.web.shared.UserZone;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The user's action cards on the home page (F-56), high priority first: open the email or the
 * contact, snooze a card until a time in the user's zone, or dismiss it.
 */
@Named
@ViewScoped
public class ActionCardsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private ActionCardService cards;
  @Inject private UserZone userZone;
  @Inject private Clock clock;
  private List<ActionCardView> shown;
  private Long snoozing;
  private LocalDateTime until;

  public List<ActionCardView> getCards() {
    if (shown == null) {
      shown = cards.mine();
    }
    return shown;
  }

  /** Fills the snooze dialog: tomorrow at this hour. */
  public void openSnooze(long id) {
    snoozing = id;
    until = userZone.local(clock.instant()).truncatedTo(ChronoUnit.HOURS).plusDays(1);
  }

  public void snooze() {
    if (Feedback.run(() -> cards.snooze(snoozing, userZone.instant(until)), "actionCard.snoozed")) {
      shown = null;
    }
  }

  public void dismiss(long id) {
    if (Feedback.run(() -> cards.dismiss(id), "actionCard.dismissed")) {
      shown = null;
    }
  }

  public LocalDate getToday() { return userZone.local(clock.instant()).toLocalDate(); }
  public LocalDateTime getUntil() { return until; }
  public void setUntil(LocalDateTime until) { this.until = until; }
}
