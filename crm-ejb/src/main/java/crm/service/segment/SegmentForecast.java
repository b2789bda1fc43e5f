package crm.service.segment;

import crm.domain.interaction.CorrespondenceType;
import crm.service.segment.SegmentForecastService.UsedValues;
import crm.service.shared.Sql;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A segment's lines as logging will use them, with the very expressions of {@link SegmentLogger}:
 * each line's language and correspondence type, and what each line will send. One query each,
 * whatever the number of lines.
 */
final class SegmentForecast {

  /** What a line sends: nothing without a text in its language or to a contact who takes no email. */
  private static final String KIND = "case when l.letter_body is null and not exists (select 1"
      + " from interaction_template_language x where x.template_code = t.code and x.body is not null"
      + " and x.language_code = coalesce((select y.language_code from interaction_template_language y"
      + " where y.template_code = t.code and y.language_code = " + SegmentLogger.LANGUAGE_USED + "), t.language_code))"
      + " then 'NOTHING' when " + SegmentLogger.TYPE_USED + " <> 'EMAIL' then 'LETTER'"
      + " when c.do_not_email then 'NOTHING' when coalesce(c.email, '') = '' then 'NO_ADDRESS' else 'EMAIL' end";

  private final Sql sql;

  SegmentForecast(Connection connection) {
    this.sql = new Sql(connection);
  }

  /** The values used for the given lines (a page of them), by line no. */
  Map<Long, UsedValues> usedValues(String segmentNo, List<Long> lineNos) {
    if (lineNos.isEmpty()) {
      return Map.of();
    }
    List<Object> parameters = new ArrayList<>(List.of(segmentNo));
    parameters.addAll(lineNos);
    return sql.list("select l.line_no, " + SegmentLogger.LANGUAGE_USED + ", " + SegmentLogger.TYPE_USED
            + SegmentLogger.LINES + " where l.segment_no = ? and l.line_no in (" + Sql.placeholders(lineNos.size()) + ")",
        row -> Map.entry(row.getLong(1), new UsedValues(row.getString(2),
            row.getString(3) == null ? null : CorrespondenceType.valueOf(row.getString(3)))),
        parameters.toArray()).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** How many lines send a LETTER, an EMAIL, go by email with NO_ADDRESS, or send NOTHING. */
  Map<String, Long> kinds(String segmentNo) {
    return sql.list("select kind, count(*) from (select " + KIND + " kind" + SegmentLogger.LINES
            + " where l.segment_no = ?) k group by kind", row -> Map.entry(row.getString(1), row.getLong(2)), segmentNo)
        .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
