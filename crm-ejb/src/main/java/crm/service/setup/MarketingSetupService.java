package crm.service.setup;

import crm.domain.security.Roles;
import crm.domain.setup.CodeTable;
import crm.domain.setup.MarketingSetup;
import crm.domain.shared.EmailFormat;
import crm.domain.shared.InvalidInputException;
import crm.service.shared.References;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The marketing setup (F-05), one record: the letterhead, the paper, the sender of emails and
 * the defaults of letters and emails. A change that breaks a rule is refused whole.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class MarketingSetupService {

  @PersistenceContext private EntityManager em;
  @Inject private CodeService codes;

  public MarketingSetup get() {
    return em.find(MarketingSetup.class, MarketingSetup.ID);
  }

  /** Keeps a changed copy of the setup (one read before), once it passes the checks. */
  public MarketingSetup update(MarketingSetup changed) {
    String replyTemplate = changed.getReplyTemplateCode();
    // before the merge: the query would flush a template that does not exist
    if (replyTemplate != null && !References.exist(em, List.of("interaction_template"), "code", replyTemplate)) {
      throw new InvalidInputException("setup.unknownReplyTemplate", replyTemplate);
    }
    MarketingSetup setup = em.merge(changed);
    check(setup);
    return setup;
  }

  private void check(MarketingSetup setup) {
    String name = setup.getCompanyName();
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new InvalidInputException("setup.companyNameRequired");
    }
    for (String email : new String[] {setup.getEmail(), setup.getSenderEmail()}) {
      if (!EmailFormat.isBlankOrValid(email)) {
        throw new InvalidInputException("setup.badEmail", email);
      }
    }
    if (setup.getPaperSize() == null || setup.getEmailFallback() == null) {
      throw new InvalidInputException("setup.choiceRequired");
    }
    if (setup.getDefaultLanguageCode() != null) {
      codes.checkExist(CodeTable.LANGUAGE, List.of(setup.getDefaultLanguageCode()));
    }
    String tracking = setup.getTrackingBaseUrl();
    if (tracking != null && !tracking.isBlank() && !tracking.matches("https?://\\S+")) {
      throw new InvalidInputException("setup.badUrl", tracking);
    }
  }
}
