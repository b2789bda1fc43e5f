package crm.service.email;

import crm.domain.email.Email;
import crm.domain.email.SendTimeRecommendation;
import crm.domain.email.SendTimeRecommendation.RecipientPlace;
import crm.domain.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The recommended send time of an email (F-52): its single recipient's next working hour, from
 * the contact's zone, else its country's; none for several recipients, a plain address or an
 * unknown zone.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
public class SendTimeService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public Optional<SendTimeRecommendation> recommend(long emailId) {
    Email email = EmailAccess.find(em, emailId);
    List<RecipientPlace> places = email.getRecipients().stream()
        .map(r -> r.getContactNo() == null ? RecipientPlace.unknown() : place(r.getContactNo()))
        .toList();
    return SendTimeRecommendation.forRecipients(places, clock.instant());
  }

  private RecipientPlace place(String contactNo) {
    var contact = new EmailRecipients(em).contact(contactNo);
    return new RecipientPlace(contact.getTimeZone(), contact.getCountryCode());
  }
}
