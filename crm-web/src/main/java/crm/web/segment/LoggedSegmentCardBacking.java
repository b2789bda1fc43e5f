package crm.web.segment;

import crm.domain.interaction.InteractionLogEntry;
import crm.service.email.EmailService;
import crm.service.email.EmailView;
import crm.service.interaction.InteractionLogService;
import crm.service.segment.LoggedSegmentOutcome;
import crm.service.segment.LoggedSegmentService;
import crm.service.segment.SegmentLogService;
import crm.web.contact.ContactNames;
import crm.web.shared.Feedback;
import crm.web.shared.PageModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * segment/logged-card.xhtml: one logged segment (F-28) with its interaction log entries and its
 * emails (lazy), its campaign entry, its letters and its follow-up segment; Cancel, and Delete
 * once canceled, each after a confirmation.
 */
@Named
@ViewScoped
public class LoggedSegmentCardBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private LoggedSegmentService loggedSegments;
  @Inject private SegmentLogService logging;
  @Inject private InteractionLogService interactions;
  @Inject private EmailService emails;
  @Inject private ContactNames contactNames;
  private String no;
  private LoggedSegmentOutcome outcome;
  private PageModel<InteractionLogEntry> entries;
  private PageModel<EmailView> emailRows;

  /** f:viewAction: the logged segment named by the {@code no} parameter; a message when unknown. */
  public void load() {
    outcome = no == null ? null : Feedback.call(() -> loggedSegments.outcome(no), null);
    if (outcome == null) {
      return;
    }
    String loggedNo = no;
    entries = new PageModel<>(request -> contactNames.preload(
        interactions.list(request.whereEqual("loggedSegmentNo", loggedNo)), InteractionLogEntry::getContactNo),
        entry -> String.valueOf(entry.getEntryNo()), Map.of());
    emailRows = new PageModel<>(request -> emails.list(request.whereEqual("loggedSegmentNo", loggedNo)),
        view -> String.valueOf(view.email().getId()), Map.of());
  }

  /** Cancel: its entries and campaign entry stop counting; the card shows it canceled. */
  public void cancel() {
    if (Feedback.run(() -> logging.cancel(no), "logged.canceledMsg", no)) {
      outcome = loggedSegments.outcome(no);
    }
  }

  /** Delete (once canceled): back to the logged segments list with the message. */
  public String delete() {
    if (!Feedback.run(() -> loggedSegments.delete(no), "logged.deletedMsg", no)) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/segment/logged?faces-redirect=true";
  }

  /** The confirmation of Cancel: what canceling does, with the number of entries it cancels. */
  public String getCancelQuestion() {
    return Feedback.text("logged.cancelConfirm", no, outcome.logged().getNoOfInteractions());
  }

  public String getNo() { return no; }
  public void setNo(String no) { this.no = no; }
  public LoggedSegmentOutcome getOutcome() { return outcome; }
  public PageModel<InteractionLogEntry> getEntries() { return entries; }
  public PageModel<EmailView> getEmails() { return emailRows; }
}
