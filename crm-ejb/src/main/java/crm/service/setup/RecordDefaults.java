package crm.service.setup;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.security.Roles;
import crm.domain.setup.MarketingSetup;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What a new record takes when the user leaves a value out (F-05): the marketing setup's default
 * language and correspondence type for a contact, and the logged-in user's salesperson (the link
 * on the user) for a contact, a segment or an interaction.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class RecordDefaults {

  /** The defaults of a new record; each may be null (no setup value, a user without salesperson). */
  public record Values(String languageCode, CorrespondenceType correspondenceType, String salespersonCode) {}

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  public Values forCaller() {
    MarketingSetup setup = em.find(MarketingSetup.class, MarketingSetup.ID);
    return new Values(setup == null ? null : setup.getDefaultLanguageCode(),
        setup == null ? null : setup.getDefaultCorrespondenceType(), callerSalespersonCode());
  }

  /** The logged-in user's salesperson, or null when the user has none. */
  public String callerSalespersonCode() {
    List<?> rows = em.createNativeQuery("select salesperson_code from app_user where user_name = ?1")
        .setParameter(1, session.getCallerPrincipal().getName()).getResultList();
    return rows.isEmpty() ? null : (String) rows.get(0);
  }
}
