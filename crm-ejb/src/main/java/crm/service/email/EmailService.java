package crm.service.email;

import crm.domain.email.Email;
import crm.domain.security.Roles;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads emails (F-50): one, or a page filtered by contact, status and creation time, each with
 * who blocks its tracking, its interaction log entries and its human engagement.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON,
    Roles.BATCH_ADMIN})
public class EmailService {

  @PersistenceContext private EntityManager em;

  public EmailView get(long id) {
    return new EmailViews(em).of(List.of(EmailAccess.find(em, id))).get(0);
  }

  /** Newest first unless sorted otherwise; criteria on Email's attributes (contactNo, status, createdAt…). */
  public Page<EmailView> list(ListRequest request) {
    Page<Email> page = new Listing<>(em, Email.class, "-id").list(request);
    return page.withItems(new EmailViews(em).of(page.items()));
  }
}
