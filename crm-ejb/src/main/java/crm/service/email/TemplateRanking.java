package crm.service.email;

import crm.domain.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * The ranking of the insert-template dialog (F-57): every template with the emails sent from it in
 * the last 90 days, the share a person opened and the share answered, best first. One query; only
 * human events count (SPEC "Machine or human").
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
public class TemplateRanking {

  static final Duration PERIOD = Duration.ofDays(90);
  private static final Comparator<Double> BEST_FIRST = Comparator.nullsLast(Comparator.reverseOrder());

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public List<TemplateRank> lastNinetyDays() {
    List<Object[]> rows = em.createNativeQuery("select t.code, t.description, count(distinct m.id),"
            + " count(distinct case when v.type in ('OPEN', 'CLICK', 'ATTACHMENT_OPEN') then m.id end),"
            + " count(distinct case when v.type = 'REPLY' then m.id end)"
            + " from interaction_template t"
            + " left join email m on m.template_code = t.code and m.status = 'SENT' and m.sent_at >= ?1"
            + " left join email_event v on v.email_id = m.id and v.classification = 'HUMAN'"
            + " group by t.code, t.description")
        .setParameter(1, Timestamp.from(clock.instant().minus(PERIOD)))
        .getResultList();
    return rows.stream()
        .map(r -> new TemplateRank((String) r[0], (String) r[1], count(r[2]), count(r[3]), count(r[4])))
        .sorted(Comparator.comparing(TemplateRank::openRate, BEST_FIRST)
            .thenComparing(TemplateRank::replyRate, BEST_FIRST)
            .thenComparing(TemplateRank::sends, Comparator.reverseOrder())
            .thenComparing(TemplateRank::templateCode))
        .toList();
  }

  private static long count(Object value) {
    return ((Number) value).longValue();
  }
}
