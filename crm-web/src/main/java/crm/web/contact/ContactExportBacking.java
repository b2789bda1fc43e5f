package crm.web.contact;

import crm.service.contact.ContactExportService;
import crm.web.shared.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

/** The contacts list's Export button (F-04): the contacts as filtered, as CSV in the import's format. */
@Named
@RequestScoped
public class ContactExportBacking {

  @Inject private ContactExportService export;
  @Inject private ContactListBacking list;

  public StreamedContent getList() {
    var criteria = list.getModel().getCriteria();
    ContactExportService service = export;
    return Downloads.written("contacts.csv", "text/csv", out -> service.export(criteria, out));
  }
}
