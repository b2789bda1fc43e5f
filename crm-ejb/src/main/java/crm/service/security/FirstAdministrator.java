package crm.service.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator of a database without users (a production start without demo
 * data) from {@code crm.security.initial-admin-password} (environment variable
 * {@code CRM_SECURITY_INITIAL_ADMIN_PASSWORD}), so that no password stands in the repository. Once
 * a user exists the setting is ignored; change the password after the first login.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject private UserService users;

  @Inject
  @ConfigProperty(name = "crm.security.initial-admin-password")
  private Optional<String> initialPassword;

  @PostConstruct
  void createWhenNoUserExists() {
    if (initialPassword.isPresent() && users.createFirstAdministrator(initialPassword.get())) {
      LOG.info("Created the first administrator, user " + UserService.FIRST_ADMINISTRATOR
          + ", from crm.security.initial-admin-password");
    }
  }
}
