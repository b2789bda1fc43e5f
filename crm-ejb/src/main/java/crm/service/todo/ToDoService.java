package crm.service.todo;

import crm.domain.email.Email;
import crm.domain.security.Roles;
import crm.domain.setup.NumberSeries;
import crm.domain.shared.AccessRefusedException;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.RecordVersion;
import crm.domain.shared.UnknownRecordException;
import crm.domain.todo.ToDo;
import crm.domain.todo.ToDoPriority;
import crm.domain.todo.ToDoStatus;
import crm.domain.todo.ToDoType;
import crm.service.email.ActionCardService;
import crm.service.email.ActionCardView;
import crm.service.setup.NumberSeriesService;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * To-dos (F-15), numbered by the TO-DO series. The owner is the user whose to-do it is: the
 * caller, or for a marketing manager or an administrator who names another salesperson, that
 * salesperson's user. Others' to-dos are refused (403) to everyone but those two roles.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON,
    Roles.BATCH_ADMIN})
public class ToDoService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private NumberSeriesService numberSeries;
  @Inject private ActionCardService cards;
  @Inject private Clock clock;

  /** The caller's to-dos, or everyone's for a manager; sorted as asked, else by number. */
  public Page<ToDo> list(ListRequest request) {
    return new Listing<>(em, ToDo.class, "no")
        .list(ToDoAccess.seesAll(session) ? request : request.whereEqual("ownerUser", ToDoAccess.caller(session)));
  }

  public ToDo get(String no) {
    ToDo toDo = em.find(ToDo.class, no);
    if (toDo == null) {
      throw new UnknownRecordException("toDo.unknown", no);
    }
    if (!ToDoAccess.seesAll(session) && !ToDoAccess.caller(session).equals(toDo.getOwnerUser())) {
      throw new AccessRefusedException("toDo.notYours", no, toDo.getOwnerUser());
    }
    return toDo;
  }

  /** A new open to-do with the next number of the series. */
  public ToDo create(Consumer<ToDo> values) {
    ToDo toDo = new ToDo(numberSeries.next(NumberSeries.TO_DO), ToDoAccess.caller(session));
    values.accept(toDo);
    ToDoAccess.assignOwner(em, session, toDo);
    ToDoChecks.check(em, toDo);
    em.persist(toDo);
    return toDo;
  }

  /**
   * Changes an open to-do; the status may go to DONE or CANCELED, never back. Without a
   * salesperson the to-do keeps its own. All changes are made before the checks read the
   * database, so that the trail has one entry for the change.
   */
  public ToDo update(String no, Integer expectedVersion, ToDoStatus status, Consumer<ToDo> changes) {
    ToDo toDo = get(no);
    em.lock(toDo, LockModeType.PESSIMISTIC_WRITE);
    RecordVersion.check(no, expectedVersion, toDo.getVersion());
    toDo.checkOpen();
    // The changed to-do is checked by queries before it is written: none of them may flush it first.
    em.setFlushMode(FlushModeType.COMMIT);
    String salesperson = toDo.getSalespersonCode();
    changes.accept(toDo);
    if (toDo.getSalespersonCode() == null) {
      toDo.setSalespersonCode(salesperson);
    }
    if (status != null && status != ToDoStatus.OPEN) {
      toDo.close(status);
    }
    ToDoChecks.check(em, toDo);
    if (!Objects.equals(salesperson, toDo.getSalespersonCode())) {
      ToDoAccess.assignOwner(em, session, toDo);
    }
    return toDo;
  }

  /** Marks an open to-do done or canceled. */
  public ToDo close(String no, ToDoStatus closedAs) {
    ToDo toDo = get(no);
    em.lock(toDo, LockModeType.PESSIMISTIC_WRITE);
    toDo.close(closedAs);
    return toDo;
  }

  public void delete(String no) {
    em.remove(get(no));
  }

  /**
   * Create follow-up call (F-56): a CALL to-do for the card's contact, owned by the caller, due at
   * {@code dueAt} (by default the next working day at 09:00), linked to the email and the card;
   * the card is dismissed. Another user's card is refused and nothing changes.
   */
  public ToDo followUp(long cardId, Instant dueAt, String description) {
    Instant due = dueAt == null ? ToDo.nextWorkingMorning(clock.instant(), clock.getZone()) : dueAt;
    if (!due.isAfter(clock.instant())) {
      throw new InvalidInputException("toDo.followUpPast", due);
    }
    ActionCardView card = cards.takeForFollowUp(cardId);
    Email email = em.find(Email.class, card.emailId());
    String subject = card.subject() == null || card.subject().isBlank() ? "#" + card.emailId() : card.subject();
    return create(toDo -> {
      toDo.setType(ToDoType.CALL);
      toDo.setDescription(description == null || description.isBlank() ? subject : description.strip());
      toDo.setContactNo(card.contactNo());
      toDo.setCampaignNo(email == null ? null : email.getCampaignNo());
      toDo.setDueAt(due);
      toDo.setPriority(card.highPriority() ? ToDoPriority.HIGH : ToDoPriority.NORMAL);
      toDo.cameFrom(card.emailId(), card.id());
    });
  }
}
