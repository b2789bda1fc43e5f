package crm.service.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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

  /** Where the migrations are. */
  static final String[] LOCATIONS = {"classpath:db/migration"};

  @Resource(lookup = "java:app/jdbc/crm")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATIONS)
        .load()
        .migrate();
  }
}
