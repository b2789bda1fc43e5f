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
 * The stored description stays as it was written (REST answers it); this is the page's telling.
 */
@Named
@RequestScoped
public class CriteriaActionWords {

  @Inject private Lookups lookups;

  public String of(CriteriaAction action) {
    SegmentFilter filter = FilterJson.read(action.getFilter());
    List<String> parts = new ArrayList<>();
    codes(parts, "criteria.jobResponsibility", CodeTable.JOB_RESPONSIBILITY, filter.jobResponsibilityCodes());
    codes(parts, "criteria.businessRelation", CodeTable.BUSINESS_RELATION, filter.businessRelationCodes());
    codes(parts, "criteria.industryGroup", CodeTable.INDUSTRY_GROUP, filter.industryGroupCodes());
    codes(parts, "criteria.mailingGroup", CodeTable.MAILING_GROUP, filter.mailingGroupCodes());
    values(parts, "criteria.salesperson", filter.salespersonCodes(), this::salespersonName);
    values(parts, "criteria.country", filter.countryCodes(),
        code -> new Locale("", code).getDisplayCountry(Feedback.locale()));
    codes(parts, "criteria.language", CodeTable.LANGUAGE, filter.languageCodes());
    values(parts, "criteria.city", filter.cities(), Function.identity());
    if (filter.contactType() != null) {
      parts.add(Feedback.text("criteria.type." + filter.contactType()));
    }
    if (filter.contactNoFrom() != null || filter.contactNoTo() != null) {
      parts.add(Feedback.text("criteria.contactNos", orAny(filter.contactNoFrom()), orAny(filter.contactNoTo())));
    }
    if (filter.interaction() != null) {
      parts.add(interaction(filter.interaction()));
    }
    if (filter.loggedSegmentNo() != null) {
      parts.add(Feedback.text("criteria.loggedSegment", filter.loggedSegmentNo()));
    }
    String type = action.getAction().name();
    String words = parts.isEmpty() ? Feedback.text("criteria." + type + ".all")
        : Feedback.text("criteria." + type, joined(parts, "criteria.and"));
    if (filter.includeCompanyPersons()) {
      words += " " + Feedback.text("criteria.includeCompanyPersons");
    }
    if (filter.allowExistingContacts()) {
      words += " " + Feedback.text("criteria.allowExistingContacts");
    }
    if (filter.allowRelatedCompanies()) {
      words += " " + Feedback.text("criteria.allowRelatedCompanies");
    }
    return words;
  }

  private void codes(List<String> parts, String key, CodeTable table, List<String> codes) {
    values(parts, key, codes, code -> lookups.codes(table.name()).stream().filter(entry -> entry.getCode().equals(code))
        .map(CodeEntry::getDescription).findFirst().orElse(code));
  }

  private static void values(List<String> parts, String key, List<String> codes, Function<String, String> words) {
    if (!codes.isEmpty()) {
      parts.add(Feedback.text(key, joined(codes.stream().map(words).toList(), "criteria.or")));
    }
  }

  private String salespersonName(String code) {
    return lookups.getSalespeople().stream().filter(person -> person.getCode().equals(code))
        .map(Salesperson::getName).findFirst().orElse(code);
  }

  private static String interaction(SegmentFilter.InteractionCriterion had) {
    String template = had.templateCode() == null ? Feedback.text("criteria.anyTemplate")
        : Feedback.text("criteria.template", had.templateCode());
    String text = Feedback.text(had.had() ? "criteria.had" : "criteria.hadNot", template);
    if (had.from() != null && had.to() != null) {
      text += " " + Feedback.text("criteria.between", date(had.from()), date(had.to()));
    } else if (had.from() != null) {
      text += " " + Feedback.text("criteria.since", date(had.from()));
    } else if (had.to() != null) {
      text += " " + Feedback.text("criteria.until", date(had.to()));
    }
    return text;
  }

  private static String date(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern(Feedback.text("format.date")));
  }

  private static String orAny(String value) {
    return value == null ? "…" : value;
  }

  /** "a, b or c": the last two joined by the word of the key. */
  private static String joined(List<String> values, String lastKey) {
    if (values.size() == 1) {
      return values.get(0);
    }
    return String.join(", ", values.subList(0, values.size() - 1)) + " " + Feedback.text(lastKey) + " "
        + values.get(values.size() - 1);
  }
}
