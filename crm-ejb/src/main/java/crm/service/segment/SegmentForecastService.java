package crm.service.segment;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.security.Roles;
import crm.domain.setup.EmailFallback;
import crm.domain.setup.MarketingSetup;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A segment's lines as logging will use them, before it is logged (issue 13): each line's language
 * and correspondence type, and what the log will send ({@link SegmentForecast}).
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class SegmentForecastService {

  /** A line's language and correspondence type as logging will use them. */
  public record UsedValues(String languageCode, CorrespondenceType correspondenceType) {}

  @PersistenceContext private EntityManager em;
  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;

  /** The values used for the given lines of a segment (a page of them), by line no. */
  public Map<Long, UsedValues> usedValues(String segmentNo, Collection<Long> lineNos) {
    return withForecast(forecast -> forecast.usedValues(segmentNo, List.copyOf(lineNos)));
  }

  /** What logging the segment with its attachments will send, counted in one grouped query. */
  public LogForecast forecast(String segmentNo) {
    Map<String, Long> kinds = withForecast(forecast -> forecast.kinds(segmentNo));
    long lines = kinds.values().stream().mapToLong(Long::longValue).sum();
    return new LogForecast(lines, kinds.getOrDefault("LETTER", 0L), kinds.getOrDefault("EMAIL", 0L),
        kinds.getOrDefault("NO_ADDRESS", 0L), kinds.getOrDefault("NOTHING", 0L),
        em.find(MarketingSetup.class, MarketingSetup.ID).getEmailFallback() == EmailFallback.LETTER);
  }

  private <T> T withForecast(Function<SegmentForecast, T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.apply(new SegmentForecast(connection));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
