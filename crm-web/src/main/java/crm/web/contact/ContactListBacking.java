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
import java.util.Locale;
import java.util.Map;

/**
 * contact/list.xhtml: the contacts, paged by key, sorted and filtered in the database (a list of
 * any size). The code columns (country, language, salesperson) filter on the code typed, in
 * capitals, so that an index answers them; a "contains" on two letters would read every contact.
 */
@Named
@ViewScoped
public class ContactListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private ContactService contacts;
  private PageModel<Contact> model;

  @PostConstruct
  void init() {
    model = new PageModel<>(request -> contacts.list(request), Contact::getNo,
        Map.of("type", ContactType::valueOf, "countryCode", ContactListBacking::code,
            "languageCode", ContactListBacking::code, "salespersonCode", ContactListBacking::code)).byKey();
  }

  public PageModel<Contact> getModel() {
    return model;
  }

  private static Object code(String typed) {
    return typed.trim().toUpperCase(Locale.ROOT);
  }

  public ContactType[] getTypes() {
    return ContactType.values();
  }
}
