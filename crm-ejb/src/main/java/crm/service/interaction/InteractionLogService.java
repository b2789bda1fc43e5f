package crm.service.interaction;

import crm.domain.security.Roles;
import crm.domain.interaction.InteractionLogEntry;
import crm.domain.shared.UnknownRecordException;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Reads the interaction log (F-33): entries filtered by contact, campaign, segment, template, date;
 * postponed interactions are not in it (they have their own list).
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class InteractionLogService {

  @PersistenceContext private EntityManager em;

  public Page<InteractionLogEntry> list(ListRequest request) {
    return new Listing<>(em, InteractionLogEntry.class, "entryNo").list(request.whereEqual("postponed", false));
  }

  public InteractionLogEntry get(long entryNo) {
    return Optional.ofNullable(em.find(InteractionLogEntry.class, entryNo))
        .orElseThrow(() -> new UnknownRecordException("interactionLogEntry.unknown", entryNo));
  }
}
