package crm.web.segment;

import crm.domain.segment.CriteriaAction;
import crm.domain.segment.SegmentFilter;
import crm.domain.setup.CodeEntry;
import crm.domain.setup.CodeTable;
import crm.domain.setup.Salesperson;
import crm.service.segment.FilterJson;
import crm.web.shared.Feedback;
import crm.web.shared.Lookups;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A criteria action told in the user's words, with descriptions rather than codes (issue 13):
 * "Add contacts whose job responsibility is Purchase or Sales and whose country is Germany".
 * The page tells it in the user's language, REST in the caller's (Accept-Language); the stored
 * description keeps the codes as they were written.
 */
@Named
@RequestScoped
public class CriteriaActionWords {

  @Inject private Lookups lookups;

  public String of(CriteriaAction action) {
    return of(action, Feedback.locale());
  }

  public String of(CriteriaAction action, Locale locale) {
    SegmentFilter filter = FilterJson.read(action.getFilter());
    List<String> parts = new ArrayList<>();
    codes(parts, locale, "criteria.jobResponsibility", CodeTable.JOB_RESPONSIBILITY, filter.jobResponsibilityCodes());
    codes(parts, locale, "criteria.businessRelation", CodeTable.BUSINESS_RELATION, filter.businessRelationCodes());
    codes(parts, locale, "criteria.industryGroup", CodeTable.INDUSTRY_GROUP, filter.industryGroupCodes());
    codes(parts, locale, "criteria.mailingGroup", CodeTable.MAILING_GROUP, filter.mailingGroupCodes());
    values(parts, locale, "criteria.salesperson", filter.salespersonCodes(), this::salespersonName);
    values(parts, locale, "criteria.country", filter.countryCodes(),
        code -> new Locale("", code).getDisplayCountry(locale));
    codes(parts, locale, "criteria.language", CodeTable.LANGUAGE, filter.languageCodes());
    values(parts, locale, "criteria.city", filter.cities(), Function.identity());
    if (filter.contactType() != null) {
      parts.add(Feedback.text(locale, "criteria.type." + filter.contactType()));
    }
    if (filter.contactNoFrom() != null || filter.contactNoTo() != null) {
      parts.add(Feedback.text(locale, "criteria.contactNos", orAny(filter.contactNoFrom()), orAny(filter.contactNoTo())));
    }
    if (filter.interaction() != null) {
      parts.add(interaction(filter.interaction(), locale));
    }
    if (filter.loggedSegmentNo() != null) {
      parts.add(Feedback.text(locale, "criteria.loggedSegment", filter.loggedSegmentNo()));
    }
    String type = action.getAction().name();
    String words = parts.isEmpty() ? Feedback.text(locale, "criteria." + type + ".all")
        : Feedback.text(locale, "criteria." + type, joined(parts, locale, "criteria.and"));
    if (filter.includeCompanyPersons()) {
      words += " " + Feedback.text(locale, "criteria.includeCompanyPersons");
    }
    if (filter.allowExistingContacts()) {
      words += " " + Feedback.text(locale, "criteria.allowExistingContacts");
    }
    if (filter.allowRelatedCompanies()) {
      words += " " + Feedback.text(locale, "criteria.allowRelatedCompanies");
    }
    return words;
  }

  private void codes(List<String> parts, Locale locale, String key, CodeTable table, List<String> codes) {
    values(parts, locale, key, codes, code -> lookups.codes(table.name()).stream()
        .filter(entry -> entry.getCode().equals(code)).map(CodeEntry::getDescription).findFirst().orElse(code));
  }

  private static void values(List<String> parts, Locale locale, String key, List<String> codes,
      Function<String, String> words) {
    if (!codes.isEmpty()) {
      parts.add(Feedback.text(locale, key, joined(codes.stream().map(words).toList(), locale, "criteria.or")));
    }
  }

  private String salespersonName(String code) {
    return lookups.getSalespeople().stream().filter(person -> person.getCode().equals(code))
        .map(Salesperson::getName).findFirst().orElse(code);
  }

  private static String interaction(SegmentFilter.InteractionCriterion had, Locale locale) {
    String template = had.templateCode() == null ? Feedback.text(locale, "criteria.anyTemplate")
        : Feedback.text(locale, "criteria.template", had.templateCode());
    String text = Feedback.text(locale, had.had() ? "criteria.had" : "criteria.hadNot", template);
    if (had.from() != null && had.to() != null) {
      text += " " + Feedback.text(locale, "criteria.between", date(had.from(), locale), date(had.to(), locale));
    } else if (had.from() != null) {
      text += " " + Feedback.text(locale, "criteria.since", date(had.from(), locale));
    } else if (had.to() != null) {
      text += " " + Feedback.text(locale, "criteria.until", date(had.to(), locale));
    }
    return text;
  }

  private static String date(LocalDate date, Locale locale) {
    return date.format(DateTimeFormatter.ofPattern(Feedback.text(locale, "format.date")));
  }

  private static String orAny(String value) {
    return value == null ? "…" : value;
  }

  /** "a, b or c": the last two joined by the word of the key. */
  private static String joined(List<String> values, Locale locale, String lastKey) {
    if (values.size() == 1) {
      return values.get(0);
    }
    return String.join(", ", values.subList(0, values.size() - 1)) + " " + Feedback.text(locale, lastKey) + " "
        + values.get(values.size() - 1);
  }
}
