package crm.service.email;

import crm.domain.email.Email;
import crm.domain.security.Roles;
import crm.domain.shared.AccessRefusedException;
import crm.domain.shared.UnknownRecordException;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Who may change an email: its sender, a marketing manager or an administrator. The email is read
 * with a row lock, so that the release job or the outbox never moves it meanwhile.
 */
final class EmailAccess {

  private EmailAccess() {}

  static Email find(EntityManager em, long id) {
    Email email = em.find(Email.class, id);
    if (email == null) {
      throw new UnknownRecordException("email.unknown", id);
    }
    return email;
  }

  /** The email, locked, when the caller may change it; refused otherwise. */
  static Email forChange(EntityManager em, SessionContext session, long id) {
    Email email = em.find(Email.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (email == null) {
      throw new UnknownRecordException("email.unknown", id);
    }
    String caller = session.getCallerPrincipal().getName();
    boolean manager = session.isCallerInRole(Roles.ADMINISTRATOR) || session.isCallerInRole(Roles.MARKETING_MANAGER);
    if (!manager && !caller.equals(email.getSenderUser())) {
      throw new AccessRefusedException("email.notYours", id, email.getSenderUser());
    }
    return email;
  }
}
