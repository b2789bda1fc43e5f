package crm.service.segment;

import crm.domain.audit.AuditAction;
import crm.domain.campaign.CampaignEntry;
import crm.domain.email.EmailStatus;
import crm.domain.segment.LoggedSegment;
import crm.domain.security.Roles;
import crm.domain.shared.ConflictException;
import crm.service.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A logged segment as its card and the logged segment card show it (F-28): the letters it printed,
 * its emails by status and its campaign entry, each in one query, whatever the number of lines;
 * and its deletion.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class LoggedSegmentService {

  @PersistenceContext private EntityManager em;
  @Inject private SegmentLogService logging;
  @Inject private AuditTrail audit;

  /** The records that name a logged segment; deleting it clears their link, as Business Central does. */
  private static final List<String> LINKED = List.of("interaction_log_entry", "campaign_entry", "email", "sent_letter");

  /**
   * Deletes a canceled logged segment, as Business Central's "Delete Logged Segments" does: only
   * canceled ones, and its interaction log entries and campaign entry stay (canceled) but lose the
   * link. Its interactions keep their campaign entry through {@code campaign_entry_no}, so deleting
   * the canceled campaign entries still deletes them (F-11).
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public void delete(String no) {
    var logged = logging.getLogged(no);
    if (!logged.isCanceled()) {
      throw new ConflictException("loggedSegment.deleteNotCanceled", no);
    }
    em.createNativeQuery("update interaction_log_entry set campaign_entry_no = (select min(ce.entry_no)"
            + " from campaign_entry ce where ce.logged_segment_no = ?1 and ce.campaign_no = interaction_log_entry.campaign_no)"
            + " where logged_segment_no = ?2 and campaign_entry_no is null and campaign_no is not null")
        .setParameter(1, no).setParameter(2, no).executeUpdate();
    for (String table : LINKED) {
      em.createNativeQuery("update " + table + " set logged_segment_no = null where logged_segment_no = ?1")
          .setParameter(1, no).executeUpdate();
    }
    audit.record(AuditAction.DELETE, SegmentLogService.LOGGED_SEGMENT, no, Map.of("segmentNo", logged.getSegmentNo()));
    em.remove(logged);
  }

  /** Whether the logged segment is still there (a canceled one may have been deleted since). */
  public boolean exists(String no) {
    return em.find(LoggedSegment.class, no) != null;
  }

  public LoggedSegmentOutcome outcome(String no) {
    var logged = logging.getLogged(no);
    long letters = ((Number) em.createNativeQuery("select count(*) from sent_letter where logged_segment_no = ?1")
        .setParameter(1, no).getSingleResult()).longValue();
    Map<EmailStatus, Long> emails = new EnumMap<>(EmailStatus.class);
    for (Object row : em.createNativeQuery("select status, count(*) from email where logged_segment_no = ?1"
        + " group by status").setParameter(1, no).getResultList()) {
      Object[] columns = (Object[]) row;
      emails.put(EmailStatus.valueOf((String) columns[0]), ((Number) columns[1]).longValue());
    }
    CampaignEntry entry = em.createQuery("select e from CampaignEntry e where e.loggedSegmentNo = :no"
            + " order by e.entryNo", CampaignEntry.class)
        .setParameter("no", no).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
    return new LoggedSegmentOutcome(logged, letters, emails, entry);
  }
}
