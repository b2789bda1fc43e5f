package crm.service.mail;

import crm.service.shared.Sql;
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
 * ({@link MailSettings#heartbeatLapse()}) are released by the next instance that claims. Claiming
 * beats too, so that an instance never claims before its heartbeat is on record.
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
    try (Connection connection = dataSource.getConnection()) {
      new Heartbeats(new Sql(connection)).beat(instance.id(), LocalDateTime.now(clock));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record the heartbeat", e);
    }
  }
}
