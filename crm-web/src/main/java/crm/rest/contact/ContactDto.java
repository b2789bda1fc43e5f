package crm.rest.contact;

import crm.rest.shared.Blanks;
import crm.domain.contact.Contact;
import crm.domain.contact.ContactType;
import crm.domain.interaction.CorrespondenceType;
import crm.domain.setup.CodeTable;
import java.util.List;

/** A contact as the API shows and takes it (SPEC.md "Main shapes"). */
public record ContactDto(
    String no,
    ContactType type,
    String name,
    String firstName,
    String surname,
    String companyNo,
    String address,
    String address2,
    String postCode,
    String city,
    String countryCode,
    String languageCode,
    String timeZone,
    String salespersonCode,
    String email,
    String phone,
    CorrespondenceType correspondenceType,
    Boolean allowTracking,
    Boolean excludeFromSegments,
    List<String> jobResponsibilityCodes,
    List<String> businessRelationCodes,
    List<String> industryGroupCodes,
    List<String> mailingGroupCodes,
    Integer version) {

  static ContactDto from(Contact c) {
    return new ContactDto(c.getNo(), c.getType(), c.getName(), c.getFirstName(), c.getSurname(),
        c.getCompanyNo(), c.getAddress(), c.getAddress2(), c.getPostCode(), c.getCity(),
        c.getCountryCode(), c.getLanguageCode(), c.getTimeZone(), c.getSalespersonCode(),
        c.getEmail(), c.getPhone(), c.getCorrespondenceType(), c.isAllowTracking(),
        c.isExcludeFromSegments(), c.codesOf(CodeTable.JOB_RESPONSIBILITY),
        c.codesOf(CodeTable.BUSINESS_RELATION), c.codesOf(CodeTable.INDUSTRY_GROUP),
        c.codesOf(CodeTable.MAILING_GROUP), c.getVersion());
  }

  /** Copies the values onto the contact; a person's name defaults to first name and surname. */
  void applyTo(Contact c) {
    if (type != null) {
      c.setType(type);
    }
    c.setFirstName(firstName);
    c.setSurname(surname);
    c.setName(name != null ? name : personName());
    c.setCompanyNo(Blanks.toNull(companyNo));
    c.setAddress(address);
    c.setAddress2(address2);
    c.setPostCode(postCode);
    c.setCity(city);
    c.setCountryCode(Blanks.toNull(countryCode));
    c.setLanguageCode(Blanks.toNull(languageCode));
    c.setTimeZone(timeZone);
    c.setSalespersonCode(Blanks.toNull(salespersonCode));
    c.setEmail(Blanks.toNull(email));
    c.setPhone(phone);
    c.setCorrespondenceType(correspondenceType);
    if (allowTracking != null) {
      c.setAllowTracking(allowTracking);
    }
    if (excludeFromSegments != null) {
      c.setExcludeFromSegments(excludeFromSegments);
    }
    replace(c, CodeTable.JOB_RESPONSIBILITY, jobResponsibilityCodes);
    replace(c, CodeTable.BUSINESS_RELATION, businessRelationCodes);
    replace(c, CodeTable.INDUSTRY_GROUP, industryGroupCodes);
    replace(c, CodeTable.MAILING_GROUP, mailingGroupCodes);
  }

  private String personName() {
    String joined = ((firstName == null ? "" : firstName) + " " + (surname == null ? "" : surname)).trim();
    return joined.isEmpty() ? null : joined;
  }

  private static void replace(Contact c, CodeTable table, List<String> codes) {
    if (codes != null) {
      c.replaceCodes(table, codes);
    }
  }
}
