package crm.web.contact;

import crm.domain.contact.Contact;
import crm.domain.setup.CodeTable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What contact/card.xhtml edits: a detached copy of the contact and its codes per code table
 * (Segmentation), copied onto the record by Save, so that a refused save leaves the record as
 * it was and the form as the user typed it.
 */
final class ContactForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<CodeTable> TABLES = List.of(CodeTable.JOB_RESPONSIBILITY,
      CodeTable.BUSINESS_RELATION, CodeTable.INDUSTRY_GROUP, CodeTable.MAILING_GROUP);
  private final Contact contact;
  private final Map<String, List<String>> codes = new HashMap<>();

  /** The form of {@code contact}; of none (null), with no codes, before the card is loaded. */
  ContactForm(Contact contact) {
    this.contact = contact;
    if (contact != null) {
      TABLES.forEach(table -> codes.put(table.name(), new ArrayList<>(contact.codesOf(table))));
    }
  }

  /** Save: the form's values onto the record. */
  void copyOnto(Contact target) {
    target.setName(contact.getName());
    target.setFirstName(contact.getFirstName());
    target.setSurname(contact.getSurname());
    target.setCompanyNo(contact.getCompanyNo());
    target.setAddress(contact.getAddress());
    target.setPostCode(contact.getPostCode());
    target.setCity(contact.getCity());
    target.setCountryCode(contact.getCountryCode());
    target.setLanguageCode(contact.getLanguageCode());
    target.setSalespersonCode(contact.getSalespersonCode());
    target.setEmail(contact.getEmail());
    target.setPhone(contact.getPhone());
    target.setCorrespondenceType(contact.getCorrespondenceType());
    target.setAllowTracking(contact.isAllowTracking());
    target.setExcludeFromSegments(contact.isExcludeFromSegments());
    TABLES.forEach(table -> target.replaceCodes(table, codes.get(table.name())));
  }

  Contact contact() {
    return contact;
  }

  /** The codes chosen, per code table name. */
  Map<String, List<String>> codes() {
    return codes;
  }
}
