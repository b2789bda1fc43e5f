package crm.service.email;

import crm.domain.email.ActionCardKind;
import crm.domain.security.Roles;
import crm.domain.shared.AccessRefusedException;
import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The caller's action cards (F-56): the open ones, high priority first, newest first; a snoozed
 * card comes back at its time. The cards are raised by the timers (reminders, replies), never
 * computed here; a user acts only on their own cards. A card taken for a follow-up call is
 * dismissed (the to-do feature makes the call).
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON,
    Roles.BATCH_ADMIN})
public class ActionCardService {

  private static final String COLUMNS = "select a.id, a.kind, a.priority, a.email_id, e.subject, a.contact_no, c.name,"
      + " a.note, a.created_at, a.snoozed_until";
  private static final String CARDS = " from action_card a join email e on e.id = a.email_id"
      + " left join contact c on c.no = a.contact_no";
  private static final String SHOWN = CARDS + " where a.owner_user = ?1 and a.status = 'OPEN'"
      + " and (a.snoozed_until is null or a.snoozed_until <= ?2)";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Clock clock;

  public List<ActionCardView> mine() {
    List<?> rows = em.createNativeQuery(COLUMNS + SHOWN + " order by a.priority, a.created_at desc, a.id desc")
        .setParameter(1, caller()).setParameter(2, now()).getResultList();
    return rows.stream().map(row -> view((Object[]) row)).toList();
  }

  /** How many cards the caller has now (the top bar's badge). */
  public long count() {
    return ((Number) em.createNativeQuery("select count(*)" + SHOWN)
        .setParameter(1, caller()).setParameter(2, now()).getSingleResult()).longValue();
  }

  /** Hides the card until {@code until}; it shows again from then. */
  public void snooze(long id, Instant until) {
    if (until == null) {
      throw new InvalidInputException("request.required", "until");
    }
    if (!until.isAfter(clock.instant())) {
      throw new InvalidInputException("actionCard.snoozePast", until);
    }
    requireMine(id);
    em.createNativeQuery("update action_card set snoozed_until = ?1 where id = ?2")
        .setParameter(1, until.atOffset(ZoneOffset.UTC)).setParameter(2, id).executeUpdate();
  }

  /** The card is done with: it no longer shows. */
  public void dismiss(long id) {
    requireMine(id);
    em.createNativeQuery("update action_card set status = 'DISMISSED' where id = ?1").setParameter(1, id)
        .executeUpdate();
  }

  /**
   * Takes the caller's open card (snoozed or not) for a follow-up to-do: the card is dismissed
   * and answered as it was. A card already dismissed is refused, so one card makes one to-do.
   */
  public ActionCardView takeForFollowUp(long id) {
    requireMine(id);
    List<?> rows = em.createNativeQuery(COLUMNS + CARDS + " where a.id = ?1 and a.status = 'OPEN'")
        .setParameter(1, id).getResultList();
    if (rows.isEmpty()) {
      throw new ConflictException("actionCard.closed", String.valueOf(id));
    }
    dismiss(id);
    return view((Object[]) rows.get(0));
  }

  private static ActionCardView view(Object[] row) {
    return new ActionCardView(((Number) row[0]).longValue(), ActionCardKind.valueOf((String) row[1]),
        ((Number) row[2]).intValue() == 1, ((Number) row[3]).longValue(), (String) row[4], (String) row[5],
        (String) row[6], (String) row[7], TrackingEvents.instant(row[8]),
        row[9] == null ? null : TrackingEvents.instant(row[9]));
  }

  private void requireMine(long id) {
    List<?> owner = em.createNativeQuery("select owner_user from action_card where id = ?1 for update")
        .setParameter(1, id).getResultList();
    if (owner.isEmpty()) {
      throw new UnknownRecordException("actionCard.unknown", String.valueOf(id));
    }
    if (!caller().equals(owner.get(0))) {
      throw new AccessRefusedException("actionCard.notYours", String.valueOf(id), owner.get(0));
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private Object now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
