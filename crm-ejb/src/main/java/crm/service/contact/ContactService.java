package crm.service.contact;

import crm.domain.security.Roles;
import crm.domain.contact.Contact;
import crm.domain.contact.ContactType;
import crm.domain.setup.NumberSeries;
import crm.domain.shared.ConflictException;
import crm.domain.shared.RecordVersion;
import crm.domain.shared.UnknownRecordException;
import crm.service.setup.NumberSeriesService;
import crm.service.setup.RecordDefaults;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import crm.service.shared.References;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.function.Consumer;

/** Contacts (F-01): create with a number from the series, change, delete when unused, list. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class ContactService {

  @PersistenceContext private EntityManager em;
  @Inject private NumberSeriesService numberSeries;
  @Inject private ContactChecks checks;
  @Inject private RecordDefaults defaults;

  public Page<Contact> list(ListRequest request) {
    return new Listing<>(em, Contact.class, "no").list(request);
  }

  public Optional<Contact> find(String no) {
    return Optional.ofNullable(em.find(Contact.class, no));
  }

  public Contact get(String no) {
    return find(no).orElseThrow(() -> new UnknownRecordException("contact.unknown", no));
  }

  /** The names of the given contacts, in one query (for tables that show contact numbers). */
  public Map<String, String> names(Collection<String> nos) {
    if (nos.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select c.no, c.name from Contact c where c.no in :nos", Object[].class)
        .setParameter("nos", List.copyOf(new HashSet<>(nos)))
        .getResultList().stream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
  }

  /**
   * Creates a contact; without a number it takes the next one of the contact series, and what is
   * left out of language, correspondence type and salesperson comes from the defaults (F-05).
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public Contact create(String no, ContactType type, Consumer<Contact> values) {
    String number = no == null || no.isBlank() ? numberSeries.next(NumberSeries.CONTACT) : no;
    if (find(number).isPresent()) {
      throw new ConflictException("contact.duplicate", number);
    }
    Contact contact = new Contact(number, type == null ? ContactType.PERSON : type, null);
    values.accept(contact);
    withDefaults(contact);
    checks.check(contact);
    em.persist(contact);
    return contact;
  }

  /** Changes a contact; {@code expectedVersion}, when given, detects a concurrent change. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public Contact update(String no, Integer expectedVersion, Consumer<Contact> changes) {
    Contact contact = get(no);
    RecordVersion.check(no, expectedVersion, contact.getVersion());
    changes.accept(contact);
    checks.check(contact);
    return contact;
  }

  /** Deletes a contact that no segment, interaction or person refers to. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public void delete(String no) {
    Contact contact = get(no);
    if (References.exist(em, List.of("segment_line", "interaction_log_entry", "to_do"), "contact_no", no)) {
      throw new ConflictException("contact.inUse", no);
    }
    if (References.exist(em, List.of("contact"), "company_no", no)) {
      throw new ConflictException("contact.hasPersons", no);
    }
    em.remove(contact);
  }

  private void withDefaults(Contact contact) {
    RecordDefaults.Values given = defaults.forCaller();
    if (isBlank(contact.getLanguageCode())) {
      contact.setLanguageCode(given.languageCode());
    }
    if (contact.getCorrespondenceType() == null) {
      contact.setCorrespondenceType(given.correspondenceType());
    }
    if (isBlank(contact.getSalespersonCode())) {
      contact.setSalespersonCode(given.salespersonCode());
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
