package crm.web.segment;

import crm.domain.contact.ContactType;
import crm.domain.segment.SegmentFilter;
import crm.domain.segment.SegmentFilter.InteractionCriterion;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The fields of the Add/Reduce/Refine dialog, turned into the step's {@link SegmentFilter}. */
public class FilterForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private List<String> jobResponsibilityCodes = new ArrayList<>();
  private List<String> businessRelationCodes = new ArrayList<>();
  private List<String> industryGroupCodes = new ArrayList<>();
  private List<String> mailingGroupCodes = new ArrayList<>();
  private List<String> salespersonCodes = new ArrayList<>();
  private List<String> languageCodes = new ArrayList<>();
  private String countries;
  private String cities;
  private ContactType contactType;
  private String contactNoFrom;
  private String contactNoTo;
  private String interactionTemplateCode;
  private boolean interactionHad = true;
  private LocalDate interactionFrom;
  private LocalDate interactionTo;
  private boolean allowExistingContacts;
  private boolean includeCompanyPersons;
  private boolean allowRelatedCompanies;

  public SegmentFilter toFilter() {
    InteractionCriterion interaction = interactionTemplateCode == null || interactionTemplateCode.isBlank()
        ? null : new InteractionCriterion(interactionTemplateCode, interactionFrom, interactionTo, interactionHad);
    return new SegmentFilter(jobResponsibilityCodes, businessRelationCodes, industryGroupCodes,
        mailingGroupCodes, salespersonCodes, split(countries, true), languageCodes, split(cities, false),
        contactType, blankToNull(contactNoFrom), blankToNull(contactNoTo), interaction, null,
        allowExistingContacts, includeCompanyPersons, allowRelatedCompanies);
  }

  private static List<String> split(String text, boolean upperCase) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .map(s -> upperCase ? s.toUpperCase() : s).toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public List<String> getJobResponsibilityCodes() { return jobResponsibilityCodes; }
  public void setJobResponsibilityCodes(List<String> codes) { this.jobResponsibilityCodes = codes; }
  public List<String> getBusinessRelationCodes() { return businessRelationCodes; }
  public void setBusinessRelationCodes(List<String> codes) { this.businessRelationCodes = codes; }
  public List<String> getIndustryGroupCodes() { return industryGroupCodes; }
  public void setIndustryGroupCodes(List<String> codes) { this.industryGroupCodes = codes; }
  public List<String> getMailingGroupCodes() { return mailingGroupCodes; }
  public void setMailingGroupCodes(List<String> codes) { this.mailingGroupCodes = codes; }
  public List<String> getSalespersonCodes() { return salespersonCodes; }
  public void setSalespersonCodes(List<String> codes) { this.salespersonCodes = codes; }
  public List<String> getLanguageCodes() { return languageCodes; }
  public void setLanguageCodes(List<String> codes) { this.languageCodes = codes; }
  public String getCountries() { return countries; }
  public void setCountries(String countries) { this.countries = countries; }
  public String getCities() { return cities; }
  public void setCities(String cities) { this.cities = cities; }
  public ContactType getContactType() { return contactType; }
  public void setContactType(ContactType contactType) { this.contactType = contactType; }
  public ContactType[] getContactTypes() { return ContactType.values(); }
  public String getContactNoFrom() { return contactNoFrom; }
  public void setContactNoFrom(String no) { this.contactNoFrom = no; }
  public String getContactNoTo() { return contactNoTo; }
  public void setContactNoTo(String no) { this.contactNoTo = no; }
  public String getInteractionTemplateCode() { return interactionTemplateCode; }
  public void setInteractionTemplateCode(String code) { this.interactionTemplateCode = code; }
  public boolean isInteractionHad() { return interactionHad; }
  public void setInteractionHad(boolean had) { this.interactionHad = had; }
  public LocalDate getInteractionFrom() { return interactionFrom; }
  public void setInteractionFrom(LocalDate from) { this.interactionFrom = from; }
  public LocalDate getInteractionTo() { return interactionTo; }
  public void setInteractionTo(LocalDate to) { this.interactionTo = to; }
  public boolean isAllowExistingContacts() { return allowExistingContacts; }
  public void setAllowExistingContacts(boolean allow) { this.allowExistingContacts = allow; }
  public boolean isIncludeCompanyPersons() { return includeCompanyPersons; }
  public void setIncludeCompanyPersons(boolean include) { this.includeCompanyPersons = include; }
  public boolean isAllowRelatedCompanies() { return allowRelatedCompanies; }
  public void setAllowRelatedCompanies(boolean allow) { this.allowRelatedCompanies = allow; }
}
