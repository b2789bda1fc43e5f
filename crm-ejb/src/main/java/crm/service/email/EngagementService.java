package crm.service.email;

import crm.domain.email.EmailEventType;
import crm.domain.email.EmailStatistics;
import crm.domain.email.EventClassification;
import crm.domain.security.Roles;
import crm.domain.shared.UnknownRecordException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Engagement read from the recorded events (DESIGN.md decision 9: counted by query, never kept
 * on the email): the timeline of an email, its human counts, the flags of interaction log
 * entries, and a campaign's email figures. Statistics count human events only; machine events
 * are counted apart (SPEC "Machine or human").
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class EngagementService {

  private static final String COUNTS = " sum(case when ev.classification = 'HUMAN' and ev.type = 'OPEN' then 1 else 0 end),"
      + " sum(case when ev.classification = 'HUMAN' and ev.type = 'CLICK' then 1 else 0 end),"
      + " sum(case when ev.type = 'REPLY' then 1 else 0 end),"
      + " sum(case when ev.classification = 'MACHINE' then 1 else 0 end),"
      + " min(case when ev.classification = 'HUMAN' and ev.type = 'OPEN' then ev.occurred_at end),"
      + " sum(case when ev.classification = 'HUMAN' and ev.type <> 'REPLY' then 1 else 0 end)";

  @PersistenceContext private EntityManager em;

  /** The events of an email, oldest first. */
  public List<EmailEventView> events(long emailId) {
    if (em.createNativeQuery("select id from email where id = ?1").setParameter(1, emailId).getResultList().isEmpty()) {
      throw new UnknownRecordException("email.unknown", emailId);
    }
    List<?> rows = em.createNativeQuery("select type, occurred_at, url, file_name, classification, reason"
            + " from email_event where email_id = ?1 order by occurred_at, id")
        .setParameter(1, emailId).getResultList();
    return rows.stream().map(r -> (Object[]) r).map(row -> new EmailEventView(EmailEventType.valueOf((String) row[0]),
        TrackingEvents.instant(row[1]), (String) row[2], (String) row[3],
        EventClassification.valueOf((String) row[4]), (String) row[5])).toList();
  }

  /** The engagement of one email ({@link EmailEngagement#NONE} without events). */
  public EmailEngagement ofEmail(long emailId) {
    Object[] row = (Object[]) em.createNativeQuery("select" + COUNTS + " from email_event ev where ev.email_id = ?1")
        .setParameter(1, emailId).getSingleResult();
    return engagement(row, 0);
  }

  /** The engagement of several emails in one query, by email id; an email without events is absent. */
  public Map<Long, EmailEngagement> ofEmails(Collection<Long> emailIds) {
    if (emailIds.isEmpty()) {
      return Map.of();
    }
    List<Long> ids = List.copyOf(emailIds);
    Query query = em.createNativeQuery("select ev.email_id," + COUNTS + " from email_event ev where ev.email_id in ("
        + NativeIn.placeholders(ids.size()) + ") group by ev.email_id");
    for (int i = 0; i < ids.size(); i++) {
      query.setParameter(i + 1, ids.get(i));
    }
    return byFirstColumn(query.getResultList());
  }

  /** The engagement of the emails of a contact's interaction log entries, by entry number. */
  public Map<Long, EmailEngagement> ofContactEntries(String contactNo) {
    List<?> rows = em.createNativeQuery("select ile.entry_no," + COUNTS + " from interaction_log_entry ile"
            + " join email_event ev on ev.email_id = ile.email_id where ile.contact_no = ?1 group by ile.entry_no")
        .setParameter(1, contactNo).getResultList();
    return byFirstColumn(rows);
  }

  private static Map<Long, EmailEngagement> byFirstColumn(List<?> rows) {
    Map<Long, EmailEngagement> engagement = new HashMap<>();
    for (Object r : rows) {
      Object[] row = (Object[]) r;
      engagement.put(((Number) row[0]).longValue(), engagement(row, 1));
    }
    return engagement;
  }

  /** The email figures of a campaign, over its interaction log entries that are not canceled (nor postponed). */
  public EmailStatistics ofCampaign(String campaignNo) {
    Object[] row = (Object[]) em.createNativeQuery("select count(distinct case when e.status = 'SENT' then e.id end),"
            + " count(distinct case when ev.classification = 'HUMAN' and ev.type <> 'REPLY' then e.id end),"
            + " count(distinct case when ev.classification = 'HUMAN' and ev.type = 'CLICK' then e.id end),"
            + " count(distinct case when ev.type = 'REPLY' then e.id end),"
            + " count(case when ev.classification = 'MACHINE' then 1 end)"
            + " from email e left join email_event ev on ev.email_id = e.id"
            + " where e.id in (select email_id from interaction_log_entry"
            + " where campaign_no = ?1 and canceled = false and postponed = false and email_id is not null)")
        .setParameter(1, campaignNo).getSingleResult();
    return new EmailStatistics(number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]));
  }

  private static EmailEngagement engagement(Object[] row, int from) {
    return new EmailEngagement(number(row[from]), number(row[from + 1]), number(row[from + 2]),
        number(row[from + 3]), row[from + 4] == null ? null : TrackingEvents.instant(row[from + 4]),
        number(row[from + 5]) > 0);
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
