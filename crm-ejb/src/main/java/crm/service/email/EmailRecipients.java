package crm.service.email;

import crm.domain.contact.Contact;
import crm.domain.email.Email;
import crm.domain.email.EmailRecipient;
import crm.domain.email.RecipientKind;
import crm.domain.email.TrackingState;
import crm.domain.setup.MarketingSetup;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * The recipients of an email as contacts: resolving what the writer gave, and what the contacts
 * want: not to be emailed at all (F-59), not to be tracked (F-53).
 */
final class EmailRecipients {

  private final EntityManager em;

  EmailRecipients(EntityManager em) {
    this.em = em;
  }

  /** To then Cc; a contact is sent to at its own address, and must have one. */
  List<EmailRecipient> resolve(EmailDraft draft) {
    List<EmailRecipient> recipients = new ArrayList<>();
    draft.to().forEach(a -> recipients.add(recipient(RecipientKind.TO, a)));
    draft.cc().forEach(a -> recipients.add(recipient(RecipientKind.CC, a)));
    return recipients;
  }

  private EmailRecipient recipient(RecipientKind kind, EmailDraft.Address address) {
    if (address.contactNo() == null || address.contactNo().isBlank()) {
      return new EmailRecipient(kind, null, address.address(), null);
    }
    Contact contact = contact(address.contactNo().strip());
    if (contact.getEmail() == null || contact.getEmail().isBlank()) {
      throw new InvalidInputException("email.contactWithoutAddress", contact.getNo(), contact.getName());
    }
    return new EmailRecipient(kind, contact.getNo(), contact.getEmail(), contact.getName());
  }

  Contact contact(String contactNo) {
    Contact contact = em.find(Contact.class, contactNo);
    if (contact == null) {
      throw new UnknownRecordException("contact.unknown", contactNo);
    }
    return contact;
  }

  /** Refuses to send to a contact who asked not to be emailed, naming them all. */
  void refuseDoNotEmail(Email email) {
    List<String> refusing = contacts(email, "do_not_email = true");
    if (!refusing.isEmpty()) {
      throw new InvalidInputException("email.doNotEmail", String.join(", ", refusing));
    }
  }

  /** The recipient contacts that do not allow tracking, by number. */
  List<String> blockingTracking(Email email) {
    return contacts(email, "allow_tracking = false").stream().map(c -> c.split(" ", 2)[0]).toList();
  }

  /** The email's tracking state from the request (null: the default), the setup and the recipients. */
  TrackingState tracking(Email email, TrackingState requested) {
    MarketingSetup setup = em.find(MarketingSetup.class, MarketingSetup.ID);
    return TrackingState.decide(requested, setup.isTrackingEnabled(), blockingTracking(email));
  }

  /** "number name" of the recipient contacts meeting the condition, in number order. */
  private List<String> contacts(Email email, String condition) {
    List<String> nos = email.recipientContacts();
    if (nos.isEmpty()) {
      return List.of();
    }
    var query = em.createNativeQuery("select no || ' ' || name from contact where " + condition
        + " and no in (" + NativeIn.placeholders(nos.size()) + ") order by no");
    for (int i = 0; i < nos.size(); i++) {
      query.setParameter(i + 1, nos.get(i));
    }
    return query.getResultList().stream().map(Object::toString).toList();
  }
}
