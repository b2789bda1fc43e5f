package crm.service.security;

import crm.domain.security.AppUser;
import crm.domain.security.Roles;
import crm.domain.shared.ConflictException;
import crm.domain.shared.RecordVersion;
import crm.domain.shared.UnknownRecordException;
import crm.service.setup.SalespersonService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/**
 * The users who may log in and their roles (F-70): only the administrator manages them (every
 * user reads only their own full name). Users are disabled rather than deleted, so their names in
 * the interaction log keep their meaning, and the last enabled administrator can neither be
 * disabled nor lose the role.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class UserService {

  /** The user name of the first administrator. */
  public static final String FIRST_ADMINISTRATOR = "admin";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Passwords passwords;
  @Inject private SalespersonService salespeople;

  /** Who is logged in, for the pages: the full name for the top bar, the salesperson for "my" lists. */
  public record Caller(String fullName, String salespersonCode) {}

  /** The logged-in user, whatever the role (a user not in the table: its name, no salesperson). */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON,
      Roles.BATCH_ADMIN})
  public Caller caller() {
    String userName = session.getCallerPrincipal().getName();
    AppUser user = em.find(AppUser.class, userName);
    return user == null ? new Caller(userName, null) : new Caller(user.getFullName(), user.getSalespersonCode());
  }

  /**
   * The first administrator of a database without users (a production start without demo data):
   * user {@code admin} with the given password. Answers false, changing nothing, once any user
   * exists. Open to every caller because it runs at startup, before anyone can log in; with no
   * user in the database nobody can be logged in anyway.
   */
  @PermitAll
  public boolean createFirstAdministrator(String password) {
    if (em.createNamedQuery("AppUser.count", Long.class).getSingleResult() > 0) {
      return false;
    }
    AppUser admin = new AppUser(FIRST_ADMINISTRATOR);
    admin.setFullName("Administrator");
    admin.setRoles(List.of(Roles.ADMINISTRATOR));
    admin.setPasswordHash(passwords.hash(password));
    em.persist(admin);
    return true;
  }

  public List<AppUser> list() {
    return em.createNamedQuery("AppUser.list", AppUser.class).getResultList();
  }

  public AppUser get(String userName) {
    AppUser user = userName == null ? null : em.find(AppUser.class, userName);
    if (user == null) {
      throw new UnknownRecordException("user.unknown", userName);
    }
    return user;
  }

  public AppUser create(String userName, String fullName, String salespersonCode, Collection<String> roles,
      String password) {
    AppUser user = new AppUser(userName);
    if (em.find(AppUser.class, userName) != null) {
      throw new ConflictException("user.duplicate", userName);
    }
    describe(user, fullName, salespersonCode, roles);
    user.setPasswordHash(passwords.hash(password));
    em.persist(user);
    return user;
  }

  /** Changes the name, salesperson and roles of a user. */
  public AppUser update(String userName, Integer expectedVersion, String fullName, String salespersonCode,
      Collection<String> roles) {
    AppUser user = get(userName);
    RecordVersion.check(userName, expectedVersion, user.getVersion());
    boolean wasAdministrator = user.isEnabledAdministrator();
    describe(user, fullName, salespersonCode, roles);
    keepAnAdministrator(user, wasAdministrator);
    return user;
  }

  public AppUser resetPassword(String userName, String password) {
    AppUser user = get(userName);
    user.setPasswordHash(passwords.hash(password));
    return user;
  }

  /** A disabled user can no longer log in, in the pages or over the REST API. */
  public AppUser setEnabled(String userName, boolean enabled) {
    AppUser user = get(userName);
    boolean wasAdministrator = user.isEnabledAdministrator();
    user.setEnabled(enabled);
    keepAnAdministrator(user, wasAdministrator);
    return user;
  }

  private void describe(AppUser user, String fullName, String salespersonCode, Collection<String> roles) {
    user.setFullName(fullName);
    user.setSalespersonCode(salespersonCode);
    user.setRoles(roles);
    user.check();
    if (user.getSalespersonCode() != null) {
      salespeople.getSalesperson(user.getSalespersonCode());
    }
  }

  private void keepAnAdministrator(AppUser user, boolean wasAdministrator) {
    if (wasAdministrator && !user.isEnabledAdministrator() && list().stream().noneMatch(
        other -> other != user && other.isEnabledAdministrator())) {
      throw new ConflictException("user.lastAdministrator", user.getUserName());
    }
  }
}
