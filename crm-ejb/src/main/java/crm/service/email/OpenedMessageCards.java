package crm.service.email;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Raises a "message opened" action card (F-56) for the sender of each sent email that a person
 * opened about 15 minutes ago: not at once, so that a salesperson does not call while the reader
 * is still reading. Machine opens never raise one. Each email raises one card at most: its row in
 * email_opened_card (primary key) decides between instances. Opens older than a day are not
 * looked at again, so that the query stays on the recent events.
 */
@Stateless
@PermitAll
public class OpenedMessageCards {

  static final Duration DELAY = Duration.ofMinutes(15);
  private static final Duration LOOK_BACK = Duration.ofDays(1);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /**
   * Raises the cards due now, set-based: the emails first opened by a person a quarter of an hour
   * ago are marked (once: a mark another instance made first stays), then each email marked now
   * gets its card. Answers how many.
   */
  public int raise() {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    OffsetDateTime openedBy = now.minus(DELAY);
    int raised = em.createNativeQuery("insert into email_opened_card (email_id, raised_at) select distinct ev.email_id, cast(?3 as timestamp with time zone)"
            + " from email_event ev join email e on e.id = ev.email_id"
            + " where ev.type = 'OPEN' and ev.classification = 'HUMAN' and ev.occurred_at > ?1 and ev.occurred_at <= ?2"
            + " and e.status = 'SENT' and not exists (select 1 from email_opened_card o where o.email_id = ev.email_id)"
            + " on conflict do nothing")
        .setParameter(1, openedBy.minus(LOOK_BACK)).setParameter(2, openedBy).setParameter(3, now).executeUpdate();
    if (raised > 0) {
      em.createNativeQuery("insert into action_card (id, owner_user, kind, priority, email_id, contact_no,"
              + " created_at, status) select nextval('action_card_seq'), e.sender_user, 'MESSAGE_OPENED', 2, e.id,"
              + " e.contact_no, ?1, 'OPEN' from email e join email_opened_card o on o.email_id = e.id"
              + " where o.raised_at = ?1")
          .setParameter(1, now).executeUpdate();
    }
    return raised;
  }
}
