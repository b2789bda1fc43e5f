package crm.service.contact;

import crm.domain.contact.Contact;
import crm.domain.contact.ContactType;
import crm.domain.setup.CodeTable;
import crm.domain.shared.EmailFormat;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import crm.service.setup.CodeService;
import crm.service.setup.SalespersonService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * What a contact must hold before it is kept (F-01): a name, a company that is a company (for a
 * person only), a known salesperson, language and codes, a valid email. Checked in the caller's
 * transaction; {@link ContactService} decides the transaction and the roles.
 */
@Dependent
class ContactChecks {

  private static final List<CodeTable> CONTACT_CODES =
      List.of(CodeTable.JOB_RESPONSIBILITY, CodeTable.BUSINESS_RELATION, CodeTable.INDUSTRY_GROUP,
          CodeTable.MAILING_GROUP);

  @PersistenceContext private EntityManager em;
  @Inject private CodeService codes;
  @Inject private SalespersonService salespeople;

  void check(Contact contact) {
    if (contact.getName() == null || contact.getName().isBlank()) {
      throw new InvalidInputException("contact.nameRequired");
    }
    if (contact.getCompanyNo() != null) {
      Contact company = Optional.ofNullable(em.find(Contact.class, contact.getCompanyNo()))
          .orElseThrow(() -> new UnknownRecordException("contact.unknown", contact.getCompanyNo()));
      if (company.getType() != ContactType.COMPANY || contact.getType() != ContactType.PERSON) {
        throw new InvalidInputException("contact.companyMustBeCompany", contact.getCompanyNo());
      }
    }
    if (contact.getSalespersonCode() != null) {
      salespeople.getSalesperson(contact.getSalespersonCode());
    }
    if (contact.getLanguageCode() != null) {
      codes.get(CodeTable.LANGUAGE, contact.getLanguageCode());
    }
    if (!EmailFormat.isBlankOrValid(contact.getEmail())) {
      throw new InvalidInputException("contact.badEmail", contact.getEmail());
    }
    CONTACT_CODES.forEach(table -> codes.checkExist(table, contact.codesOf(table)));
  }
}
