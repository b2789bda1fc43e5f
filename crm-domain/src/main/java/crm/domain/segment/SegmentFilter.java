package crm.domain.segment;

import crm.domain.contact.ContactType;
import java.time.LocalDate;
import java.util.List;

/**
 * The filters of one Add, Reduce or Refine step (F-22, F-23). Empty lists mean "any"; the values
 * inside one list are OR-ed; different lists are AND-ed. It is stored with each criteria action
 * (as JSON) so that saved criteria can replay it.
 *
 * @param interaction contacts that had (or had not) an interaction with a template in a period
 * @param loggedSegmentNo contacts of a logged segment (Reuse Logged Segment)
 * @param allowExistingContacts Add only: add a contact again even if the segment already has it
 * @param includeCompanyPersons also select the persons of every company that matches
 * @param allowRelatedCompanies Add only: a person added brings its company along (Business
 *     Central's "Allow Related Companies"); the company is added even when it does not match
 */
public record SegmentFilter(
    List<String> jobResponsibilityCodes,
    List<String> businessRelationCodes,
    List<String> industryGroupCodes,
    List<String> mailingGroupCodes,
    List<String> salespersonCodes,
    List<String> countryCodes,
    List<String> languageCodes,
    List<String> cities,
    ContactType contactType,
    String contactNoFrom,
    String contactNoTo,
    InteractionCriterion interaction,
    String loggedSegmentNo,
    boolean allowExistingContacts,
    boolean includeCompanyPersons,
    boolean allowRelatedCompanies) {

  /** Had (or had not, when {@code had} is false) an interaction with the template between the dates. */
  public record InteractionCriterion(String templateCode, LocalDate from, LocalDate to, boolean had) {}

  public SegmentFilter {
    jobResponsibilityCodes = orEmpty(jobResponsibilityCodes);
    businessRelationCodes = orEmpty(businessRelationCodes);
    industryGroupCodes = orEmpty(industryGroupCodes);
    mailingGroupCodes = orEmpty(mailingGroupCodes);
    salespersonCodes = orEmpty(salespersonCodes);
    countryCodes = orEmpty(countryCodes);
    languageCodes = orEmpty(languageCodes);
    cities = orEmpty(cities);
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /** The contacts of one logged segment (Reuse Logged Segment). */
  public static SegmentFilter ofLoggedSegment(String loggedSegmentNo) {
    return new SegmentFilter(
        null, null, null, null, null, null, null, null, null, null, null, null, loggedSegmentNo,
        false, false, false);
  }

  /** Contacts with one of the given job responsibilities. */
  public static SegmentFilter ofJobResponsibilities(String... codes) {
    return new SegmentFilter(
        List.of(codes), null, null, null, null, null, null, null, null, null, null, null, null,
        false, false, false);
  }

  /** Contacts with one of the given business relations. */
  public static SegmentFilter ofBusinessRelations(String... codes) {
    return new SegmentFilter(
        null, List.of(codes), null, null, null, null, null, null, null, null, null, null, null,
        false, false, false);
  }
}
