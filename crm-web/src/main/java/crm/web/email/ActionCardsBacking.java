package crm.web.email;

import crm.domain.todo.ToDo;
import crm.service.email.ActionCardService;
import crm.service.email.ActionCardView;
import crm.service.todo.ToDoService;
import crm.web.shared.Feedback;
import crm.web.shared.LocalDateConverter;
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
 * contact, snooze a card until a time in the user's zone, dismiss it, or create a follow-up call
 * (a to-do, F-15) from it. Also the page email/action-cards.xhtml.
 */
@Named
@ViewScoped
public class ActionCardsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private ActionCardService cards;
  @Inject private UserZone userZone;
  @Inject private ToDoService toDos;
  @Inject private Clock clock;
  private List<ActionCardView> shown;
  private Long snoozing;
  private LocalDateTime until;
  private Long followingUp;
  private LocalDateTime dueAt;
  private String description;

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

  /** Fills the follow-up call dialog: due the next working day at 09:00, about the email's subject. */
  public void openFollowUp(ActionCardView card) {
    followingUp = card.id();
    dueAt = userZone.local(ToDo.nextWorkingMorning(clock.instant(), userZone.getZone()));
    description = card.subject();
  }

  /** Create follow-up call: a CALL to-do for the card's contact; the card goes. */
  public void followUp() {
    ToDo created = Feedback.call(() -> toDos.followUp(followingUp, dueAt == null ? null : userZone.instant(dueAt),
        description), null);
    if (created != null) {
      Feedback.info("actionCard.followUpCreated", created.getNo(), LocalDateConverter.format(dueAt));
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
  public LocalDateTime getDueAt() { return dueAt; }
  public void setDueAt(LocalDateTime dueAt) { this.dueAt = dueAt; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
}
