package crm.service.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import javax.sql.DataSource;

/**
 * Tells the other instances that this one is alive: its row in {@code sending_instance} carries
 * the time of its last heartbeat. The claims of an instance whose heartbeat lapsed
 * ({@link MailSettings#heartbeatLapse()}) are released by the next instance that claims.
 *
 * <p>No role: the heartbeat timer calls it without a caller, and no page or REST resource reaches it.
 */
@Stateless
@PermitAll
public class InstanceHeartbeat {

  @Resource(lookup = "java:app/jdbc/crm")
  private DataSource dataSource;

  @Inject private SendingInstance instance;
  @Inject private Clock clock;

  public void beat() {
    LocalDateTime now = LocalDateTime.now(clock);
    try (Connection connection = dataSource.getConnection()) {
      Jdbc jdbc = new Jdbc(connection);
      if (jdbc.update("update sending_instance set heartbeat_at = ? where instance_id = ?", now, instance.id()) == 0) {
        jdbc.update("insert into sending_instance (instance_id, heartbeat_at) values (?, ?)", instance.id(), now);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record the heartbeat", e);
    }
  }
}
