package crm.service.todo;

import crm.domain.security.Roles;
import crm.domain.shared.AccessRefusedException;
import crm.domain.shared.InvalidInputException;
import crm.domain.todo.ToDo;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Whose a to-do is, and who may see everyone's. */
final class ToDoAccess {

  private ToDoAccess() {}

  /**
   * Without a salesperson, or with the caller's own, the to-do is the caller's; another
   * salesperson's is given to that salesperson's user, by a manager only.
   */
  static void assignOwner(EntityManager em, SessionContext session, ToDo toDo) {
    String own = salespersonOf(em, caller(session));
    String wanted = toDo.getSalespersonCode();
    if (wanted == null || wanted.equals(own)) {
      toDo.setSalespersonCode(own);
      toDo.setOwnerUser(caller(session));
      return;
    }
    if (!seesAll(session)) {
      throw new AccessRefusedException("toDo.otherSalesperson", wanted);
    }
    List<?> users = em.createNativeQuery("select min(user_name) from app_user where salesperson_code = ?1")
        .setParameter(1, wanted).getResultList();
    if (users.isEmpty() || users.get(0) == null) {
      throw new InvalidInputException("toDo.salespersonWithoutUser", wanted);
    }
    toDo.setOwnerUser((String) users.get(0));
  }

  private static String salespersonOf(EntityManager em, String user) {
    List<?> codes = em.createNativeQuery("select salesperson_code from app_user where user_name = ?1")
        .setParameter(1, user).getResultList();
    return codes.isEmpty() ? null : (String) codes.get(0);
  }

  /** A marketing manager or an administrator sees and changes everyone's to-dos. */
  static boolean seesAll(SessionContext session) {
    return session.isCallerInRole(Roles.ADMINISTRATOR) || session.isCallerInRole(Roles.MARKETING_MANAGER);
  }

  static String caller(SessionContext session) {
    return session.getCallerPrincipal().getName();
  }
}
