package crm.service.segment;

import crm.domain.segment.CriteriaActionType;
import crm.domain.segment.SegmentFilter;
import java.util.ArrayList;
import java.util.List;

/** A one-line, human-readable summary of a step, shown in the list of criteria actions. */
final class FilterDescription {

  private FilterDescription() {}

  static String of(CriteriaActionType type, SegmentFilter f) {
    List<String> parts = new ArrayList<>();
    list(parts, "Job Responsibility", f.jobResponsibilityCodes());
    list(parts, "Business Relation", f.businessRelationCodes());
    list(parts, "Industry Group", f.industryGroupCodes());
    list(parts, "Mailing Group", f.mailingGroupCodes());
    list(parts, "Salesperson", f.salespersonCodes());
    list(parts, "Country", f.countryCodes());
    list(parts, "Language", f.languageCodes());
    list(parts, "City", f.cities());
    if (f.contactType() != null) {
      parts.add("Type: " + f.contactType());
    }
    if (f.contactNoFrom() != null || f.contactNoTo() != null) {
      parts.add("Contact No.: " + orBlank(f.contactNoFrom()) + ".." + orBlank(f.contactNoTo()));
    }
    if (f.interaction() != null) {
      parts.add((f.interaction().had() ? "Had" : "Had not") + " interaction " + orBlank(f.interaction().templateCode()));
    }
    if (f.loggedSegmentNo() != null) {
      parts.add("Logged Segment: " + f.loggedSegmentNo());
    }
    if (f.includeCompanyPersons()) {
      parts.add("Include Company Persons");
    }
    if (type == CriteriaActionType.ADD && f.allowRelatedCompanies()) {
      parts.add("Allow Related Companies");
    }
    String text = type.name() + " " + (parts.isEmpty() ? "all contacts" : String.join("; ", parts));
    return text.length() > 250 ? text.substring(0, 247) + "..." : text;
  }

  private static void list(List<String> parts, String label, List<String> values) {
    if (!values.isEmpty()) {
      parts.add(label + ": " + String.join("|", values));
    }
  }

  private static String orBlank(String value) {
    return value == null ? "" : value;
  }
}
