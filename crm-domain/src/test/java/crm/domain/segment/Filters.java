package crm.domain.segment;

import crm.domain.contact.ContactType;
import java.time.LocalDate;
import java.util.List;

/** Builds segment filters for tests: {@code Filters.aFilter().jobResponsibilities("PURCHASE").build()}. */
public final class Filters {

  private List<String> jobResponsibilities = List.of();
  private List<String> businessRelations = List.of();
  private List<String> industryGroups = List.of();
  private List<String> mailingGroups = List.of();
  private List<String> salespeople = List.of();
  private List<String> countries = List.of();
  private List<String> languages = List.of();
  private List<String> cities = List.of();
  private ContactType type;
  private String contactNoFrom;
  private String contactNoTo;
  private SegmentFilter.InteractionCriterion interaction;
  private String loggedSegmentNo;
  private boolean allowExistingContacts;
  private boolean includeCompanyPersons;
  private boolean allowRelatedCompanies;

  private Filters() {}

  public static Filters aFilter() {
    return new Filters();
  }

  public Filters jobResponsibilities(String... codes) {
    jobResponsibilities = List.of(codes);
    return this;
  }

  public Filters businessRelations(String... codes) {
    businessRelations = List.of(codes);
    return this;
  }

  public Filters industryGroups(String... codes) {
    industryGroups = List.of(codes);
    return this;
  }

  public Filters mailingGroups(String... codes) {
    mailingGroups = List.of(codes);
    return this;
  }

  public Filters salespeople(String... codes) {
    salespeople = List.of(codes);
    return this;
  }

  public Filters countries(String... codes) {
    countries = List.of(codes);
    return this;
  }

  public Filters languages(String... codes) {
    languages = List.of(codes);
    return this;
  }

  public Filters cities(String... names) {
    cities = List.of(names);
    return this;
  }

  public Filters type(ContactType contactType) {
    type = contactType;
    return this;
  }

  public Filters contactNos(String from, String to) {
    contactNoFrom = from;
    contactNoTo = to;
    return this;
  }

  public Filters interaction(String templateCode, LocalDate from, LocalDate to, boolean had) {
    interaction = new SegmentFilter.InteractionCriterion(templateCode, from, to, had);
    return this;
  }

  public Filters loggedSegment(String no) {
    loggedSegmentNo = no;
    return this;
  }

  public Filters allowExistingContacts() {
    allowExistingContacts = true;
    return this;
  }

  public Filters includeCompanyPersons() {
    includeCompanyPersons = true;
    return this;
  }

  public Filters allowRelatedCompanies() {
    allowRelatedCompanies = true;
    return this;
  }

  public SegmentFilter build() {
    return new SegmentFilter(
        jobResponsibilities, businessRelations, industryGroups, mailingGroups, salespeople,
        countries, languages, cities, type, contactNoFrom, contactNoTo, interaction,
        loggedSegmentNo, allowExistingContacts, includeCompanyPersons, allowRelatedCompanies);
  }
}
