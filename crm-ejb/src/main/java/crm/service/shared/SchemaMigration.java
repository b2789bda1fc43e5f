package crm.service.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Defines the application's data source from MicroProfile Config ({@code crm.datasource.*}, set
 * by environment variables such as {@code CRM_DATASOURCE_URL} or system properties) and brings
 * the schema up to date with Flyway before anything else runs (DESIGN.md decision 2). The same
 * migrations serve PostgreSQL and the embedded H2 database (run in PostgreSQL mode).
 *
 * <p>Bean-managed transactions: Flyway commits each migration itself, which a container
 * transaction would forbid.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/crm",
    className = "${MPCONFIG=crm.datasource.class-name}",
    url = "${MPCONFIG=crm.datasource.url}",
    user = "${MPCONFIG=crm.datasource.user}",
    password = "${MPCONFIG=crm.datasource.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  @Resource(lookup = "java:app/jdbc/crm")
  private DataSource dataSource;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    try (Connection c = dataSource.getConnection()) {
      Flyway.configure(SchemaMigration.class.getClassLoader())
          .dataSource(dataSource)
          .locations(locations(c))
          .load()
          .migrate();
      migrated = true;
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached", e);
    }
  }

  /** Whether the schema is up to date, for the readiness check (F-64). No role: the check has no caller. */
  @PermitAll
  @Lock(LockType.READ)
  public boolean isMigrated() {
    return migrated;
  }

  /**
   * The migrations common to all databases and those of this database's vendor
   * (db/vendor/postgresql, db/vendor/h2), for statements only one of them understands.
   */
  static String[] locations(Connection c) throws SQLException {
    String vendor = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
  }
}
