package crm.web.contact;

import crm.domain.contact.Contact;
import crm.domain.contact.ContactType;
import crm.domain.interaction.InteractionLogEntry;
import crm.service.contact.ContactService;
import crm.service.interaction.InteractionLogService;
import crm.service.setup.RecordDefaults;
import crm.web.shared.Feedback;
import crm.web.shared.PageModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * contact/card.xhtml: a contact's General, Communication and Segmentation sections, and its
 * interaction log entries. The form ({@link ContactForm}) edits a detached copy and the codes per
 * table; Save copies them onto the record.
 */
@Named
@ViewScoped
public class ContactCardBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private ContactService contacts;
  @Inject private InteractionLogService interactions;
  @Inject private RecordDefaults defaults;
  private String no;
  private PageModel<InteractionLogEntry> entries;
  private ContactForm form = new ContactForm(null);

  /** f:viewAction: reads the contact named by the {@code no} parameter, or starts a new one. */
  public void load() {
    Contact contact = no == null || no.isBlank() ? null : Feedback.call(() -> contacts.get(no), null);
    if (contact == null) {
      no = null;
      contact = new Contact(null, ContactType.PERSON, null);
      RecordDefaults.Values given = defaults.forCaller();
      contact.setLanguageCode(given.languageCode());
      contact.setCorrespondenceType(given.correspondenceType());
      contact.setSalespersonCode(given.salespersonCode());
    }
    form = new ContactForm(contact);
    String contactNo = no;
    entries = contactNo == null ? null : new PageModel<>(
        request -> interactions.list(request.whereEqual("contactNo", contactNo)),
        entry -> String.valueOf(entry.getEntryNo()), Map.of());
  }

  /** The contact's interaction log entries, newest first (F-33); none for a new contact. */
  public PageModel<InteractionLogEntry> getEntries() {
    return entries;
  }

  public String save() {
    if (isNew()) {
      Contact created = Feedback.call(() -> contacts.create(null, form.contact().getType(), form::copyOnto), "common.saved");
      if (created == null) {
        return null;
      }
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/contact/card?faces-redirect=true&no=" + created.getNo();
    }
    if (Feedback.run(() -> contacts.update(no, form.contact().getVersion(), form::copyOnto), "common.saved")) {
      load();
    }
    return null;
  }

  public boolean isNew() { return no == null || no.isBlank(); }
  public String getNo() { return no; }
  public void setNo(String no) { this.no = no; }
  public Contact getContact() { return form.contact(); }
  public Map<String, List<String>> getCodes() { return form.codes(); }
  public ContactType[] getTypes() { return ContactType.values(); }
}
