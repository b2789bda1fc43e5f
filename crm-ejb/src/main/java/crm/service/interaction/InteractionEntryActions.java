package crm.service.interaction;

import crm.domain.interaction.InteractionComment;
import crm.domain.interaction.InteractionLogEntry;
import crm.domain.security.Roles;
import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * Actions on interaction log entries (F-33): cancel one (it stops counting in the statistics),
 * restore it, delete it once canceled, or delete the canceled ones of a period in one statement;
 * comments on an entry.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
public class InteractionEntryActions {

  @PersistenceContext private EntityManager em;
  @Inject private InteractionLogService interactionLog;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;

  public InteractionLogEntry cancel(long entryNo) {
    InteractionLogEntry entry = locked(entryNo);
    if (entry.isCanceled() || entry.isPostponed()) {
      throw new ConflictException("interaction.notCancelable", entryNo);
    }
    entry.setCanceled(true);
    return entry;
  }

  public InteractionLogEntry restore(long entryNo) {
    InteractionLogEntry entry = locked(entryNo);
    if (!entry.isCanceled()) {
      throw new ConflictException("interaction.notCanceled", entryNo);
    }
    entry.setCanceled(false);
    return entry;
  }

  /** Deletes a canceled entry; any other is refused (409). */
  public void deleteCanceled(long entryNo) {
    InteractionLogEntry entry = locked(entryNo);
    if (!entry.isCanceled()) {
      throw new ConflictException("interaction.notCanceled", entryNo);
    }
    em.remove(entry);
  }

  /**
   * Deletes the canceled entries dated from {@code from} to {@code to} (either may be null) in one
   * statement, with their comments; answers how many.
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER})
  public int deleteCanceled(LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidInputException("interaction.badPeriod");
    }
    em.flush();
    try (Connection connection = dataSource.getConnection()) {
      return new InteractionLogRows(connection).deleteCanceled(from, to);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds a comment to an entry, dated today and signed by the user. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
  public InteractionComment comment(long entryNo, String text) {
    interactionLog.get(entryNo);
    InteractionComment comment = new InteractionComment(entryNo, LocalDate.now(clock), text,
        session.getCallerPrincipal().getName());
    em.persist(comment);
    return comment;
  }

  /** An entry's comments, oldest first. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
  public List<InteractionComment> comments(long entryNo) {
    interactionLog.get(entryNo);
    return em.createNamedQuery("InteractionComment.ofEntry", InteractionComment.class)
        .setParameter("entryNo", entryNo).getResultList();
  }

  private InteractionLogEntry locked(long entryNo) {
    InteractionLogEntry entry = interactionLog.get(entryNo);
    em.lock(entry, LockModeType.PESSIMISTIC_WRITE);
    return entry;
  }
}
