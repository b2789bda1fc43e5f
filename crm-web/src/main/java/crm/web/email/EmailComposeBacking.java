package crm.web.email;

import crm.domain.email.Email;
import crm.domain.email.EmailStatus;
import crm.service.contact.ContactService;
import crm.service.email.EmailDraftService;
import crm.service.email.EmailService;
import crm.service.email.EmailView;
import crm.web.shared.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * email/compose.xhtml (F-50): a new email about the contact of {@code ?contactNo=}, or the draft
 * {@code ?id=}. Send, Send later and Retry tracking ({@link EmailSendingBacking}) save the form
 * first, as Save draft does.
 */
@Named
@ViewScoped
public class EmailComposeBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private EmailService emails;
  @Inject private EmailDraftService drafts;
  @Inject private ContactService contacts;
  private Long id;
  private String contactNo;
  private final EmailForm form = new EmailForm();
  private EmailView view;
  private Map<String, String> names = Map.of();

  /** f:viewAction: reads the draft, or starts one addressed to the regarding contact. */
  public void load() {
    view = id == null ? null : Feedback.call(() -> emails.get(id), null);
    if (view != null) {
      show(view);
    } else if (contactNo != null && !contactNo.isBlank()) {
      var contact = Feedback.call(() -> contacts.get(contactNo), null);
      if (contact != null) {
        form.addressTo(contact.getNo(), contact.getName(), contact.getLanguageCode());
      }
    }
    loadNames();
  }

  /** Save draft: the first save gives the draft its number, under which files can be attached. */
  public String save() {
    boolean created = id == null;
    if (!persist()) {
      return null;
    }
    Feedback.info("email.saved", id);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(created);
    return created ? "/email/compose?faces-redirect=true&id=" + id : null;
  }

  /** Saves the form as the draft (creating it the first time); false when refused. */
  boolean persist() {
    Email saved = Feedback.call(() -> id == null ? drafts.create(form.draft(contactNo))
        : drafts.update(id, view.email().getVersion(), form.draft(contactNo)), null);
    if (saved != null) {
      if (form.scriptRemoved(saved.getBodyHtml())) {
        Feedback.info("email.scriptRemoved");
      }
      show(emails.get(saved.getId()));
    }
    return saved != null;
  }

  private void show(EmailView shown) {
    view = shown;
    id = shown.email().getId();
    contactNo = shown.email().getContactNo();
    form.fill(shown.email());
    loadNames();
  }

  private void loadNames() {
    names = EmailContactNames.of(contacts, contactNo, view == null ? List.of() : view.blockedBy());
  }

  /** Whether the form may still change: a new email or a draft the user may change. */
  public boolean isEditable() {
    return view == null || view.email().getStatus() == EmailStatus.DRAFT;
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getContactNo() { return contactNo; }
  public void setContactNo(String contactNo) { this.contactNo = contactNo; }
  public EmailForm getForm() { return form; }
  public EmailView getView() { return view; }
  public Map<String, String> getNames() { return names; }
}
