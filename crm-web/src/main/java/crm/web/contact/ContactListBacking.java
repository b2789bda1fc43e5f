package crm.web.contact;

import crm.domain.contact.Contact;
import crm.domain.contact.ContactType;
import crm.service.contact.ContactService;
import crm.web.shared.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** contact/list.xhtml: the contacts, paged, sorted and filtered in the database (a list of any size). */
@Named
@ViewScoped
public class ContactListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private ContactService contacts;
  private PageModel<Contact> model;

  @PostConstruct
  void init() {
    model = new PageModel<>(request -> contacts.list(request), Contact::getNo,
        Map.of("type", ContactType::valueOf));
  }

  public PageModel<Contact> getModel() {
    return model;
  }

  public ContactType[] getTypes() {
    return ContactType.values();
  }
}
