package crm.service.interaction;

import crm.domain.security.Roles;
import crm.domain.interaction.InteractionLogEntry;
import crm.domain.interaction.InteractionStatistics;
import crm.domain.shared.UnknownRecordException;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads the interaction log (F-33): entries filtered by contact, campaign, segment, template, date;
 * postponed interactions are not in it (they have their own list).
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class InteractionLogService {

  @PersistenceContext private EntityManager em;
  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;

  public Page<InteractionLogEntry> list(ListRequest request) {
    return new Listing<>(em, InteractionLogEntry.class, "entryNo").list(request.whereEqual("postponed", false));
  }

  /**
   * The figures per template and per group of the entries dated from {@code from} to {@code to}
   * (either may be null); canceled and postponed ones do not count. One grouped query.
   */
  public InteractionStatistics statistics(LocalDate from, LocalDate to) {
    try (Connection connection = dataSource.getConnection()) {
      return InteractionStatistics.of(new InteractionLogRows(connection).statistics(from, to));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public InteractionLogEntry get(long entryNo) {
    return Optional.ofNullable(em.find(InteractionLogEntry.class, entryNo))
        .orElseThrow(() -> new UnknownRecordException("interactionLogEntry.unknown", entryNo));
  }

  /** One month of the campaigns' interaction log: its interactions, and those that were responses. */
  public record CampaignMonth(YearMonth month, long interactions, long responses) {}

  /**
   * The campaigns' interactions and responses per month since {@code from} (the manager's role
   * centre), canceled and postponed ones left out; months without any are not in the list.
   */
  public List<CampaignMonth> campaignMonths(LocalDate from) {
    List<?> rows = em.createNativeQuery(
            "select extract(year from entry_date), extract(month from entry_date), count(*),"
                + " count(case when campaign_response then 1 end)"
                + " from interaction_log_entry where campaign_no is not null and canceled = false"
                + " and postponed = false and entry_date >= ?1"
                + " group by extract(year from entry_date), extract(month from entry_date)")
        .setParameter(1, from)
        .getResultList();
    return rows.stream().map(row -> (Object[]) row)
        .map(row -> new CampaignMonth(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
            ((Number) row[2]).longValue(), ((Number) row[3]).longValue()))
        .sorted(Comparator.comparing(CampaignMonth::month))
        .toList();
  }
}
