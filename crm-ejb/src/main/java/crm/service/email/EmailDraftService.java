package crm.service.email;

import crm.domain.email.Email;
import crm.domain.email.EmailStatus;
import crm.domain.security.Roles;
import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.RecordVersion;
import crm.service.interaction.InteractionTemplateService;
import crm.service.mail.EmailHtml;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Drafts (F-50): write an email to contacts or addresses, change it, throw it away. The body is
 * sanitised when saved (scripts and the like removed); the tracking state follows the request,
 * the marketing setup and the recipient contacts' preference. Only the sender, a marketing
 * manager or an administrator changes a draft; deleting a scheduled email withdraws it.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
public class EmailDraftService {

  static final int MAX_SUBJECT = 300;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private InteractionTemplateService templates;
  @Inject private Clock clock;

  /** Saves a new draft by the caller. */
  public Email create(EmailDraft draft) {
    Email email = new Email(session.getCallerPrincipal().getName(), clock.instant());
    apply(email, draft);
    em.persist(email);
    em.flush();
    return email;
  }

  /** Changes a draft; {@code version} null skips the check that nobody changed it meanwhile. */
  public Email update(long id, Integer version, EmailDraft draft) {
    Email email = EmailAccess.forChange(em, session, id);
    email.requireDraft();
    RecordVersion.check(String.valueOf(id), version, email.getVersion());
    apply(email, draft);
    em.flush();
    return email;
  }

  /** Deletes a draft, or withdraws a scheduled email (CANCELED, with its entries). */
  public void delete(long id) {
    Email email = EmailAccess.forChange(em, session, id);
    if (email.getStatus() == EmailStatus.DRAFT) {
      em.remove(email);
    } else if (email.getStatus() == EmailStatus.SCHEDULED) {
      email.cancel();
      new EmailOutbox(em, clock).cancel(email);
    } else {
      throw new ConflictException("email.notChangeable", id, email.getStatus());
    }
  }

  private void apply(Email email, EmailDraft draft) {
    EmailRecipients recipients = new EmailRecipients(em);
    email.setRecipients(recipients.resolve(draft));
    String contactNo = draft.contactNo() == null || draft.contactNo().isBlank()
        ? email.recipientContacts().stream().findFirst().orElse(null)
        : recipients.contact(draft.contactNo().strip()).getNo();
    email.setContactNo(contactNo);
    String subject = draft.subject() == null ? "" : draft.subject().strip();
    if (subject.length() > MAX_SUBJECT) {
      throw new InvalidInputException("email.subjectTooLong", MAX_SUBJECT);
    }
    email.setSubject(subject);
    email.setBodyHtml(EmailHtml.sanitize(draft.bodyHtml()));
    if (draft.templateCode() != null && !draft.templateCode().isBlank()) {
      templates.get(draft.templateCode());
    }
    email.setTemplateCode(blankToNull(draft.templateCode()));
    email.setLanguageCode(blankToNull(draft.languageCode()));
    email.setTracking(recipients.tracking(email, draft.tracking()));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
