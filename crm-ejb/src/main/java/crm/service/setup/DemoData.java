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
 * of an empty database, when {@code crm.demo-data.enabled} is true. All or nothing: one
 * transaction.
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

  @PostConstruct
  void loadOnFirstStart() {
    if (!enabled) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      var rows = statement.executeQuery("select count(*) from contact");
      rows.next();
      if (rows.getLong(1) > 0) {
        return;
      }
      connection.setAutoCommit(false);
      for (String sql : script().split(";\\s*\\n")) {
        if (!sql.isBlank()) {
          statement.executeUpdate(sql);
        }
      }
      connection.commit();
      LOG.info("Loaded the CRONUS demo data");
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Could not load the demo data", e);
    }
  }

  private static String script() throws IOException {
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/cronus.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
