package crm.service.email;

import crm.domain.email.Email;
import crm.domain.email.EmailStatus;
import crm.domain.email.Reminder;
import crm.domain.email.ReminderCondition;
import crm.domain.email.ReminderStatus;
import crm.domain.security.Roles;
import crm.domain.shared.ConflictException;
import crm.domain.shared.UnknownRecordException;
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
 * Sets, changes and removes an email's follow-up reminder (F-54) while it waits; the reminder
 * job ({@link DueReminders}) fires it. Only the email's sender, a marketing manager or an
 * administrator may, as for any change of the email.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
public class ReminderService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Clock clock;

  /** Sets the email's reminder (or changes the waiting one) and answers it. */
  public Reminder set(long emailId, ReminderCondition condition, Instant remindAt, String comment) {
    Email email = waiting(emailId);
    if (email.getStatus() == EmailStatus.CANCELED || email.getStatus() == EmailStatus.FAILED) {
      throw new ConflictException("reminder.emailClosed", emailId, email.getStatus());
    }
    Reminder reminder = Reminder.pending(condition, remindAt, comment, email.getTracking(), clock.instant());
    new ReminderRows(em).put(emailId, reminder);
    return reminder;
  }

  /** Removes the waiting reminder of the email. */
  public void remove(long emailId) {
    waiting(emailId);
    ReminderRows rows = new ReminderRows(em);
    if (rows.lockStatus(emailId).isEmpty()) {
      throw new UnknownRecordException("reminder.none", emailId);
    }
    rows.delete(emailId);
  }

  /** The email, locked, when the caller may change it and its reminder (if any) still waits. */
  private Email waiting(long emailId) {
    Email email = EmailAccess.forChange(em, session, emailId);
    new ReminderRows(em).lockStatus(emailId).filter(s -> s != ReminderStatus.PENDING).ifPresent(s -> {
      throw new ConflictException("reminder.closed", emailId, s);
    });
    return email;
  }
}
