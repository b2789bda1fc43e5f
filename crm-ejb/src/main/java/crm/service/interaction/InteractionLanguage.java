package crm.service.interaction;

import crm.domain.interaction.InteractionTemplate;
import crm.domain.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The language an interaction with one contact takes when none is given, as Business Central's
 * Create Interaction finds it: the contact's, when the template has a text in that language; else
 * the template's default language.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
public class InteractionLanguage {

  @PersistenceContext private EntityManager em;

  public String of(InteractionTemplate template, String contactNo) {
    List<?> contacts = em.createNativeQuery("select c.language_code from contact c join interaction_template_language l"
            + " on l.language_code = c.language_code and l.template_code = ?1 where c.no = ?2")
        .setParameter(1, template.getCode()).setParameter(2, contactNo).getResultList();
    return contacts.isEmpty() ? template.getLanguageCode() : (String) contacts.get(0);
  }
}
