package crm.service.segment;

import crm.domain.interaction.CorrespondenceType;
import crm.service.segment.SegmentForecastService.UsedValues;
import crm.service.shared.Sql;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A segment's lines as logging will use them, with the very expressions of {@link SegmentLogger}
 * and {@link LineSending}: each line's language and correspondence type, and what each line will send. One query each,
 * whatever the number of lines.
 */
final class SegmentForecast {

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

  /** How many lines send a LETTER, an EMAIL, go by email with NO_ADDRESS, or send NOTHING, as logging decides ({@link LineSending}). */
  Map<String, Long> kinds(String segmentNo) {
    Map<String, Long> kinds = new HashMap<>();
    sql.list("select kind, count(*) from (select " + LineSending.KIND + " kind" + SegmentLogger.LINES + LineSending.TEXTS
            + " where l.segment_no = ?) k group by kind", row -> Map.entry(nothingUnlessSent(row.getString(1)),
            row.getLong(2)), segmentNo)
        .forEach(kind -> kinds.merge(kind.getKey(), kind.getValue(), Long::sum));
    return kinds;
  }

  /** A line without text and a line to a contact who wants no email both send NOTHING. */
  private static String nothingUnlessSent(String kind) {
    return kind == null || "DO_NOT_EMAIL".equals(kind) ? "NOTHING" : kind;
  }
}
