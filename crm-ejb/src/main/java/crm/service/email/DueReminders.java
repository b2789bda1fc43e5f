package crm.service.email;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Fires due follow-up reminders (F-54), set-based, a batch at a time. The waiting reminders that
 * are due, or whose condition can no longer hold (the reply or the human open came early), are
 * locked with SKIP LOCKED, so instances running the same timer never fire one twice; a due one
 * whose condition holds becomes FIRED with a high-priority action card for the email's sender,
 * every other locked one becomes NOT_NEEDED. Conditions count human events only (SPEC "Machine
 * or human").
 *
 * <p>No role: the reminder timer calls it without a caller, and no page or REST resource reaches it.
 */
@Stateless
@PermitAll
public class DueReminders {

  private static final int BATCH = 500;
  private static final String REPLIED = "exists (select 1 from email_event ev where ev.email_id = r.email_id"
      + " and ev.type = 'REPLY')";
  private static final String OPENED = "exists (select 1 from email_event ev where ev.email_id = r.email_id"
      + " and ev.type = 'OPEN' and ev.classification = 'HUMAN')";
  /** The reminder's condition can no longer hold. */
  private static final String SETTLED = "((r.condition = 'NO_REPLY' and " + REPLIED + ")"
      + " or (r.condition = 'NOT_OPENED' and " + OPENED + "))";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** Fires or closes every reminder due now; answers how many cards were raised. */
  public int fireDue() {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    int fired = 0;
    for (List<Long> ids = lockDue(now); !ids.isEmpty(); ids = lockDue(now)) {
      bind(em.createNativeQuery("update email_reminder r set closed_at = ?1, status = case when r.remind_at <= ?2"
          + " and not " + SETTLED + " then 'FIRED' else 'NOT_NEEDED' end where r.email_id in ("
          + NativeIn.placeholders(3, ids.size()) + ")"), List.of(now, now), ids).executeUpdate();
      fired += bind(em.createNativeQuery("insert into action_card (id, owner_user, kind, priority, email_id,"
          + " contact_no, note, created_at, status) select nextval('action_card_seq'), e.sender_user, 'REMINDER_DUE',"
          + " 1, e.id, e.contact_no, r.comment, ?1, 'OPEN' from email_reminder r join email e on e.id = r.email_id"
          + " where r.status = 'FIRED' and r.email_id in (" + NativeIn.placeholders(2, ids.size()) + ")"), List.of(now), ids)
          .executeUpdate();
    }
    return fired;
  }

  private List<Long> lockDue(OffsetDateTime now) {
    List<?> rows = em.createNativeQuery("select r.email_id from email_reminder r where r.status = 'PENDING'"
            + " and (r.remind_at <= ?1 or " + SETTLED + ") order by r.remind_at, r.email_id limit ?2"
            + " for update skip locked")
        .setParameter(1, now).setParameter(2, BATCH).getResultList();
    return rows.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /** Binds the leading values from ?1 on, then the ids. */
  private static Query bind(Query query, List<Object> leading, List<Long> ids) {
    for (int i = 0; i < leading.size(); i++) {
      query.setParameter(i + 1, leading.get(i));
    }
    for (int i = 0; i < ids.size(); i++) {
      query.setParameter(leading.size() + i + 1, ids.get(i));
    }
    return query;
  }
}
