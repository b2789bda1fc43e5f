package crm.service.health;

import crm.service.shared.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers within two seconds and the schema migrations have run. */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

  @Resource(lookup = "java:app/jdbc/crm")
  private DataSource dataSource;

  @Inject private SchemaMigration migration;

  @Override
  public HealthCheckResponse call() {
    boolean reachable;
    try (Connection connection = dataSource.getConnection()) {
      reachable = connection.isValid(2);
    } catch (SQLException e) {
      reachable = false;
    }
    boolean migrated = migration.isMigrated();
    return HealthCheckResponse.named("crm-database").status(reachable && migrated)
        .withData("reachable", reachable).withData("migrated", migrated).build();
  }
}
