package crm.web.email;

import crm.domain.email.SendTimeRecommendation;
import crm.service.email.EmailSendService;
import crm.service.email.SendTimeService;
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
 * Sending from the composer and the email card (F-50, F-52): send now, the Send later dialog
 * (a time in the user's zone, the recommended time offered with the recipient's local time),
 * changing a scheduled time or removing it, and retry tracking (F-53).
 */
@Named
@ViewScoped
public class EmailSendingBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private EmailSendService sending;
  @Inject private SendTimeService sendTimes;
  @Inject private UserZone userZone;
  @Inject private EmailComposeBacking composer;
  @Inject private Clock clock;
  private Long emailId;
  private SendTimeRecommendation recommended;
  private LocalDateTime sendAt;

  /** Send (composer): saves the draft and queues it now. */
  public String send() {
    if (!composer.persist() || Feedback.call(() -> sending.send(composer.getId(), null), "email.queued", composer.getId()) == null) {
      return null;
    }
    return card(composer.getId());
  }

  /** Send later (composer): saves the draft, then fills the dialog. */
  public void openSendLater() {
    if (composer.persist()) {
      open(composer.getId());
    }
  }

  /** Fills the dialog for an email: the recommended time if there is one, else the next full hour. */
  public void open(long id) {
    emailId = id;
    var recommendation = Feedback.call(() -> sendTimes.recommend(id), null);
    recommended = recommendation == null ? null : recommendation.orElse(null);
    sendAt = recommended != null ? userZone.local(recommended.sendAt())
        : userZone.local(clock.instant()).truncatedTo(ChronoUnit.HOURS).plusHours(1);
  }

  public void useRecommended() {
    sendAt = userZone.local(recommended.sendAt());
  }

  /** Schedules a draft, or moves a scheduled email, to the time chosen in the user's zone. */
  public String schedule() {
    var email = Feedback.call(() -> sending.send(emailId, userZone.instant(sendAt)), null);
    if (email == null) {
      return null;
    }
    Feedback.info("email.scheduled", emailId, LocalDateConverter.format(userZone.local(email.getSendAt())));
    return card(emailId);
  }

  /** Send now (email card): removes the delay of a scheduled email. */
  public String sendNow(long id) {
    return Feedback.call(() -> sending.sendNow(id), "email.sentNow", id) == null ? null : card(id);
  }

  /** Retry tracking (composer): saves, then checks the recipients' preference again. */
  public void retryTracking() {
    if (composer.persist() && Feedback.call(() -> sending.retryTracking(composer.getId()), null) != null) {
      composer.load();
      Feedback.info("email.tracking.retried", Feedback.text("email.tracking." + composer.getView().email().getTracking()));
    }
  }

  private static String card(long id) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/email/card?faces-redirect=true&id=" + id;
  }

  /** The first day the date picker offers: today in the user's zone. */
  public LocalDate getToday() { return userZone.local(clock.instant()).toLocalDate(); }
  public SendTimeRecommendation getRecommended() { return recommended; }
  public LocalDateTime getSendAt() { return sendAt; }
  public void setSendAt(LocalDateTime sendAt) { this.sendAt = sendAt; }
}
