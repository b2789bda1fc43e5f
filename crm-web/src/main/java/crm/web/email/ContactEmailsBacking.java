package crm.web.email;

import crm.domain.email.Email;
import crm.domain.email.EmailStatus;
import crm.service.email.EmailEngagement;
import crm.service.email.EmailService;
import crm.service.email.EmailView;
import crm.service.email.EngagementService;
import crm.web.contact.ContactCardBacking;
import crm.web.shared.PageModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Emails section of contact/card.xhtml (F-50, F-52, F-53): the contact's emails, newest
 * first, drafts (reopened in the composer), scheduled ones with their time, sent ones with their
 * human opens and clicks; and the engagement flags of its interaction log entries' emails.
 */
@Named
@ViewScoped
public class ContactEmailsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private EmailService emails;
  @Inject private ContactCardBacking card;
  @Inject private EngagementService engagement;
  private PageModel<EmailView> model;
  private transient Map<Long, EmailEngagement> byEntry;

  public PageModel<EmailView> getEmails() {
    if (model == null && !card.isNew()) {
      String contactNo = card.getNo();
      model = new PageModel<>(request -> emails.list(request.whereEqual("contactNo", contactNo)),
          view -> String.valueOf(view.email().getId()), Map.of());
    }
    return model;
  }

  /** The time that matters for its status: scheduled for, sent (or queued) at, else written at. */
  public Instant when(Email email) {
    if (email.getStatus() == EmailStatus.SCHEDULED) {
      return email.getSendAt();
    }
    if (email.getSentAt() != null) {
      return email.getSentAt();
    }
    return email.getStatus() == EmailStatus.QUEUED ? email.getSendAt() : email.getCreatedAt();
  }

  /** The engagement of the email of one of the contact's interaction log entries (read once for all). */
  public EmailEngagement ofEntry(long entryNo) {
    if (byEntry == null) {
      byEntry = engagement.ofContactEntries(card.getNo());
    }
    return byEntry.getOrDefault(entryNo, EmailEngagement.NONE);
  }

  /** To and Cc as one line: names of contacts, plain addresses as written. */
  public String addresses(Email email) {
    return email.getRecipients().stream().map(r -> r.getName() != null ? r.getName() : r.getAddress())
        .collect(Collectors.joining(", "));
  }
}
