package crm.service.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the CRONUS demo data (contacts, codes, salespeople, the BUS letter…) on the first start
 * of an empty database, and the demo users (one per role) when there is no user yet, when
 * {@code crm.demo-data.enabled} is true; with {@code crm.demo-data.emails} also a salesperson's
 * emails and a manager's campaigns when there are none yet. All or nothing: one transaction each.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Resource(lookup = "java:app/jdbc/crm")
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "crm.demo-data.enabled", defaultValue = "false")
  private boolean enabled;

  /**
   * The salesperson's demo emails (sent, tracked, scheduled, draft) and the manager's campaigns
   * with months of interactions: for the demo, not the tests.
   */
  @Inject
  @ConfigProperty(name = "crm.demo-data.emails", defaultValue = "false")
  private boolean emails;

  @PostConstruct
  void loadOnFirstStart() {
    if (!enabled) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      loadIntoEmpty(connection, "contact", "/demo/cronus.sql", "the CRONUS demo data");
      loadIntoEmpty(connection, "app_user", "/demo/users.sql", "the demo users");
      if (emails) {
        loadIntoEmpty(connection, "email", "/demo/emails.sql", "the demo emails");
        loadIntoEmpty(connection, "campaign", "/demo/campaigns.sql", "the demo campaigns");
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Could not load the demo data", e);
    }
  }

  /** Runs the script in one transaction when the table is empty. */
  private static void loadIntoEmpty(Connection connection, String table, String script, String what)
      throws SQLException, IOException {
    try (Statement statement = connection.createStatement()) {
      var rows = statement.executeQuery("select count(*) from " + table);
      rows.next();
      if (rows.getLong(1) > 0) {
        return;
      }
      connection.setAutoCommit(false);
      for (String sql : script(script).split(";\\s*\\n")) {
        if (!sql.isBlank()) {
          statement.executeUpdate(sql);
        }
      }
      connection.commit();
      connection.setAutoCommit(true);
      LOG.info("Loaded " + what);
    }
  }

  private static String script(String name) throws IOException {
    try (InputStream in = DemoData.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
