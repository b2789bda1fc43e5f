package crm.web.interaction;

import crm.domain.contact.Contact;
import crm.domain.interaction.InteractionLogEntry;
import crm.domain.segment.SegmentLine;
import crm.service.contact.ContactService;
import crm.service.interaction.InteractionLogService;
import crm.service.shared.ListRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.SelectEvent;

/**
 * The FactBox beside a table of a page's contacts (issue 13, segment card and interaction log):
 * the selected row's contact, its company, address, email and phone, and its last interactions,
 * newest first (WEB-INF/includes/contact-factbox.xhtml).
 */
@Named("contactFactBox")
@ViewScoped
public class ContactFactBoxBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  /** How many of the contact's interactions the FactBox shows. */
  static final int LAST_INTERACTIONS = 5;
  @Inject private ContactService contacts;
  @Inject private InteractionLogService interactions;
  private Contact contact;
  private String companyName;
  private List<InteractionLogEntry> last = List.of();

  public void selectLine(SelectEvent<SegmentLine> event) {
    show(event.getObject().getContactNo());
  }

  public void selectEntry(SelectEvent<InteractionLogEntry> event) {
    show(event.getObject().getContactNo());
  }

  /** Shows the contact of this number (nothing if it no longer exists). */
  public void show(String contactNo) {
    contact = contacts.find(contactNo).orElse(null);
    String companyNo = contact == null ? null : contact.getCompanyNo();
    companyName = companyNo == null ? null : contacts.find(companyNo).map(Contact::getName).orElse(companyNo);
    last = contact == null ? List.of()
        : interactions.list(new ListRequest(0, LAST_INTERACTIONS, "-entryNo").whereEqual("contactNo", contactNo)).items();
  }

  /**
   * The tables' selection: none is kept. Bound so that the table hands the selected row to the
   * model instead of keeping it in the view's state, where an entity cannot be restored from.
   */
  public Object getSelectedRow() { return null; }

  public void setSelectedRow(Object row) {
    // the row listeners (selectLine, selectEntry) show it
  }

  public Contact getContact() { return contact; }

  public String getCompanyName() { return companyName; }

  public List<InteractionLogEntry> getLast() { return last; }
}
