package crm.service.email;

import crm.domain.email.Email;
import crm.domain.email.EmailStatus;
import crm.domain.email.TrackingState;
import crm.domain.security.Roles;
import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Sending (F-50, F-52): now or at a time, changing that time or removing it (= now) until the
 * email is queued, and re-evaluating tracking after a preference changed (F-53). Sending writes
 * the interaction log entries and the outbox row in the caller's transaction; nothing goes out
 * before it commits. Refused, changing nothing: no To, a recipient contact marked do-not-email
 * (F-59), a time in the past, an email already queued or sent, someone else's email.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
public class EmailSendService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Clock clock;
  @Inject private EmailDraftService drafts;

  /** Writes and sends an email in one go: if sending is refused, no draft is left behind either. */
  public Email compose(EmailDraft draft, Instant sendAt) {
    return send(drafts.create(draft).getId(), sendAt);
  }

  /**
   * Writes and sends now the email of an interaction just recorded with its contact (Create
   * interaction, F-32): that entry records the sending, no second one is written.
   */
  public Email composeForEntry(EmailDraft draft, long entryNo) {
    Email email = drafts.create(draft);
    queue(email, null, entryNo);
    return email;
  }

  /** Sends a draft now ({@code sendAt} null) or schedules it; on a scheduled email, changes its time. */
  public Email send(long id, Instant sendAt) {
    Email email = EmailAccess.forChange(em, session, id);
    if (email.getStatus() == EmailStatus.SCHEDULED) {
      return moveSchedule(email, sendAt);
    }
    return queue(email, sendAt, null);
  }

  private Email queue(Email email, Instant sendAt, Long entryNo) {
    email.requireDraft();
    EmailRecipients recipients = new EmailRecipients(em);
    recipients.refuseDoNotEmail(email);
    if (email.getTracking() == TrackingState.ON && !recipients.blockingTracking(email).isEmpty()) {
      email.setTracking(TrackingState.BLOCKED);
    }
    email.send(sendAt, clock.instant());
    em.flush();
    new EmailOutbox(em, clock).queue(email, session.getCallerPrincipal().getName(), entryNo);
    return email;
  }

  /** Moves a scheduled email to another time. */
  public Email reschedule(long id, Instant sendAt) {
    if (sendAt == null) {
      throw new InvalidInputException("request.required", "sendAt");
    }
    return moveSchedule(scheduled(id), sendAt);
  }

  /** Removes the delay of a scheduled email: it is queued now. */
  public Email sendNow(long id) {
    return moveSchedule(scheduled(id), null);
  }

  /**
   * Tracking again from the marketing setup and the recipient contacts' preference, e.g. after a
   * contact allowed tracking: ON, or BLOCKED naming who still does not allow it.
   */
  public Email retryTracking(long id) {
    Email email = EmailAccess.forChange(em, session, id);
    email.requireChangeable();
    email.setTracking(new EmailRecipients(em).tracking(email, null));
    return email;
  }

  private Email scheduled(long id) {
    Email email = EmailAccess.forChange(em, session, id);
    if (email.getStatus() != EmailStatus.SCHEDULED) {
      throw new ConflictException("email.notScheduled", id, email.getStatus());
    }
    return email;
  }

  private Email moveSchedule(Email email, Instant sendAt) {
    email.send(sendAt, clock.instant());
    new EmailOutbox(em, clock).reschedule(email);
    return email;
  }
}
