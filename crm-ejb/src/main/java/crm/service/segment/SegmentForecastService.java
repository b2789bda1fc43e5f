package crm.service.segment;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.security.Roles;
import crm.domain.setup.EmailFallback;
import crm.domain.setup.MarketingSetup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A segment's lines as logging will use them, before it is logged (issue 13): each line's language
 * and correspondence type, and what the log will send, with the very expressions logging uses
 * ({@link SegmentLogger}). Each answer is one query, whatever the number of lines.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class SegmentForecastService {

  /** A line's language and correspondence type as logging will use them. */
  public record UsedValues(String languageCode, CorrespondenceType correspondenceType) {}

  /** How logging will treat each line: what it sends, from the type used, the text and the address. */
  private static final String KIND = "case when l.letter_body is null and not exists (select 1"
      + " from interaction_template_language x where x.template_code = t.code and x.body is not null"
      + " and x.language_code = coalesce((select y.language_code from interaction_template_language y"
      + " where y.template_code = t.code and y.language_code = " + SegmentLogger.LANGUAGE_USED + "), t.language_code))"
      + " then 'NOTHING' when " + SegmentLogger.TYPE_USED + " <> 'EMAIL' then 'LETTER'"
      + " when c.do_not_email then 'NOTHING' when coalesce(c.email, '') = '' then 'NO_ADDRESS' else 'EMAIL' end";

  @PersistenceContext private EntityManager em;

  /** The values used for the given lines of a segment (a page of them), by line no. */
  public Map<Long, UsedValues> usedValues(String segmentNo, Collection<Long> lineNos) {
    Map<Long, UsedValues> used = new HashMap<>();
    if (lineNos.isEmpty()) {
      return used;
    }
    List<Long> nos = List.copyOf(lineNos);
    var query = em.createNativeQuery("select l.line_no, " + SegmentLogger.LANGUAGE_USED + ", "
        + SegmentLogger.TYPE_USED + SegmentLogger.LINES + " where l.segment_no = ?1 and l.line_no in ("
        + marks(nos.size()) + ")").setParameter(1, segmentNo);
    for (int i = 0; i < nos.size(); i++) {
      query.setParameter(i + 2, nos.get(i));
    }
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      used.put(((Number) columns[0]).longValue(), new UsedValues((String) columns[1],
          columns[2] == null ? null : CorrespondenceType.valueOf((String) columns[2])));
    }
    return used;
  }

  /** What logging the segment with its attachments will send, counted in one grouped query. */
  public LogForecast forecast(String segmentNo) {
    Map<String, Long> kinds = new HashMap<>();
    for (Object row : em.createNativeQuery("select kind, count(*) from (select " + KIND + " kind"
        + SegmentLogger.LINES + " where l.segment_no = ?1) k group by kind").setParameter(1, segmentNo).getResultList()) {
      Object[] columns = (Object[]) row;
      kinds.put((String) columns[0], ((Number) columns[1]).longValue());
    }
    long lines = kinds.values().stream().mapToLong(Long::longValue).sum();
    return new LogForecast(lines, kinds.getOrDefault("LETTER", 0L), kinds.getOrDefault("EMAIL", 0L),
        kinds.getOrDefault("NO_ADDRESS", 0L), kinds.getOrDefault("NOTHING", 0L),
        em.find(MarketingSetup.class, MarketingSetup.ID).getEmailFallback() == EmailFallback.LETTER);
  }

  private static String marks(int count) {
    StringBuilder marks = new StringBuilder();
    for (int i = 0; i < count; i++) {
      marks.append(i == 0 ? "?" : ", ?").append(i + 2);
    }
    return marks.toString();
  }
}
