package crm.service.email;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Releases scheduled emails whose time has come (F-52): their outbox rows, the emails and their
 * interaction log entries go from SCHEDULED to QUEUED, and the dispatcher sends them. Set-based,
 * a batch at a time: the due emails are locked with SKIP LOCKED, in the order a user's change
 * locks them (email, then outbox row and entries), so instances running the same timer never
 * release one email twice nor wait for each other.
 *
 * <p>No role: the release timer calls it without a caller, and no page or REST resource reaches it.
 */
@Stateless
@PermitAll
public class EmailReleaseService {

  private static final int BATCH = 500;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** Releases every email due now; answers how many. */
  public int releaseDue() {
    Instant now = clock.instant();
    int released = 0;
    for (List<Long> ids = lockDue(now); !ids.isEmpty(); ids = lockDue(now)) {
      update("update email set status = 'QUEUED' where id in (%s)", ids);
      update("update outbox_message set status = 'QUEUED' where status = 'SCHEDULED' and email_id in (%s)", ids);
      update("update interaction_log_entry set delivery_status = 'QUEUED' where delivery_status = 'SCHEDULED'"
          + " and email_id in (%s)", ids);
      released += ids.size();
    }
    return released;
  }

  private List<Long> lockDue(Instant now) {
    List<?> rows = em.createNativeQuery("select id from email where status = 'SCHEDULED' and send_at <= ?1"
            + " order by send_at, id limit ?2 for update skip locked")
        .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, BATCH).getResultList();
    return rows.stream().map(id -> ((Number) id).longValue()).toList();
  }

  private void update(String sql, List<Long> ids) {
    Query query = em.createNativeQuery(sql.formatted(NativeIn.placeholders(ids.size())));
    for (int i = 0; i < ids.size(); i++) {
      query.setParameter(i + 1, ids.get(i));
    }
    query.executeUpdate();
  }
}
