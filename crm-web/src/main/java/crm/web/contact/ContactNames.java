package crm.web.contact;

import crm.service.contact.ContactService;
import crm.service.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Contact names for tables that show contact numbers (segment lines, interaction log): the names
 * of a whole page are read in one query when the page is loaded, never one query per row.
 */
@Named
@RequestScoped
public class ContactNames {

  @Inject private ContactService contacts;
  private final Map<String, String> names = new HashMap<>();

  /** Reads the names of the page's contacts and answers the page. */
  public <T> Page<T> preload(Page<T> page, Function<T, String> contactNo) {
    names.putAll(contacts.names(page.items().stream().map(contactNo).filter(Objects::nonNull).toList()));
    return page;
  }

  public String of(String contactNo) {
    return contactNo == null ? "" : names.getOrDefault(contactNo, "");
  }
}
