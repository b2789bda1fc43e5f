package crm.service.segment;

import crm.domain.shared.InvalidInputException;
import crm.service.shared.Sql;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Refuses a log with attachments when some of its entries would get neither a letter nor an email
 * because their template, which has texts, has none in their language (nor in the template's own
 * language) and the line carries no text of its own: logging them would say "sent" with nothing
 * sent. A template without any text (a response, a meeting) sends nothing by design and is logged.
 */
final class MissingTexts {

  /** The same text as the recipients of the log get (RecipientQuery): the line's, else the language's. */
  private static final String WITHOUT_TEXT = "select e.interaction_template_code, coalesce(e.language_code, '-'),"
      + " count(*) from interaction_log_entry e"
      + " left join interaction_template t on t.code = e.interaction_template_code"
      + " left join interaction_template_language tl on tl.template_code = t.code and tl.language_code ="
      + " coalesce((select x.language_code from interaction_template_language x"
      + " where x.template_code = t.code and x.language_code = e.language_code), t.language_code)"
      + " where e.logged_segment_no = ? and e.letter_body is null and tl.body is null"
      + " and exists (select 1 from interaction_template_language y where y.template_code = e.interaction_template_code"
      + " and y.body is not null)"
      + " group by e.interaction_template_code, coalesce(e.language_code, '-')"
      + " order by e.interaction_template_code, coalesce(e.language_code, '-')";

  private MissingTexts() {}

  private record Missing(String template, String language, long lines) {}

  /** Throws, naming each template and language and how many lines, when any entry has no text. */
  static void refuse(Sql sql, String segmentNo, String loggedSegmentNo) {
    List<Missing> missing = sql.list(WITHOUT_TEXT,
        rows -> new Missing(rows.getString(1), rows.getString(2), rows.getLong(3)), loggedSegmentNo);
    if (!missing.isEmpty()) {
      long lines = missing.stream().mapToLong(Missing::lines).sum();
      String which = missing.stream().map(m -> m.template() + " (" + m.language() + "): " + m.lines())
          .collect(Collectors.joining(", "));
      throw new InvalidInputException("segment.noTemplateText", segmentNo, lines, which);
    }
  }
}
