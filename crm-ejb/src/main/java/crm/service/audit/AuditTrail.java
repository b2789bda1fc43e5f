package crm.service.audit;

import crm.domain.audit.AuditAction;
import crm.domain.audit.AuditEntry;
import crm.domain.security.Roles;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;

/**
 * The audit trail (F-74): the administrator reads it; the set-based business actions that no
 * entity listener sees (logging a segment, canceling a logged segment) record themselves here,
 * in their own transaction. The caller has checked its roles, hence no role of its own.
 */
@Stateless
public class AuditTrail {

  @PersistenceContext private EntityManager em;

  /** Records a business action in the caller's transaction, with its details as new values. */
  @PermitAll
  public void record(AuditAction action, String recordType, String recordKey, Map<String, String> details) {
    JsonObjectBuilder fields = Json.createObjectBuilder();
    details.forEach((field, value) -> fields.add(field, Json.createArrayBuilder().addNull().add(value)));
    Query insert = em.createNativeQuery(AuditRows.INSERT_WITH_POSITIONS);
    List<Object> values = AuditRows.values(action, recordType, recordKey, fields.build().toString());
    for (int i = 0; i < values.size(); i++) {
      insert.setParameter(i + 1, values.get(i));
    }
    insert.executeUpdate();
  }

  /** A page of the trail, newest first unless sorted otherwise; filters named like the fields. */
  @RolesAllowed(Roles.ADMINISTRATOR)
  public Page<AuditEntry> list(ListRequest request) {
    return new Listing<>(em, AuditEntry.class, "changedAt").list(request);
  }
}
