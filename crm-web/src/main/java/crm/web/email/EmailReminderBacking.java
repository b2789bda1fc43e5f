package crm.web.email;

import crm.domain.email.Reminder;
import crm.domain.email.ReminderCondition;
import crm.domain.email.ReminderStatus;
import crm.service.email.ReminderService;
import crm.web.shared.Feedback;
import crm.web.shared.LocalDateConverter;
import crm.web.shared.UserZone;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The Set reminder dialog (F-54) of the email card and the composer: condition, time in the
 * user's zone and comment; Remove; and the reminder's one-line summary ("Remind me if no reply by
 * …", and once it fired or was closed, what became of it).
 */
@Named
@ViewScoped
public class EmailReminderBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private ReminderService reminders;
  @Inject private EmailComposeBacking composer;
  @Inject private UserZone userZone;
  @Inject private Clock clock;
  private Long emailId;
  private ReminderCondition condition = ReminderCondition.NO_REPLY;
  private LocalDateTime remindAt;
  private String comment;

  /** Fills the dialog with the email's reminder, or a new one for three days from now at the hour. */
  public void open(long id, Reminder current) {
    emailId = id;
    condition = current == null ? ReminderCondition.NO_REPLY : current.condition();
    remindAt = current == null ? userZone.local(clock.instant()).truncatedTo(ChronoUnit.HOURS).plusDays(3)
        : userZone.local(current.remindAt());
    comment = current == null ? null : current.comment();
  }

  /** Set reminder on the composer: saves the draft first. */
  public void openOnComposer() {
    if (composer.persist()) {
      open(composer.getId(), composer.getView().reminder());
    }
  }

  public String save() {
    return Feedback.call(() -> reminders.set(emailId, condition, userZone.instant(remindAt), comment),
        "reminder.saved") == null ? null : reload();
  }

  public String remove(long id) {
    emailId = id;
    return Feedback.run(() -> reminders.remove(id), "reminder.removed") ? reload() : null;
  }

  /** "Remind me if no reply by Fri 5 Dec 09:00", and what became of it once it is closed. */
  public String summary(Reminder reminder) {
    if (reminder == null) {
      return Feedback.text("reminder.none");
    }
    String text = Feedback.text("reminder.summary." + reminder.condition(),
        LocalDateConverter.format(userZone.local(reminder.remindAt())));
    return reminder.status() == ReminderStatus.PENDING ? text : text + " · " + Feedback.text("reminder." + reminder.status());
  }

  /** Back to the same page for the email, so that its summary shows the change. */
  private String reload() {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    return context.getViewRoot().getViewId() + "?faces-redirect=true&id=" + emailId;
  }

  public ReminderCondition[] getConditions() { return ReminderCondition.values(); }
  public LocalDate getToday() { return userZone.local(clock.instant()).toLocalDate(); }
  public ReminderCondition getCondition() { return condition; }
  public void setCondition(ReminderCondition condition) { this.condition = condition; }
  public LocalDateTime getRemindAt() { return remindAt; }
  public void setRemindAt(LocalDateTime remindAt) { this.remindAt = remindAt; }
  public String getComment() { return comment; }
  public void setComment(String comment) { this.comment = comment; }
}
