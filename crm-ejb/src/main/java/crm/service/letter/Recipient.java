package crm.service.letter;

import crm.domain.email.SendTimeRecommendation.RecipientPlace;
import crm.domain.interaction.CorrespondenceType;
import crm.domain.letter.Letter;
import crm.domain.letter.LetterDates;
import crm.domain.letter.LetterLanguage;
import crm.domain.letter.MergeField;
import crm.domain.letter.MergeTemplate;
import crm.domain.letter.Salutations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One interaction log entry with everything its letter or email is personalised with: the
 * contact, the salesperson, the campaign and the template's version in the entry's language.
 * Read for a whole logged segment in one query. The template body is the line's edited text when
 * there is one, and {@code letterSubject} the line's edited subject (null: not edited). Whether the
 * contact allows tracking and its time zone decide how an email to it is sent.
 */
public record Recipient(
    long entryNo, CorrespondenceType correspondenceType, String languageCode, String subject,
    String contactNo, boolean company, String name, String firstName, String surname,
    String companyName, String address, String address2, String postCode, String city,
    String countryCode, String email, boolean doNotEmail, String salespersonName,
    String salespersonEmail, String salespersonPhone, String salespersonTitle, String campaignNo,
    String campaignDescription, String segmentNo, String templateCode, String templateLanguageCode,
    String templateSubject, String templateBody, String letterSubject, boolean allowTracking, String timeZone) {

  /** Whether the template has a text in a language to send. */
  public boolean hasText() {
    return templateBody != null;
  }

  /** Where the contact is, for the working hours an email may wait for. */
  public RecipientPlace place() {
    return new RecipientPlace(timeZone, countryCode);
  }

  public LetterLanguage language() {
    return LetterLanguage.fromCode(templateLanguageCode);
  }

  /** The value of each merge field for this recipient, keyed by {@link MergeField#key()}. */
  public Map<String, String> mergeValues(LocalDate today) {
    Map<MergeField, String> v = new EnumMap<>(MergeField.class);
    v.put(MergeField.CONTACT_NAME, name);
    v.put(MergeField.CONTACT_FIRST_NAME, firstName);
    v.put(MergeField.CONTACT_SURNAME, surname);
    v.put(MergeField.CONTACT_COMPANY_NAME, company ? name : companyName);
    v.put(MergeField.CONTACT_ADDRESS, address);
    v.put(MergeField.CONTACT_ADDRESS_2, address2);
    v.put(MergeField.CONTACT_POST_CODE, postCode);
    v.put(MergeField.CONTACT_CITY, city);
    v.put(MergeField.CONTACT_COUNTRY, countryCode);
    v.put(MergeField.CONTACT_SALUTATION, salutation());
    v.put(MergeField.CONTACT_INFORMAL_SALUTATION, Salutations.informal(language(), firstName, surname, company));
    v.put(MergeField.SALESPERSON_NAME, salespersonName);
    v.put(MergeField.SALESPERSON_EMAIL, salespersonEmail);
    v.put(MergeField.SALESPERSON_PHONE, salespersonPhone);
    v.put(MergeField.SALESPERSON_JOB_TITLE, salespersonTitle);
    v.put(MergeField.CAMPAIGN_NO, campaignNo);
    v.put(MergeField.CAMPAIGN_DESCRIPTION, campaignDescription);
    v.put(MergeField.SEGMENT_NO, segmentNo);
    v.put(MergeField.LINE_SUBJECT, subject);
    v.put(MergeField.TODAY, LetterDates.longDate(today, language()));
    Map<String, String> values = new HashMap<>();
    v.forEach((field, value) -> values.put(field.key(), value == null ? "" : value));
    return values;
  }

  public String salutation() {
    return Salutations.formal(language(), firstName, surname, company);
  }

  /**
   * The subject: the one edited for the line, else the segment line's, else the template's, with
   * its merge fields filled in like the body's.
   */
  public String mergedSubject(Map<String, String> values) {
    if (letterSubject != null) {
      return MergeTemplate.parse(letterSubject).render(values);
    }
    if (subject != null && !subject.isBlank()) {
      return MergeTemplate.parse(subject).render(values);
    }
    return templateSubject == null ? "" : MergeTemplate.parse(templateSubject).render(values);
  }

  /** The body with the merge fields filled in. */
  public String mergedBody(Map<String, String> values) {
    return MergeTemplate.parse(templateBody).render(values);
  }

  /** The finished letter, ready for the renderer. */
  public Letter letter(String place, LocalDate today) {
    Map<String, String> values = mergeValues(today);
    return new Letter(addressLines(), LetterDates.placeAndDate(place, today, language()),
        mergedSubject(values), salutation(), mergedBody(values),
        Salutations.closing(language(), firstName, surname, company), salespersonName,
        salespersonTitle, salespersonEmail, salespersonPhone);
  }

  /**
   * The personalised email: salutation, the template's text, closing and signature. Its HTML is
   * built from the escaped text alone (paragraphs and line breaks), so it holds no markup but
   * its own, whatever the template or the contact's values say.
   */
  public EmailContent email(LocalDate today) {
    Letter letter = letter("", today);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(letter.salutation());
    paragraphs.addAll(letter.paragraphs());
    paragraphs.add(letter.closing() + "\n" + letter.signatureName()
        + (letter.signatureTitle().isEmpty() ? "" : "\n" + letter.signatureTitle()));
    String text = String.join("\n\n", paragraphs);
    StringBuilder html = new StringBuilder();
    paragraphs.forEach(p -> html.append("<p>").append(escape(p).replace("\n", "<br>")).append("</p>"));
    return new EmailContent(letter.subject(), text, html.toString());
  }

  /** A personalised email's subject, plain text and HTML alternative. */
  public record EmailContent(String subject, String text, String html) {}

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** The contact's address block as letters and labels print it: a person's company first, no blank lines. */
  List<String> addressLines() {
    List<String> lines = new ArrayList<>();
    if (!company && companyName != null) {
      lines.add(companyName);
    }
    lines.add(name);
    lines.add(address);
    lines.add(address2);
    lines.add(((postCode == null ? "" : postCode + " ") + (city == null ? "" : city)).trim());
    lines.add(countryCode);
    lines.removeIf(line -> line == null || line.isBlank());
    return lines;
  }
}
