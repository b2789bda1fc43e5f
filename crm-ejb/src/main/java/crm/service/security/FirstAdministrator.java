package crm.service.security;

import crm.domain.security.AppUser;
import crm.domain.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first administrator of a database without users (a production start without demo data):
 * user {@code admin} with the password of {@code crm.security.initial-admin-password} (environment
 * variable {@code CRM_SECURITY_INITIAL_ADMIN_PASSWORD}), so that no password stands in the
 * repository. Once a user exists the setting is ignored; change the password after the first login.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class FirstAdministrator {

  static final String USER_NAME = "admin";
  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Passwords passwords;

  @Inject
  @ConfigProperty(name = "crm.security.initial-admin-password")
  private Optional<String> initialPassword;

  @PostConstruct
  void createWhenNoUserExists() {
    if (initialPassword.isEmpty() || em.createNamedQuery("AppUser.count", Long.class).getSingleResult() > 0) {
      return;
    }
    AppUser admin = new AppUser(USER_NAME);
    admin.setFullName("Administrator");
    admin.setRoles(List.of(Roles.ADMINISTRATOR));
    admin.setPasswordHash(passwords.hash(initialPassword.get()));
    em.persist(admin);
    LOG.info("Created the first administrator, user admin, from crm.security.initial-admin-password");
  }
}
