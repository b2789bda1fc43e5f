package crm.domain.letter;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fixed set of values a letter or email template may insert, written {@code {{key}}} in the
 * template text. The set is closed on purpose: a template that names anything else is refused when
 * it is saved, so a typo never reaches a customer as an empty gap.
 */
public enum MergeField {
  CONTACT_NAME("contact.name"),
  CONTACT_FIRST_NAME("contact.firstName"),
  CONTACT_SURNAME("contact.surname"),
  CONTACT_COMPANY_NAME("contact.companyName"),
  CONTACT_ADDRESS("contact.address"),
  CONTACT_ADDRESS_2("contact.address2"),
  CONTACT_POST_CODE("contact.postCode"),
  CONTACT_CITY("contact.city"),
  CONTACT_COUNTRY("contact.country"),
  /** Formal salutation in the letter's language, see {@link Salutations#formal}. */
  CONTACT_SALUTATION("contact.salutation"),
  /** First-name salutation in the letter's language, see {@link Salutations#informal}. */
  CONTACT_INFORMAL_SALUTATION("contact.informalSalutation"),
  SALESPERSON_NAME("salesperson.name"),
  SALESPERSON_EMAIL("salesperson.email"),
  SALESPERSON_PHONE("salesperson.phone"),
  SALESPERSON_JOB_TITLE("salesperson.jobTitle"),
  CAMPAIGN_NO("campaign.no"),
  CAMPAIGN_DESCRIPTION("campaign.description"),
  SEGMENT_NO("segment.no"),
  LINE_SUBJECT("line.subject"),
  /** The date the letter is produced, long form in the letter's language ({@link LetterDates}). */
  TODAY("today");

  private static final Map<String, MergeField> BY_KEY =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(f -> f.key, Function.identity()));

  private final String key;

  MergeField(String key) {
    this.key = key;
  }

  /** The name written between the braces, e.g. {@code contact.name}. */
  public String key() {
    return key;
  }

  /** The field as written in a template, e.g. {@code {{contact.name}}}. */
  public String placeholder() {
    return "{{" + key + "}}";
  }

  /** The field with this exact (case-sensitive) key, if it is one of the known fields. */
  public static Optional<MergeField> fromKey(String key) {
    return key == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key));
  }
}
