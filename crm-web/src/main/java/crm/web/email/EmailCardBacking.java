package crm.web.email;

import crm.domain.email.Email;
import crm.domain.email.EmailAttachment;
import crm.domain.email.EmailRecipient;
import crm.domain.email.EmailStatus;
import crm.domain.email.RecipientKind;
import crm.domain.interaction.InteractionLogEntry;
import crm.service.contact.ContactService;
import crm.service.email.EmailAttachmentService;
import crm.service.email.EmailDraftService;
import crm.service.email.EmailService;
import crm.service.email.EmailEventView;
import crm.service.email.EmailView;
import crm.service.email.EngagementService;
import crm.service.interaction.InteractionLogService;
import crm.service.shared.ListRequest;
import crm.web.security.CurrentUser;
import crm.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * email/card.xhtml: one email as it stands (F-50..F-53): status and schedule, recipients, the
 * body as stored (sanitised), its files, its tracking events and interaction log entries; a scheduled one
 * can be moved, sent now or canceled (by its sender or a manager, as the services decide).
 */
@Named
@ViewScoped
public class EmailCardBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private EmailService emails;
  @Inject private EmailDraftService drafts;
  @Inject private EmailAttachmentService attachments;
  @Inject private InteractionLogService log;
  @Inject private ContactService contacts;
  @Inject private EngagementService engagement;
  @Inject private CurrentUser currentUser;
  private Long id;
  private EmailView view;
  private List<EmailAttachment> files = List.of();
  private List<EmailEventView> events = List.of();
  private List<InteractionLogEntry> entries = List.of();
  private Map<String, String> names = Map.of();

  /** f:viewAction: reads the email named by {@code ?id=}. */
  public void load() {
    view = id == null ? null : Feedback.call(() -> emails.get(id), null);
    if (view == null) {
      return;
    }
    files = attachments.list(id);
    events = engagement.events(id);
    entries = log.list(new ListRequest(0, ListRequest.MAX_SIZE, "entryNo").whereEqual("emailId", id)).items();
    names = EmailContactNames.of(contacts, view.email().getContactNo(),
        entries.stream().map(InteractionLogEntry::getContactNo).toList());
  }

  /** Cancel: a draft is deleted (back to the contact), a scheduled email withdrawn. */
  public String cancel() {
    boolean draft = view.email().getStatus() == EmailStatus.DRAFT;
    if (!Feedback.run(() -> drafts.delete(id), "email.canceled", id)) {
      return null;
    }
    if (draft && view.email().getContactNo() != null) {
      return "/contact/card?faces-redirect=true&no=" + view.email().getContactNo();
    }
    load();
    return null;
  }

  public List<EmailRecipient> recipients(String kind) {
    return view.email().getRecipients().stream().filter(r -> r.getKind() == RecipientKind.valueOf(kind)).toList();
  }

  /** Whether the user may change it: the sender, a marketing manager or an administrator. */
  public boolean isMayChange() {
    return currentUser.mayChangeEmailOf(view.email().getSenderUser());
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Email getEmail() { return view == null ? null : view.email(); }
  public EmailView getView() { return view; }
  public List<EmailAttachment> getFiles() { return files; }
  /** The tracking events, oldest first, people's and machines' alike, each with its reason. */
  public List<EmailEventView> getEvents() { return events; }
  public List<InteractionLogEntry> getEntries() { return entries; }
  public Map<String, String> getNames() { return names; }
}
