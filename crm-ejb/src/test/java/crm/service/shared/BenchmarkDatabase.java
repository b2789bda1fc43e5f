package crm.service.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * A PostgreSQL schema of a benchmark or of a test that needs PostgreSQL itself: connection
 * settings from env CRM_BENCH_DB_URL (default jdbc:postgresql://127.0.0.1:5432/test),
 * CRM_BENCH_DB_USER (postgres) and CRM_BENCH_DB_PASSWORD (empty; Surefire passes the pom's
 * crm.test.db.* settings); the schema dropped, recreated and migrated by Flyway; contacts
 * generated set-based.
 */
public record BenchmarkDatabase(String schema, String url, String user, String password) {

  /** Contact number i: CT0000001 ... */
  public static final String CONTACT_NO = "'CT' || lpad(i::text, 7, '0')";

  /** The settings from the environment, for the given schema. */
  public static BenchmarkDatabase of(String schema) {
    String url = env("CRM_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    return new BenchmarkDatabase(schema, url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
        env("CRM_BENCH_DB_USER", "postgres"), env("CRM_BENCH_DB_PASSWORD", ""));
  }

  /** A test's own schema: the tests' schema (env CRM_TEST_DB_SCHEMA, crm_it) and a suffix. */
  public static BenchmarkDatabase forTest(String suffix) {
    String schema = System.getenv().getOrDefault("CRM_TEST_DB_SCHEMA", "crm_it") + "_" + suffix;
    if (!schema.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Bad schema name " + schema);
    }
    return of(schema);
  }

  /** Drops the schema, creates it again and migrates it. */
  public void recreate() throws SQLException {
    empty();
    migrate("latest");
  }

  /** Drops the schema and creates it again, empty. */
  public void empty() throws SQLException {
    try (Connection admin = connect(); Statement s = admin.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
      s.execute("create schema " + schema);
    }
  }

  /** Applies the migrations up to version {@code target} ("latest" for all of them). */
  public MigrateResult migrate(String target) throws SQLException {
    try (Connection admin = connect()) {
      return Flyway.configure(BenchmarkDatabase.class.getClassLoader())
          .dataSource(url, user, password)
          .schemas(schema)
          .locations(SchemaMigration.locations(admin))
          .target(target)
          .load()
          .migrate();
    }
  }

  /** The application's persistence unit ("crm") outside a container, on this database. */
  public Map<String, Object> persistenceUnit() {
    return new HashMap<>(Map.of(
        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
        "jakarta.persistence.jtaDataSource", "",
        "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
        "jakarta.persistence.jdbc.url", url,
        "jakarta.persistence.jdbc.user", user,
        "jakarta.persistence.jdbc.password", password,
        "eclipselink.weaving", "false",
        "eclipselink.logging.level", "WARNING"));
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /**
   * Inserts contacts {@code from} to {@code to} (both included) and the 5 salespeople they
   * refer to. Every 10th contact is a company, the 9 after it are its persons (so {@code from}
   * should be 1 more than a multiple of 10); 0.5% are excluded from segments.
   */
  public static void insertContacts(Connection c, int from, int to) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("insert into salesperson (code, name, email) select 'SP0' || i, 'Salesperson ' || i,"
          + " 'sp' || i || '@example.com' from generate_series(1, 5) i on conflict do nothing");
      s.execute("""
          insert into contact (no, type, name, first_name, surname, company_no, address, post_code,
            city, country_code, language_code, salesperson_code, email, correspondence_type,
            exclude_from_segments, created_at, updated_at)
          select %1$s,
                 case when i %% 10 = 1 then 'COMPANY' else 'PERSON' end,
                 case when i %% 10 = 1 then 'Company ' || i else 'First' || i || ' Surname' || i end,
                 case when i %% 10 = 1 then null else 'First' || i end,
                 case when i %% 10 = 1 then null else 'Surname' || i end,
                 case when i %% 10 = 1 then null
                      else 'CT' || lpad((i - (i - 1) %% 10)::text, 7, '0') end,
                 'Street ' || i, lpad((10000 + i %% 90000)::text, 5, '0'),
                 (array['Berlin', 'Paris', 'London', 'New York', 'Amsterdam', 'Brussels', 'Munich',
                        'Lyon'])[i %% 8 + 1],
                 (array['DE', 'FR', 'GB', 'US', 'NL', 'BE'])[i %% 6 + 1],
                 (array['DEU', 'FRA', 'ENU', 'ENU', 'NLD'])[i %% 5 + 1],
                 'SP0' || (i %% 5 + 1),
                 'contact' || i || '@example.com',
                 case i %% 3 when 0 then 'EMAIL' when 1 then 'HARD_COPY' end,
                 i %% 200 = 8,
                 now(), now()
          from generate_series(%2$d, %3$d) i""".formatted(CONTACT_NO, from, to));
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
