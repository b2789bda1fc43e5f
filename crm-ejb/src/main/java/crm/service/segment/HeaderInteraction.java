package crm.service.segment;

import crm.domain.segment.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The segment header's fields that flow to its lines (F-26): template, subject, language, correspondence type. */
record HeaderInteraction(String template, String subject, String language, Object type) {
  static HeaderInteraction of(Segment s) {
    return new HeaderInteraction(s.getInteractionTemplateCode(), s.getSubject(), s.getLanguageCode(),
        s.getCorrespondenceType());
  }

  /** The line columns of the fields that differ in {@code after}: only those may be overwritten. */
  List<String> columnsChangedIn(HeaderInteraction after) {
    List<String> columns = new ArrayList<>();
    addIfChanged(columns, "interaction_template_code", template, after.template);
    addIfChanged(columns, "subject", subject, after.subject);
    addIfChanged(columns, "language_code", language, after.language);
    addIfChanged(columns, "correspondence_type", type, after.type);
    return columns;
  }

  private static void addIfChanged(List<String> columns, String column, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      columns.add(column);
    }
  }
}
