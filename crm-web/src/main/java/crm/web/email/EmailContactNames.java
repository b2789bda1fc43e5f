package crm.web.email;

import crm.service.contact.ContactService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The names of the contacts an email's page links to (email/card.xhtml, email/compose.xhtml):
 * the contact the email is about, and the others the page lists (recipients that block its
 * tracking, contacts of its interaction log entries), read in one query.
 */
final class EmailContactNames {

  private EmailContactNames() {}

  /** The names by contact no.; {@code regardingContactNo} may be null (an email about no contact). */
  static Map<String, String> of(ContactService contacts, String regardingContactNo, List<String> listed) {
    List<String> nos = new ArrayList<>(listed);
    if (regardingContactNo != null) {
      nos.add(regardingContactNo);
    }
    return contacts.names(nos);
  }
}
