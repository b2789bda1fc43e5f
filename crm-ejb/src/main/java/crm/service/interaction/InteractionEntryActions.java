package crm.service.interaction;

import crm.domain.interaction.InteractionLogEntry;
import crm.domain.security.Roles;
import crm.domain.shared.ConflictException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Actions on one interaction log entry (F-33): cancel it (it stops counting in the statistics),
 * restore it, and delete it once canceled.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
public class InteractionEntryActions {

  @PersistenceContext private EntityManager em;
  @Inject private InteractionLogService interactionLog;

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

  private InteractionLogEntry locked(long entryNo) {
    InteractionLogEntry entry = interactionLog.get(entryNo);
    em.lock(entry, LockModeType.PESSIMISTIC_WRITE);
    return entry;
  }
}
