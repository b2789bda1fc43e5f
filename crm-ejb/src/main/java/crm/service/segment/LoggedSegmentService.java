package crm.service.segment;

import crm.domain.campaign.CampaignEntry;
import crm.domain.email.EmailStatus;
import crm.domain.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;

/**
 * A logged segment as its card and the logged segment card show it (F-28): the letters it printed,
 * its emails by status and its campaign entry, each in one query, whatever the number of lines.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class LoggedSegmentService {

  @PersistenceContext private EntityManager em;
  @Inject private SegmentLogService logging;

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
